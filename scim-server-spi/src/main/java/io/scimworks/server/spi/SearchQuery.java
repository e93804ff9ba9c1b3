package io.scimworks.server.spi;

import io.scimworks.filter.AttributePath;
import io.scimworks.filter.Filter;
import org.jspecify.annotations.Nullable;

/**
 * One page of a search as a repository must answer it. The server only fills in what the
 * repository's {@link Capabilities} declare; the rest is left open ({@code null} filter, no sort,
 * every resource) and done by the server.
 *
 * @param filter the filter to apply, or {@code null} for all resources; a conservative pre-filter
 *     of the request's filter when the repository does not answer all of it ({@link
 *     Repository#supportsFilter})
 * @param matcher the request's whole filter compiled with the schema's rules ({@link
 *     ResourceMatcher#ALL} when there is no filter), for repositories that evaluate some or all of
 *     it in memory. When {@code filter} is a pre-filter the matcher is stricter than it; applying
 *     either is correct, since the server checks the matcher again
 * @param sortBy the attribute to sort by, or {@code null} for the repository's own stable order
 * @param descending whether {@code sortBy} sorts in descending order
 * @param startIndex the 1-based index of the first resource to return; 1 when {@code after} is set
 * @param count the most resources to return ({@link Integer#MAX_VALUE} for all)
 * @param after for a repository that {@linkplain Repository#pagesByKey() pages by key}: the {@link
 *     SearchResult#nextKey()} it returned for the previous page of the same filter and order, to
 *     continue strictly after that resource; {@code null} to start at {@code startIndex}. Other
 *     repositories never receive one
 */
public record SearchQuery(
    @Nullable Filter filter,
    ResourceMatcher matcher,
    @Nullable AttributePath sortBy,
    boolean descending,
    int startIndex,
    int count,
    @Nullable String after) {

  /**
   * Validates the page bounds.
   *
   * @param filter the (pre-)filter, or {@code null} for every resource
   * @param matcher tests a resource against the request's whole filter; not null
   * @param sortBy the attribute to sort by, or {@code null} for the repository's order
   * @param descending whether the order is descending
   * @param startIndex the 1-based index of the first resource, at least 1
   * @param count the most resources to return, 0 or more
   * @param after the key to continue after, or {@code null}
   * @throws IllegalArgumentException when {@code startIndex} is below 1, {@code count} negative, or
   *     {@code after} given with a {@code startIndex} other than 1
   * @throws NullPointerException when {@code matcher} is null
   */
  public SearchQuery {
    java.util.Objects.requireNonNull(matcher, "matcher");
    if (startIndex < 1 || count < 0) {
      throw new IllegalArgumentException("startIndex >= 1 and count >= 0 required");
    }
    if (after != null && startIndex != 1) {
      throw new IllegalArgumentException("a query continuing after a key starts at index 1");
    }
  }

  /**
   * A query by index, without a key to continue after.
   *
   * @param filter the (pre-)filter, or {@code null} for every resource
   * @param matcher tests a resource against the request's whole filter; not null
   * @param sortBy the attribute to sort by, or {@code null} for the repository's order
   * @param descending whether the order is descending
   * @param startIndex the 1-based index of the first resource, at least 1
   * @param count the most resources to return, 0 or more
   * @throws IllegalArgumentException when {@code startIndex} is below 1 or {@code count} negative
   * @throws NullPointerException when {@code matcher} is null
   */
  public SearchQuery(
      @Nullable Filter filter,
      ResourceMatcher matcher,
      @Nullable AttributePath sortBy,
      boolean descending,
      int startIndex,
      int count) {
    this(filter, matcher, sortBy, descending, startIndex, count, null);
  }

  /**
   * Every resource, in the repository's order.
   *
   * @return a query without filter or order, from 1, for {@link Integer#MAX_VALUE} resources
   */
  public static SearchQuery all() {
    return new SearchQuery(null, ResourceMatcher.ALL, null, false, 1, Integer.MAX_VALUE);
  }
}
