package io.scimworks.server.spi;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of resources a repository found.
 *
 * @param resources the resources of the page, in order
 * @param totalResults how many resources match in all (equal to {@code resources.size()} when the
 *     repository does not page); also when the query continued after a key, all the matches, not
 *     only those after it
 * @param nextKey for a repository that {@linkplain Repository#pagesByKey() pages by key}: when more
 *     resources follow this page, the key of its last resource, which the server hands back in
 *     {@link SearchQuery#after()} for the next page; {@code null} when this is the last page, and
 *     always for other repositories. Opaque to the server, which carries it in a signed cursor (so
 *     the repository gets back only keys it issued): text (no unpaired surrogates), at most a few
 *     kilobytes
 */
public record SearchResult(
    List<StoredResource> resources, long totalResults, @Nullable String nextKey) {

  /**
   * Copies the list and checks the total.
   *
   * @param resources the page's resources, in order; copied
   * @param totalResults the number of matches in all, at least {@code resources.size()}
   * @param nextKey the key to continue after, or {@code null}
   * @throws IllegalArgumentException when {@code totalResults} is less than the page size
   */
  public SearchResult {
    resources = List.copyOf(resources);
    if (totalResults < resources.size()) {
      throw new IllegalArgumentException("totalResults < number of resources");
    }
  }

  /**
   * A page without a key to continue after (a repository that pages by index).
   *
   * @param resources the page's resources, in order; copied
   * @param totalResults the number of matches in all, at least {@code resources.size()}
   * @throws IllegalArgumentException when {@code totalResults} is less than the page size
   */
  public SearchResult(List<StoredResource> resources, long totalResults) {
    this(resources, totalResults, null);
  }

  /**
   * A result holding every given resource.
   *
   * @param resources all the matching resources, in order
   * @return a result whose total is the list's size
   */
  public static SearchResult of(List<StoredResource> resources) {
    return new SearchResult(resources, resources.size());
  }
}
