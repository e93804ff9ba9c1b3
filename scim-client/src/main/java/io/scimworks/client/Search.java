package io.scimworks.client;

import io.scimworks.client.internal.ResourceCodec;
import io.scimworks.core.message.SearchRequest;
import io.scimworks.core.message.SortOrder;
import io.scimworks.filter.Filter;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A query on one endpoint (RFC 7644 §3.4.2), read page by page on demand. Immutable: each option
 * returns a new search.
 *
 * <pre>{@code
 * try (Stream<User> active = scim.users().search()
 *     .filter(Filters.eq("active", true))
 *     .sortBy("userName")
 *     .pageSize(200)
 *     .stream()) {
 *   active.forEach(sync::apply);               // pages are fetched as the stream advances
 * }
 * }</pre>
 *
 * <p>Paging uses RFC 9865 cursors when the service advertises them (and falls back to index paging
 * when it turns out not to honour them), {@code startIndex}/{@code count} otherwise; {@link
 * #paging(Paging)} forces one. Save {@link Page#nextStartIndex()} or {@link Page#nextCursor()} to
 * resume later with {@link #startIndex(int)} or {@link #cursor(String)}.
 *
 * <p>Index paging does not stop just because {@code totalResults} says so: while pages come back
 * full it reads on, and tells {@link ClientListener}s when the service's total turned out wrong (or
 * when it ignores {@code startIndex} and repeats a page, which ends the search).
 *
 * <p>No service can keep a search going forever: the next {@code startIndex} is the one asked for
 * plus the resources received (a reported {@code startIndex} that does not advance is ignored, with
 * a warning), an empty page ends the search (with cursors too), a page repeating the previous one
 * ends it with a warning, and a {@code nextCursor} already sent in this search (one of the last 16)
 * fails it with an {@link UnexpectedResponseException}, as do paging fields that are not numbers
 * and resources without an {@code id}.
 *
 * @param <T> the resource type
 */
public final class Search<T> {

  /** How to page through results. */
  public enum Paging {
    /** Cursors when the service advertises them, else index paging. */
    AUTO,
    /** {@code startIndex} and {@code count} (RFC 7644 §3.4.2.4). */
    INDEX,
    /** RFC 9865 cursors. */
    CURSOR
  }

  private final ScimClient client;
  private final String path;
  private final ResourceCodec<T> codec;
  private final SearchRequest request;
  private final boolean post;
  private final Paging paging;

  Search(ScimClient client, String path, ResourceCodec<T> codec) {
    this(client, path, codec, SearchRequest.builder().build(), false, Paging.AUTO);
  }

  private Search(
      ScimClient client,
      String path,
      ResourceCodec<T> codec,
      SearchRequest request,
      boolean post,
      Paging paging) {
    this.client = client;
    this.path = path;
    this.codec = codec;
    this.request = request;
    this.post = post;
    this.paging = paging;
  }

  private Search<T> with(SearchRequest.Builder b) {
    return new Search<>(client, path, codec, b.build(), post, paging);
  }

  private SearchRequest.Builder edit() {
    return request.toBuilder();
  }

  /**
   * Only resources matching {@code filter}, e.g. {@code Filters.eq("userName", "bjensen")}.
   *
   * @param filter the filter, sent as its SCIM text
   * @return a new search with this setting; this one is unchanged
   */
  public Search<T> filter(Filter filter) {
    return with(edit().filter(filter));
  }

  /**
   * Only resources matching the filter text, e.g. {@code userName eq "bjensen"}. The text is sent
   * as it is: the service judges it (400 {@code invalidFilter} when it cannot).
   *
   * @param filter SCIM filter text, or {@code null} for none
   * @return a new search with this setting; this one is unchanged
   */
  public Search<T> filter(String filter) {
    return with(edit().filter(filter));
  }

  /**
   * Sorts ascending by {@code attribute}, if the service supports sorting.
   *
   * @param attribute an attribute path such as {@code name.familyName}
   * @return a new search with this setting; this one is unchanged
   */
  public Search<T> sortBy(String attribute) {
    return sortBy(attribute, SortOrder.ASCENDING);
  }

  /**
   * Sorts by {@code attribute} in {@code order}, if the service supports sorting.
   *
   * @param attribute an attribute path such as {@code meta.lastModified}
   * @param order ascending or descending
   * @return a new search with this setting; this one is unchanged
   */
  public Search<T> sortBy(String attribute, SortOrder order) {
    return with(edit().sortBy(attribute).sortOrder(order));
  }

  /**
   * Returns only these attributes (and those always returned, such as {@code id}).
   *
   * @param attributes attribute paths, e.g. {@code userName}, {@code emails.value}
   * @return a new search with this setting; this one is unchanged
   */
  public Search<T> attributes(String... attributes) {
    return with(edit().attributes(List.of(attributes)));
  }

  /**
   * Leaves these attributes out, e.g. a group's {@code members}.
   *
   * @param attributes attribute paths
   * @return a new search with this setting; this one is unchanged
   */
  public Search<T> excludedAttributes(String... attributes) {
    return with(edit().excludedAttributes(List.of(attributes)));
  }

  /**
   * Asks for pages of {@code count} resources (the service may return fewer, and caps it at its
   * advertised {@code maxPageSize}).
   *
   * @param count the page size; 0 asks for the total alone
   * @return a new search with this setting; this one is unchanged
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public Search<T> pageSize(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("page size must not be negative: " + count);
    }
    return with(edit().count(count));
  }

  /**
   * Starts (or resumes) index paging at the 1-based {@code startIndex}; forces {@link
   * Paging#INDEX}.
   *
   * @param startIndex the position of the first resource wanted, from 1, e.g. a saved {@link
   *     Page#nextStartIndex()}
   * @return a new search with this setting; this one is unchanged
   * @throws IllegalArgumentException if {@code startIndex} is less than 1
   */
  public Search<T> startIndex(int startIndex) {
    if (startIndex < 1) {
      throw new IllegalArgumentException("startIndex starts at 1: " + startIndex);
    }
    return new Search<>(
        client,
        path,
        codec,
        edit().startIndex(startIndex).cursor(null).build(),
        post,
        Paging.INDEX);
  }

  /**
   * Resumes cursor paging from a cursor saved from {@link Page#nextCursor()}; forces {@link
   * Paging#CURSOR}.
   *
   * @param cursor the saved cursor; the service answers 400 when it has expired
   * @return a new search with this setting; this one is unchanged
   */
  public Search<T> cursor(String cursor) {
    return new Search<>(
        client, path, codec, edit().cursor(cursor).startIndex(null).build(), post, Paging.CURSOR);
  }

  /**
   * Chooses how to page (default {@link Paging#AUTO}).
   *
   * @param paging cursors, index paging, or cursors when advertised
   * @return a new search with this setting; this one is unchanged
   */
  public Search<T> paging(Paging paging) {
    return new Search<>(client, path, codec, request, post, paging);
  }

  /**
   * Sends the query as {@code POST <endpoint>/.search} (RFC 7644 §3.4.3) instead of a {@code GET}
   * with query parameters, e.g. to keep a filter with personal data out of access logs.
   *
   * @return a new search with this setting; this one is unchanged
   */
  public Search<T> usePost() {
    return new Search<>(client, path, codec, request, true, paging);
  }

  /** {@return the query as it will be sent for the first page} */
  public SearchRequest request() {
    return request;
  }

  /**
   * Reads the first page only.
   *
   * @return the page, with the service's {@code totalResults} and what to ask for next
   * @throws io.scimworks.core.ScimException the service's error, e.g. 400 {@code invalidFilter}
   */
  public Page<T> firstPage() {
    return Transport.await(firstPageAsync());
  }

  /**
   * {@link #firstPage()} without waiting.
   *
   * @return the page, or a failure with the {@link io.scimworks.core.ScimException}
   */
  public CompletableFuture<Page<T>> firstPageAsync() {
    return fetcher().thenCompose(PageFetcher::first);
  }

  /**
   * All pages, each fetched when the stream reaches it.
   *
   * @return a sequential stream; a failing request throws its {@link
   *     io.scimworks.core.ScimException} from the stream operation that needed the page
   */
  public Stream<Page<T>> pages() {
    Iterator<Page<T>> pages = Transport.await(fetcher()).iterator();
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * All matching resources, pages fetched as the stream advances.
   *
   * @return a sequential stream; a failing request throws from the stream operation that needed it
   */
  public Stream<T> stream() {
    return pages().flatMap(p -> p.resources().stream());
  }

  /**
   * All matching resources, pages fetched as the iteration advances.
   *
   * @return an iterator; a failing request throws from {@code hasNext} or {@code next}
   */
  public Iterator<T> iterator() {
    return stream().iterator();
  }

  /**
   * The one matching resource, if any. Asks for two resources, to tell one from several without
   * reading them all.
   *
   * @return the match, or empty when nothing matches
   * @throws AmbiguousMatchException when more than one resource matches
   */
  public Optional<T> findOne() {
    return Transport.await(findOneAsync());
  }

  /**
   * {@link #findOne()} without waiting.
   *
   * @return the match or empty, or a failure with an {@link AmbiguousMatchException} or the
   *     service's {@link io.scimworks.core.ScimException}
   */
  public CompletableFuture<Optional<T>> findOneAsync() {
    // Ask for two: enough to tell "one" from "more than one" without reading everything.
    Search<T> probe = with(edit().count(2).startIndex(null).cursor(null)).paging(Paging.INDEX);
    return probe
        .firstPageAsync()
        .thenApply(
            page -> {
              if (page.resources().size() > 1 || page.totalResults() > 1) {
                throw new AmbiguousMatchException(
                    String.valueOf(request.filter()),
                    Math.max(page.totalResults(), page.resources().size()));
              }
              return page.resources().stream().findFirst();
            });
  }

  /**
   * The number of matching resources, as the service reports it ({@code count=0}).
   *
   * @return the service's {@code totalResults}
   * @throws io.scimworks.core.ScimException the service's error
   */
  public long count() {
    return with(edit().count(0).cursor(null)).paging(Paging.INDEX).firstPage().totalResults();
  }

  private CompletableFuture<PageFetcher<T>> fetcher() {
    return client
        .discovery()
        .capabilitiesAsync()
        .thenApply(
            caps ->
                new PageFetcher<>(
                    client.transport(), path, codec, request, post, paging, caps.pagination()));
  }
}
