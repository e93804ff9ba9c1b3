package io.scimworks.provisioning;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A complete source of users u0..u(n-1) (as {@link Fixtures#user(int)}) made one at a time as the
 * engine reads them, minus some left out; no groups. It fails when the engine holds more than
 * {@code limit} users it has read and not yet reported done (by {@code done}).
 */
final class LazyDirectory implements SourceDirectory {
  private final int n;
  private final Set<Integer> missing;
  private final long limit;
  private final LongSupplier done;

  LazyDirectory(int n, Set<Integer> missing, long limit, LongSupplier done) {
    this.n = n;
    this.missing = missing;
    this.limit = limit;
    this.done = done;
  }

  @Override
  public Stream<SourceUser> users(@Nullable String watermark) {
    Iterator<SourceUser> it =
        new Iterator<>() {
          private int next = skip(0);
          private long read;

          private int skip(int i) {
            while (missing.contains(i)) {
              i++;
            }
            return i;
          }

          @Override
          public boolean hasNext() {
            return next < n;
          }

          @Override
          public SourceUser next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            if (read - done.getAsLong() >= limit) {
              throw new IllegalStateException(
                  "the engine asked for user "
                      + (read + 1)
                      + " while holding "
                      + (read - done.getAsLong())
                      + " (limit "
                      + limit
                      + ")");
            }
            read++;
            SourceUser u = Fixtures.user(next);
            next = skip(next + 1);
            return u;
          }
        };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false);
  }

  @Override
  public Stream<SourceGroup> groups(@Nullable String watermark) {
    return Stream.empty();
  }
}
