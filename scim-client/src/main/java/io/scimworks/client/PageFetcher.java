package io.scimworks.client;

import io.scimworks.client.internal.HttpCall;
import io.scimworks.client.internal.HttpResult;
import io.scimworks.client.internal.ResourceCodec;
import io.scimworks.core.ScimException;
import io.scimworks.core.message.ListResponse;
import io.scimworks.core.message.SearchRequest;
import io.scimworks.core.resource.ScimResource;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Fetches the pages of one search: index or cursor paging as chosen, adapting when the service does
 * not honour cursors, and refusing to loop when a service repeats a cursor.
 *
 * <p>Index paging does not take {@code totalResults} on trust: a service that reports it wrong (the
 * size of the page is a common mistake) would otherwise cut a search short. While pages come back
 * full (as many resources as the page size asked for, or the advertised default), the next page is
 * read even when {@code totalResults} says there is none; that costs one extra request when a
 * result set is an exact multiple of the page size. When that page does hold resources, listeners
 * get a {@link ClientWarning} saying what the service did. A service that ignores {@code
 * startIndex} and returns the same page again ends the search, with a warning, rather than a loop.
 *
 * @param <T> the resource type
 */
final class PageFetcher<T> implements Iterable<Page<T>> {
  private final Transport transport;
  private final String path;
  private final ResourceCodec<T> codec;
  private final SearchRequest request;
  private final boolean post;
  private final boolean cursorMode;
  private final boolean chosenAutomatically;
  private final @Nullable Integer pageSize;
  private final AtomicBoolean warnedAboutTotal = new AtomicBoolean();

  /**
   * Creates one.
   *
   * @param transport sends the requests
   * @param path the endpoint path, e.g. {@code /Users}
   * @param codec reads the resources
   * @param request the query; its {@code startIndex} or {@code cursor} says where to start
   * @param post whether to use {@code POST .search}
   * @param paging the paging asked for
   * @param pagination what the service advertises
   */
  public PageFetcher(
      Transport transport,
      String path,
      ResourceCodec<T> codec,
      SearchRequest request,
      boolean post,
      Search.Paging paging,
      ServiceCapabilities.Pagination pagination) {
    this.transport = transport;
    this.path = path;
    this.codec = codec;
    this.post = post;
    this.chosenAutomatically = paging == Search.Paging.AUTO && request.cursor() == null;
    this.cursorMode =
        paging == Search.Paging.CURSOR
            || request.cursor() != null
            || (paging == Search.Paging.AUTO
                && pagination.cursor()
                && request.startIndex() == null);
    Integer count = request.count();
    Integer max = pagination.maxPageSize();
    if (count != null && max != null && count > max) {
      count = max;
    }
    this.request = request.toBuilder().count(count).build();
    this.pageSize = count != null ? count : pagination.defaultPageSize();
  }

  /** The first page. */
  public CompletableFuture<Page<T>> first() {
    if (!cursorMode) {
      return index(request.effectiveStartIndex());
    }
    String start = request.cursor() == null ? "" : request.cursor();
    CompletableFuture<Page<T>> page = cursor(start);
    if (!chosenAutomatically) {
      return page;
    }
    // A service that advertises cursors but rejects the first cursor request: use indexes.
    return page.exceptionallyCompose(
        e -> {
          Throwable cause =
              e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
          return cause instanceof ScimException se && se.status() == 400
              ? index(1)
              : CompletableFuture.failedFuture(cause);
        });
  }

  /** The page after {@code page}. */
  public CompletableFuture<Page<T>> next(Page<T> page) {
    if (page.nextCursorValue() != null) {
      return cursor(page.nextCursorValue());
    }
    if (page.nextIndex() != null) {
      return index(page.nextIndex());
    }
    return CompletableFuture.failedFuture(new NoSuchElementException("no page after the last"));
  }

  @Override
  public Iterator<Page<T>> iterator() {
    return new Iterator<>() {
      private @Nullable Page<T> last;
      private @Nullable Page<T> pending;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (pending != null) {
          return true;
        }
        if (done || (last != null && !last.hasNext())) {
          done = true;
          return false;
        }
        Page<T> previous = last;
        Page<T> page =
            Transport.await(previous == null ? first() : PageFetcher.this.next(previous));
        if (previous != null && repeats(previous, page)) {
          done = true;
          return false;
        }
        pending = page;
        return true;
      }

      @Override
      public Page<T> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        last = pending;
        pending = null;
        return last;
      }
    };
  }

  /** Whether {@code page} is {@code previous} again: the service ignored where to start. */
  private boolean repeats(Page<T> previous, Page<T> page) {
    if (page.resources().isEmpty() || !page.resources().equals(previous.resources())) {
      return false;
    }
    transport.warn(
        new ClientWarning(
            post ? "POST" : "GET",
            transport.config().baseUri().resolve(path, List.of()),
            "the service returned the same "
                + page.resources().size()
                + " resources for startIndex "
                + previous.startIndex()
                + " and "
                + page.startIndex()
                + " (it ignores startIndex); stopped paging there"));
    return true;
  }

  private CompletableFuture<Page<T>> index(int startIndex) {
    SearchRequest q = at(startIndex, null);
    return send(q).thenApply(f -> indexPage(f, startIndex));
  }

  private CompletableFuture<Page<T>> cursor(String cursor) {
    SearchRequest q = at(null, cursor);
    return send(q).thenApply(f -> cursorPage(f, cursor));
  }

  private Page<T> indexPage(Fetched fetched, int requestedStart) {
    ListResponse list = fetched.list();
    int start = list.startIndex() != null ? list.startIndex() : requestedStart;
    int size = list.resources().size();
    long next = (long) start + size;
    long total = list.totalResults();
    boolean full = pageSize != null && pageSize > 0 && size >= pageSize;
    boolean more = size > 0 && next <= Integer.MAX_VALUE && (next <= total || full);
    if (size > 0 && start > total && !warnedAboutTotal.getAndSet(true)) {
      transport.warn(
          new ClientWarning(
              fetched.method(),
              fetched.uri(),
              "the service reported totalResults="
                  + total
                  + " but returned "
                  + size
                  + " more resources from startIndex "
                  + start
                  + "; its totalResults is wrong, so paging goes on while pages come back full"));
    }
    return new Page<>(resources(list), total, start, more ? (int) next : null, null);
  }

  private Page<T> cursorPage(Fetched fetched, String sent) {
    ListResponse list = fetched.list();
    String next = list.nextCursor();
    if (next != null && !next.isEmpty() && next.equals(sent)) {
      throw ScimException.badGateway(
          "the service returned the cursor it was sent; paging would never end");
    }
    if ((next == null || next.isEmpty()) && sent.isEmpty() && list.startIndex() != null) {
      // The service ignored the cursor and paged by index: continue by index.
      return indexPage(fetched, 1);
    }
    return new Page<>(
        resources(list),
        list.totalResults(),
        null,
        null,
        next == null || next.isEmpty() ? null : next);
  }

  private List<T> resources(ListResponse list) {
    List<T> out = new ArrayList<>(list.resources().size());
    for (ScimResource r : list.resources()) {
      out.add(codec.fromJson(r.json()));
    }
    return out;
  }

  private CompletableFuture<Fetched> send(SearchRequest q) {
    HttpCall call;
    if (post) {
      call = HttpCall.of("POST", path + "/.search").body(Bodies.bytes(q.toJson())).retryable(true);
    } else {
      call = HttpCall.of("GET", path);
      call = call.query("filter", q.filter());
      call = call.query("sortBy", q.sortBy());
      call = call.query("sortOrder", q.sortOrder() == null ? null : q.sortOrder().keyword());
      call = call.query("attributes", joined(q.attributes()));
      call = call.query("excludedAttributes", joined(q.excludedAttributes()));
      call = call.query("startIndex", q.startIndex());
      call = call.query("count", q.count());
      call = call.query("cursor", q.cursor());
    }
    return transport
        .send(call)
        .thenApply(r -> new Fetched(listResponse(r), r.call().method(), r.uri()));
  }

  private static ListResponse listResponse(HttpResult r) {
    try {
      return ListResponse.fromJson(Bodies.object(r));
    } catch (UnexpectedResponseException e) {
      throw e;
    } catch (ScimException e) {
      throw Errors.unusableBody(r, "a body that is not a list response", e);
    }
  }

  private SearchRequest at(@Nullable Integer startIndex, @Nullable String cursor) {
    return request.toBuilder().startIndex(startIndex).cursor(cursor).build();
  }

  private static @Nullable String joined(List<String> names) {
    return names.isEmpty() ? null : String.join(",", names);
  }

  /** A list response and the request it answered. */
  private record Fetched(ListResponse list, String method, URI uri) {}
}
