package io.scimworks.server.spi;

import java.util.List;

/**
 * A page of resources a repository found.
 *
 * @param resources the resources of the page, in order
 * @param totalResults how many resources match in all (equal to {@code resources.size()} when the
 *     repository does not page)
 */
public record SearchResult(List<StoredResource> resources, long totalResults) {

  /**
   * Copies the list and checks the total.
   *
   * @param resources the page's resources, in order; copied
   * @param totalResults the number of matches in all, at least {@code resources.size()}
   * @throws IllegalArgumentException when {@code totalResults} is less than the page size
   */
  public SearchResult {
    resources = List.copyOf(resources);
    if (totalResults < resources.size()) {
      throw new IllegalArgumentException("totalResults < number of resources");
    }
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
