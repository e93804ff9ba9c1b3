package io.scimworks.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void requestsArrivingTogetherAreSpacedByTheInterval() {
    RateLimiter limiter = new RateLimiter(4);

    assertThat(limiter.reserve(T0)).isEqualTo(Duration.ZERO);
    assertThat(limiter.reserve(T0)).isEqualTo(Duration.ofMillis(250));
    assertThat(limiter.reserve(T0)).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void idleTimeIsNotSavedUpForABurst() {
    RateLimiter limiter = new RateLimiter(1);
    limiter.reserve(T0);

    Instant later = T0.plusSeconds(60);
    assertThat(limiter.reserve(later)).isEqualTo(Duration.ZERO);
    assertThat(limiter.reserve(later)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aRateMustBePositive() {
    assertThatThrownBy(() -> new RateLimiter(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateLimiter(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
