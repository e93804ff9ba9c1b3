package io.scimworks.provisioning;

import java.time.Duration;
import java.util.Objects;

/**
 * When an object that failed is tried again. Entra ID retries failed objects in later cycles with
 * growing delays ("escrow"); so does the engine: after the n-th failure in a row the object waits
 * {@code initialDelay * 2^(n-1)}, at most {@code maxDelay}, and after {@code maxAttempts} failures
 * it waits {@code maxDelay} every time. Until then cycles skip it (logged as skipped).
 *
 * @param initialDelay the wait after the first failure
 * @param maxDelay the longest wait
 */
public record EscrowPolicy(Duration initialDelay, Duration maxDelay) {

  /**
   * Checks the delays.
   *
   * @param initialDelay the wait after the first failure
   * @param maxDelay the longest wait
   */
  public EscrowPolicy {
    Objects.requireNonNull(initialDelay, "initialDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException("need 0 <= initialDelay <= maxDelay");
    }
  }

  /**
   * Entra-like: 40 minutes after the first failure (one cycle), doubling up to a day.
   *
   * @return the policy
   */
  public static EscrowPolicy defaults() {
    return new EscrowPolicy(Duration.ofMinutes(40), Duration.ofDays(1));
  }

  /**
   * The wait after the {@code failures}-th failure in a row.
   *
   * @param failures failures in a row, 1 or more
   * @return the initial delay doubled {@code failures - 1} times, at most the maximum delay
   */
  public Duration delay(int failures) {
    Duration d = initialDelay;
    for (int i = 1; i < failures && d.compareTo(maxDelay) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(maxDelay) > 0 ? maxDelay : d;
  }
}
