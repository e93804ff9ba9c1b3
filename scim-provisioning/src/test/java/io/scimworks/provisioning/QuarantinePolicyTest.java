package io.scimworks.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class QuarantinePolicyTest {
  private final QuarantinePolicy entra = QuarantinePolicy.entra();

  @Test
  void entrasThresholds() {
    assertThat(entra.verdict(4_999, 5_000))
        .isNull(); // under 5,000 failures the ratio does not count
    assertThat(entra.verdict(5_000, 12_500)).isNull(); // exactly 40%
    assertThat(entra.verdict(5_000, 12_499)).contains("more than 40%");
    assertThat(entra.verdict(40_000, 1_000_000)).isNull();
    assertThat(entra.verdict(40_001, 1_000_000)).contains("more than 40000");
    assertThat(
            QuarantinePolicy.entra()
                .withThresholds(5_000, 0.4, 60_000, 60_000)
                .verdict(60_000, 10_000_000))
        .contains("hard cap of 60000");
  }

  @Test
  void entrasRetrySchedule() {
    assertThat(entra.retryDelay(1)).isEqualTo(Duration.ofHours(6));
    assertThat(entra.retryDelay(2)).isEqualTo(Duration.ofHours(12));
    assertThat(entra.retryDelay(3)).isEqualTo(Duration.ofHours(24));
    assertThat(entra.retryDelay(4)).isEqualTo(Duration.ofDays(1));
    assertThat(entra.retryDelay(20)).isEqualTo(Duration.ofDays(1));
    assertThat(entra.giveUpAfter()).isEqualTo(Duration.ofDays(28));
  }

  @Test
  void escrowDelaysDoubleUpToTheirCap() {
    EscrowPolicy e = EscrowPolicy.defaults();
    assertThat(e.delay(1)).isEqualTo(Duration.ofMinutes(40));
    assertThat(e.delay(2)).isEqualTo(Duration.ofMinutes(80));
    assertThat(e.delay(6)).isEqualTo(Duration.ofMinutes(1280));
    assertThat(e.delay(7)).isEqualTo(Duration.ofDays(1));
    assertThat(e.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofDays(1));
  }
}
