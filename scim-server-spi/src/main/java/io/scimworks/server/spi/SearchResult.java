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

  /** Copies the list. */
  public SearchResult {
    resources = List.copyOf(resources);
    if (totalResults < resources.size()) {
      throw new IllegalArgumentException("totalResults < number of resources");
    }
  }

  /** A result holding every given resource. */
  public static SearchResult of(List<StoredResource> resources) {
    return new SearchResult(resources, resources.size());
  }
}
