package io.scimworks.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits without blocking: the client asks it for every pause (retry backoff, rate limiting).
 *
 * <p>The default uses {@link CompletableFuture#delayedExecutor}. Tests inject one that completes at
 * once and advances a fake {@link java.time.Clock}, so that a retry schedule of minutes runs in
 * microseconds.
 */
@FunctionalInterface
public interface Sleeper {
  /**
   * A future that completes once {@code delay} has elapsed.
   *
   * @param delay not negative
   * @return completes normally after the delay; the client goes on when it does
   */
  CompletableFuture<Void> sleep(Duration delay);

  /** {@return a sleeper that waits in real time, without tying up a thread while waiting} */
  static Sleeper system() {
    return delay ->
        CompletableFuture.runAsync(
            () -> {}, CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS));
  }
}
