package io.scimworks.server.http.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WatchdogTest {
  @Test
  void aDeadlineDisarmedInTimeLeavesTheThreadAlone() {
    Watchdog watchdog = new Watchdog();
    try {
      watchdog.arm(Duration.ofMinutes(1));
      assertThat(watchdog.disarm()).isTrue();
      assertThat(Thread.currentThread().isInterrupted()).isFalse();
    } finally {
      watchdog.shutdown();
    }
  }

  @Test
  void armingAfterTheBindingStoppedExpiresAtOnceInsteadOfThrowing() {
    // A worker can pick up an exchange on a kept-alive connection while the binding stops.
    Watchdog watchdog = new Watchdog();
    watchdog.shutdown();

    assertThatCode(() -> watchdog.arm(Duration.ofMinutes(1))).doesNotThrowAnyException();
    boolean interruptedForTheNetworkPhase = Thread.currentThread().isInterrupted();
    boolean inTime = watchdog.disarm();

    assertThat(interruptedForTheNetworkPhase).isTrue();
    assertThat(inTime).isFalse();
    assertThat(Thread.currentThread().isInterrupted()).as("cleared by disarm").isFalse();
  }
}
