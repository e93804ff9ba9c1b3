package io.scimworks.client.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * Spaces requests evenly so that at most {@code permitsPerSecond} start in any second. Each caller
 * reserves the next free slot and is told how long to wait for it; nobody blocks here.
 */
public final class RateLimiter {
  private final long intervalNanos;
  private Instant nextFree = Instant.MIN;

  /**
   * Creates one.
   *
   * @param permitsPerSecond greater than 0
   */
  public RateLimiter(double permitsPerSecond) {
    if (!(permitsPerSecond > 0) || Double.isInfinite(permitsPerSecond)) {
      throw new IllegalArgumentException("rate must be a positive number: " + permitsPerSecond);
    }
    this.intervalNanos = Math.max(1L, (long) (1_000_000_000L / permitsPerSecond));
  }

  /** Reserves the next slot at or after {@code now}; returns how long to wait for it. */
  public synchronized Duration reserve(Instant now) {
    Instant slot = nextFree.isAfter(now) ? nextFree : now;
    nextFree = slot.plusNanos(intervalNanos);
    return Duration.between(now, slot);
  }
}
