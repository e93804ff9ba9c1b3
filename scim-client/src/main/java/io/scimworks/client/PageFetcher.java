package io.scimworks.client;

import io.scimworks.client.internal.HttpCall;
import io.scimworks.client.internal.HttpResult;
import io.scimworks.client.internal.ResourceCodec;
import io.scimworks.core.ScimException;
import io.scimworks.core.message.ListResponse;
import io.scimworks.core.message.SearchRequest;
import io.scimworks.core.resource.ScimResource;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
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
 * <p>Every page must make progress, so that no service can keep a search going forever: the next
 * start index is the one asked for plus the resources received (the {@code startIndex} a service
 * reports is not trusted to advance), an empty page ends the search (with cursors too), and a
 * {@code nextCursor} that was already sent in this search is an {@link UnexpectedResponseException}
 * (a cycle, not a last page).
 *
 * @param <T> the resource type
 */
final class PageFetcher<T> implements Iterable<Page<T>> {
  /** How many of the cursors sent last a new {@code nextCursor} is checked against. */
  private static final int REMEMBERED_CURSORS = 16;

  private final Transport transport;
  private final String path;
  private final ResourceCodec<T> codec;
  private final SearchRequest request;
  private final boolean post;
  private final boolean cursorMode;
  private final boolean chosenAutomatically;
  private final @Nullable Integer pageSize;
  private final AtomicBoolean warnedAboutTotal = new AtomicBoolean();
  private final AtomicBoolean warnedAboutStart = new AtomicBoolean();

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
    CompletableFuture<Page<T>> page = cursor(start, List.of());
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

  /**
   * The page after {@code page}.
   *
   * @param sent the cursors already sent in this search, most recent last; the next page's {@code
   *     nextCursor} must not be one of them
   */
  private CompletableFuture<Page<T>> next(Page<T> page, Collection<String> sent) {
    if (page.nextCursorValue() != null) {
      return cursor(page.nextCursorValue(), sent);
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
      private final Deque<String> sent = new ArrayDeque<>();

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
        if (previous != null && previous.nextCursorValue() != null) {
          remember(previous.nextCursorValue());
        } else if (previous == null && request.cursor() != null) {
          remember(request.cursor());
        }
        Page<T> page =
            Transport.await(previous == null ? first() : PageFetcher.this.next(previous, sent));
        if (previous != null && repeats(previous, page)) {
          done = true;
          return false;
        }
        pending = page;
        return true;
      }

      /** Keeps the last cursors sent, enough to catch a service cycling through a few. */
      private void remember(String cursor) {
        if (sent.size() == REMEMBERED_CURSORS) {
          sent.removeFirst();
        }
        sent.addLast(cursor);
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
                + (previous.startIndex() == null
                    ? " resources for two cursors (it ignores the cursor)"
                    : " resources for startIndex "
                        + previous.startIndex()
                        + " and "
                        + page.startIndex()
                        + " (it ignores startIndex)")
                + "; stopped paging there"));
    return true;
  }

  private CompletableFuture<Page<T>> index(int startIndex) {
    SearchRequest q = at(startIndex, null);
    return send(q).thenApply(f -> indexPage(f, startIndex));
  }

  private CompletableFuture<Page<T>> cursor(String cursor, Collection<String> sent) {
    SearchRequest q = at(null, cursor);
    return send(q).thenApply(f -> cursorPage(f, cursor, sent));
  }

  private Page<T> indexPage(Fetched fetched, int requestedStart) {
    ListResponse list = fetched.list();
    // Count from what was asked for: a reported startIndex that does not advance (or goes back)
    // would otherwise make the client ask for the same page forever.
    int start = requestedStart;
    Integer reported = list.startIndex();
    int size = list.resources().size();
    if (reported != null
        && reported != requestedStart
        && size > 0
        && !warnedAboutStart.getAndSet(true)) {
      transport.warn(
          new ClientWarning(
              fetched.method(),
              fetched.uri(),
              "the service answered startIndex="
                  + requestedStart
                  + " with a page it says starts at "
                  + reported
                  + "; paging goes on from the index asked for"));
    }
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
    return new Page<>(resources(fetched), total, start, more ? (int) next : null, null);
  }

  private Page<T> cursorPage(Fetched fetched, String cursor, Collection<String> sent) {
    ListResponse list = fetched.list();
    String next = list.nextCursor();
    if (next != null && !next.isEmpty() && (next.equals(cursor) || sent.contains(next))) {
      throw Errors.unusableBody(
          fetched.response(),
          "nextCursor "
              + quoted(next)
              + (next.equals(cursor) ? ", the cursor it was sent" : ", a cursor it sent before")
              + " (paging would never end)",
          null);
    }
    if ((next == null || next.isEmpty()) && cursor.isEmpty() && list.startIndex() != null) {
      // The service ignored the cursor and paged by index: continue by index.
      return indexPage(fetched, 1);
    }
    if (next != null && !next.isEmpty() && list.resources().isEmpty()) {
      // An empty page ends the search: otherwise fresh cursors over empty pages never would.
      transport.warn(
          new ClientWarning(
              fetched.method(),
              fetched.uri(),
              "the service returned an empty page with a nextCursor; stopped paging there"));
      next = null;
    }
    return new Page<>(
        resources(fetched),
        list.totalResults(),
        null,
        null,
        next == null || next.isEmpty() ? null : next);
  }

  private List<T> resources(Fetched fetched) {
    List<ScimResource> page = fetched.list().resources();
    List<T> out = new ArrayList<>(page.size());
    for (ScimResource r : page) {
      out.add(Bodies.resource(fetched.response(), r.json(), codec));
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
    return transport.send(call).thenApply(r -> new Fetched(listResponse(r), r));
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

  /** A cursor for a message: quoted, and cut when long. */
  private static String quoted(String cursor) {
    return '"' + (cursor.length() <= 40 ? cursor : cursor.substring(0, 40) + "...") + '"';
  }

  private SearchRequest at(@Nullable Integer startIndex, @Nullable String cursor) {
    return request.toBuilder().startIndex(startIndex).cursor(cursor).build();
  }

  private static @Nullable String joined(List<String> names) {
    return names.isEmpty() ? null : String.join(",", names);
  }

  /** A list response and the response it was read from. */
  private record Fetched(ListResponse list, HttpResult response) {
    String method() {
      return response.call().method();
    }

    URI uri() {
      return response.uri();
    }
  }
}
