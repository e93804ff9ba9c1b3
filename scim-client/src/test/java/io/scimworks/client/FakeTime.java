package io.scimworks.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that only moves when the client sleeps, and a sleeper that returns at once. */
final class FakeTime extends Clock implements Sleeper {
  static final Instant START = Instant.parse("2026-01-15T10:00:00Z");

  private final AtomicReference<Instant> now = new AtomicReference<>(START);
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @Override
  public CompletableFuture<Void> sleep(Duration delay) {
    sleeps.add(delay);
    now.updateAndGet(t -> t.plus(delay));
    return CompletableFuture.completedFuture(null);
  }

  /** Every pause the client asked for, in order. */
  List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }
}
