package io.scimworks.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * When and how often the client repeats a failed request.
 *
 * <p>A request is repeated only when it is safe to repeat: {@code GET}, {@code PUT} and {@code
 * DELETE} always, {@code POST} and {@code PATCH} only when the caller marks them retryable. It is
 * repeated when the server answers with one of {@link #retryStatuses()} (by default 429 Too Many
 * Requests and 503 Service Unavailable) or when no answer arrived at all (connection refused or
 * dropped, timeout). A {@code Retry-After} header (delta-seconds or an HTTP date) is honoured up to
 * {@link #maxRetryAfter()}; otherwise the delay grows exponentially from {@link #initialBackoff()}
 * by {@link #multiplier()} up to {@link #maxBackoff()}, spread by {@link #jitter()}. The client
 * stops after {@link #maxAttempts()} attempts, or earlier when the next attempt could not start
 * before {@link #deadline()} has elapsed since the first one, or when the server asks for a wait
 * longer than {@link #maxRetryAfter()}; it then throws the last failure.
 *
 * <p>The bound on {@code Retry-After} is what keeps one broken or hostile answer ({@code
 * Retry-After: 100000}, or a value just under the deadline) from holding a call for the whole
 * deadline: such a request fails at once with the server's answer. It is not shortened to the
 * bound, which would send the request again before the time the server asked for and, against a
 * server that always asks for too long, still hold the call for the whole deadline.
 *
 * <pre>{@code
 * RetryPolicy patient =
 *     RetryPolicy.defaults()
 *         .withMaxAttempts(8)
 *         .withDeadline(Duration.ofMinutes(5))
 *         .withMaxRetryAfter(Duration.ofMinutes(2));
 * }</pre>
 *
 * @param maxAttempts attempts in total, including the first; 1 disables retries
 * @param initialBackoff delay before the second attempt when the server gave no {@code Retry-After}
 * @param maxBackoff upper bound of a computed delay
 * @param multiplier growth of the delay from one retry to the next, at least 1
 * @param jitter relative spread of a computed delay, from 0 (none) to 1 (0 to twice the delay)
 * @param deadline total time budget of a request, all attempts and delays included
 * @param retryStatuses HTTP statuses that are worth repeating a request for
 * @param maxRetryAfter the longest wait a server's {@code Retry-After} may ask for; a longer one
 *     ends the request at once
 */
public record RetryPolicy(
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    double multiplier,
    double jitter,
    Duration deadline,
    Set<Integer> retryStatuses,
    Duration maxRetryAfter) {

  /** The default of {@link #maxRetryAfter()}: 30 seconds, as the default {@link #maxBackoff()}. */
  public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(30);

  /**
   * Validates and copies the components.
   *
   * @param maxAttempts attempts in total, at least 1
   * @param initialBackoff delay before the second attempt, not negative
   * @param maxBackoff upper bound of a computed delay, not negative
   * @param multiplier growth of the delay, a finite number of at least 1
   * @param jitter relative spread of a computed delay, from 0 to 1
   * @param deadline total time budget of a request, not negative
   * @param retryStatuses HTTP statuses worth repeating a request for, copied
   * @param maxRetryAfter the longest {@code Retry-After} the client waits for, not negative
   * @throws IllegalArgumentException if a component is out of its range
   */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    requireNotNegative(initialBackoff, "initialBackoff");
    requireNotNegative(maxBackoff, "maxBackoff");
    requireNotNegative(deadline, "deadline");
    requireNotNegative(maxRetryAfter, "maxRetryAfter");
    if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("multiplier must be a finite number >= 1: " + multiplier);
    }
    if (!(jitter >= 0.0 && jitter <= 1.0)) {
      throw new IllegalArgumentException("jitter must be between 0 and 1: " + jitter);
    }
    retryStatuses = Set.copyOf(retryStatuses);
  }

  /**
   * A policy that waits for a {@code Retry-After} of up to {@link #DEFAULT_MAX_RETRY_AFTER}.
   *
   * @param maxAttempts attempts in total, at least 1
   * @param initialBackoff delay before the second attempt, not negative
   * @param maxBackoff upper bound of a computed delay, not negative
   * @param multiplier growth of the delay, a finite number of at least 1
   * @param jitter relative spread of a computed delay, from 0 to 1
   * @param deadline total time budget of a request, not negative
   * @param retryStatuses HTTP statuses worth repeating a request for, copied
   * @throws IllegalArgumentException if a component is out of its range
   */
  public RetryPolicy(
      int maxAttempts,
      Duration initialBackoff,
      Duration maxBackoff,
      double multiplier,
      double jitter,
      Duration deadline,
      Set<Integer> retryStatuses) {
    this(
        maxAttempts,
        initialBackoff,
        maxBackoff,
        multiplier,
        jitter,
        deadline,
        retryStatuses,
        DEFAULT_MAX_RETRY_AFTER);
  }

  /**
   * Five attempts within two minutes, starting at 500 ms and doubling up to 30 s with 20% jitter,
   * on 429 and 503, waiting for a {@code Retry-After} of up to 30 s.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return new RetryPolicy(
        5,
        Duration.ofMillis(500),
        Duration.ofSeconds(30),
        2.0,
        0.2,
        Duration.ofMinutes(2),
        Set.of(429, 503),
        DEFAULT_MAX_RETRY_AFTER);
  }

  /** {@return a policy that never repeats a request} */
  public static RetryPolicy none() {
    return defaults().withMaxAttempts(1);
  }

  /**
   * A copy with another {@link #maxAttempts()}.
   *
   * @param maxAttempts attempts in total, at least 1; 1 disables retries
   * @return the new policy; this one is unchanged
   * @throws IllegalArgumentException if {@code maxAttempts} is less than 1
   */
  public RetryPolicy withMaxAttempts(int maxAttempts) {
    return new RetryPolicy(
        maxAttempts,
        initialBackoff,
        maxBackoff,
        multiplier,
        jitter,
        deadline,
        retryStatuses,
        maxRetryAfter);
  }

  /**
   * A copy with another {@link #initialBackoff()} and {@link #maxBackoff()}.
   *
   * @param initialBackoff delay before the second attempt, not negative
   * @param maxBackoff upper bound of a computed delay, not negative
   * @return the new policy; this one is unchanged
   * @throws IllegalArgumentException if a duration is negative
   */
  public RetryPolicy withBackoff(Duration initialBackoff, Duration maxBackoff) {
    return new RetryPolicy(
        maxAttempts,
        initialBackoff,
        maxBackoff,
        multiplier,
        jitter,
        deadline,
        retryStatuses,
        maxRetryAfter);
  }

  /**
   * A copy with another {@link #multiplier()}.
   *
   * @param multiplier a finite number of at least 1; 1 keeps the delay constant
   * @return the new policy; this one is unchanged
   * @throws IllegalArgumentException if it is out of that range
   */
  public RetryPolicy withMultiplier(double multiplier) {
    return new RetryPolicy(
        maxAttempts,
        initialBackoff,
        maxBackoff,
        multiplier,
        jitter,
        deadline,
        retryStatuses,
        maxRetryAfter);
  }

  /**
   * A copy with another {@link #jitter()}; 0 makes delays deterministic.
   *
   * @param jitter from 0 to 1
   * @return the new policy; this one is unchanged
   * @throws IllegalArgumentException if it is out of that range
   */
  public RetryPolicy withJitter(double jitter) {
    return new RetryPolicy(
        maxAttempts,
        initialBackoff,
        maxBackoff,
        multiplier,
        jitter,
        deadline,
        retryStatuses,
        maxRetryAfter);
  }

  /**
   * A copy with another {@link #deadline()}.
   *
   * @param deadline total time budget of a request, all attempts and delays included, not negative
   * @return the new policy; this one is unchanged
   * @throws IllegalArgumentException if it is negative
   */
  public RetryPolicy withDeadline(Duration deadline) {
    return new RetryPolicy(
        maxAttempts,
        initialBackoff,
        maxBackoff,
        multiplier,
        jitter,
        deadline,
        retryStatuses,
        maxRetryAfter);
  }

  /**
   * A copy that retries on other statuses, e.g. {@code Set.of(429, 502, 503, 504)}.
   *
   * @param retryStatuses the HTTP statuses worth repeating a request for; empty retries only when
   *     no answer arrived
   * @return the new policy; this one is unchanged
   */
  public RetryPolicy withRetryStatuses(Set<Integer> retryStatuses) {
    return new RetryPolicy(
        maxAttempts,
        initialBackoff,
        maxBackoff,
        multiplier,
        jitter,
        deadline,
        retryStatuses,
        maxRetryAfter);
  }

  /**
   * A copy with another {@link #maxRetryAfter()}: the longest wait a server's {@code Retry-After}
   * may ask for. A server asking for longer ends the request at once with its answer (a 429 or 503
   * {@link io.scimworks.core.ScimException}), as one the {@link #deadline()} would not allow does;
   * with {@link Duration#ZERO} any {@code Retry-After} but "now" (0, or a date that has passed)
   * does.
   *
   * @param maxRetryAfter not negative; default {@link #DEFAULT_MAX_RETRY_AFTER}
   * @return the new policy; this one is unchanged
   * @throws IllegalArgumentException if it is negative
   */
  public RetryPolicy withMaxRetryAfter(Duration maxRetryAfter) {
    return new RetryPolicy(
        maxAttempts,
        initialBackoff,
        maxBackoff,
        multiplier,
        jitter,
        deadline,
        retryStatuses,
        maxRetryAfter);
  }

  /**
   * Whether the client waits for a server that asks for {@code asked} in its {@code Retry-After}.
   *
   * @param asked the wait the server asked for, not negative
   * @return whether it is at most {@link #maxRetryAfter()}
   */
  public boolean waitsFor(Duration asked) {
    return asked.compareTo(maxRetryAfter) <= 0;
  }

  /**
   * Whether an answer with {@code status} is worth repeating the request for.
   *
   * @param status an HTTP status
   * @return whether it is one of {@link #retryStatuses()}
   */
  public boolean retriesOn(int status) {
    return retryStatuses.contains(status);
  }

  /**
   * The computed delay after the {@code failedAttempts}-th failure when the server did not say how
   * long to wait.
   *
   * @param failedAttempts attempts made so far, at least 1
   * @param random a number in {@code [0, 1)} that places the delay within the jitter band
   * @return {@code initialBackoff * multiplier^(failedAttempts - 1)}, spread by {@code jitter} and
   *     capped at {@code maxBackoff}
   */
  public Duration backoff(int failedAttempts, double random) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException("failedAttempts must be at least 1: " + failedAttempts);
    }
    double cap = maxBackoff.toNanos();
    double base =
        Math.min(initialBackoff.toNanos() * Math.pow(multiplier, failedAttempts - 1), cap);
    double spread = base * (1.0 + jitter * (2.0 * random - 1.0));
    return Duration.ofNanos((long) Math.max(0.0, Math.min(spread, cap)));
  }

  private static void requireNotNegative(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: " + d);
    }
  }
}
