package io.scimworks.client;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One page of search results, with what it takes to continue from it later.
 *
 * <p>To resume an interrupted run, save {@link #nextStartIndex()} or {@link #nextCursor()} after
 * processing a page, then start again with {@link Search#startIndex(int)} or {@link
 * Search#cursor(String)}.
 *
 * @param resources the resources on this page
 * @param totalResults the total number of matches the service reported
 * @param startIndex the 1-based index of the first resource (index paging), or {@code null}
 * @param nextIndex the start index of the next page, or {@code null} when this is the last page or
 *     cursors are used
 * @param nextCursorValue the RFC 9865 cursor of the next page, or {@code null}
 * @param <T> the resource type
 */
public record Page<T>(
    List<T> resources,
    long totalResults,
    @Nullable Integer startIndex,
    @Nullable Integer nextIndex,
    @Nullable String nextCursorValue) {

  /**
   * Copies the list.
   *
   * @param resources the resources on this page
   * @param totalResults the total number of matches the service reported
   * @param startIndex the 1-based index of the first resource (index paging), or {@code null}
   * @param nextIndex the start index of the next page, or {@code null}
   * @param nextCursorValue the RFC 9865 cursor of the next page, or {@code null}
   */
  public Page {
    resources = List.copyOf(resources);
  }

  /** {@return whether another page follows: a next start index or a next cursor is known} */
  public boolean hasNext() {
    return nextIndex != null || nextCursorValue != null;
  }

  /**
   * {@return the start index of the next page, for {@link Search#startIndex(int)}; empty on the
   * last page or with cursors}
   */
  public OptionalInt nextStartIndex() {
    return nextIndex == null ? OptionalInt.empty() : OptionalInt.of(nextIndex);
  }

  /**
   * {@return the cursor of the next page, for {@link Search#cursor(String)}; empty on the last page
   * or with index paging}
   */
  public Optional<String> nextCursor() {
    return Optional.ofNullable(nextCursorValue);
  }
}
