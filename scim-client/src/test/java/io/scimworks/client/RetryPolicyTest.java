package io.scimworks.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void theDefaultsRetry429And503FiveTimesWithinTwoMinutes() {
    RetryPolicy p = RetryPolicy.defaults();

    assertThat(p.maxAttempts()).isEqualTo(5);
    assertThat(p.deadline()).isEqualTo(Duration.ofMinutes(2));
    assertThat(p.retriesOn(429)).isTrue();
    assertThat(p.retriesOn(503)).isTrue();
    assertThat(p.retriesOn(500)).isFalse();
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    assertThat(p.maxRetryAfter()).isEqualTo(Duration.ofSeconds(30));
    assertThat(p.waitsFor(Duration.ofSeconds(30))).isTrue();
    assertThat(p.waitsFor(Duration.ofSeconds(31))).isFalse();
  }

  @Test
  void aPolicyBuiltWithoutAMaximumRetryAfterGetsTheDefaultAndCopiesKeepIt() {
    RetryPolicy old =
        new RetryPolicy(
            3,
            Duration.ofSeconds(1),
            Duration.ofSeconds(10),
            2.0,
            0,
            Duration.ofHours(1),
            Set.of());
    RetryPolicy patient = old.withMaxRetryAfter(Duration.ofMinutes(10));

    assertThat(old.maxRetryAfter()).isEqualTo(RetryPolicy.DEFAULT_MAX_RETRY_AFTER);
    assertThat(patient.withMaxAttempts(4).withJitter(0.5).maxRetryAfter())
        .isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void withoutJitterTheDelayDoublesUpToTheCap() {
    RetryPolicy p =
        RetryPolicy.defaults()
            .withJitter(0)
            .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(5));

    assertThat(p.backoff(1, 0.9)).isEqualTo(Duration.ofSeconds(1));
    assertThat(p.backoff(2, 0.9)).isEqualTo(Duration.ofSeconds(2));
    assertThat(p.backoff(3, 0.9)).isEqualTo(Duration.ofSeconds(4));
    assertThat(p.backoff(4, 0.9)).isEqualTo(Duration.ofSeconds(5));
    assertThat(p.backoff(400, 0.9)).isEqualTo(Duration.ofSeconds(5));
  }

  @Property
  void aJitteredDelayStaysWithinItsBandAndUnderTheCap(
      @ForAll @IntRange(min = 1, max = 100) int attempt,
      @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double random,
      @ForAll @DoubleRange(min = 0, max = 1) double jitter) {
    RetryPolicy p =
        RetryPolicy.defaults()
            .withJitter(jitter)
            .withBackoff(Duration.ofMillis(100), Duration.ofSeconds(60));
    double base = Math.min(100e6 * Math.pow(2, attempt - 1), 60e9);

    long nanos = p.backoff(attempt, random).toNanos();

    assertThat(nanos).isBetween((long) (base * (1 - jitter)) - 1, (long) 60e9);
    assertThat((double) nanos).isLessThanOrEqualTo(base * (1 + jitter) + 1);
  }

  @Test
  void nonsenseSettingsAreRefused() {
    RetryPolicy p = RetryPolicy.defaults();

    assertThatThrownBy(() -> p.withMaxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> p.withJitter(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> p.withMultiplier(0.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> p.withDeadline(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> p.withMaxRetryAfter(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
