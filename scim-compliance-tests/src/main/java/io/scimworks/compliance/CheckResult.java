package io.scimworks.compliance;

import java.time.Duration;
import java.util.List;

/**
 * What one check found.
 *
 * @param check the check
 * @param outcome passed, failed or skipped
 * @param message why it failed or was skipped (what was expected and what came), empty when passed
 * @param exchanges the requests it sent, in order
 * @param duration how long it ran
 */
public record CheckResult(
    Check check, Outcome outcome, String message, List<Exchange> exchanges, Duration duration) {

  /**
   * Copies the list.
   *
   * @param check the check
   * @param outcome passed, failed or skipped
   * @param message why it failed or was skipped, empty when passed
   * @param exchanges the requests it sent, in order
   * @param duration how long it ran
   */
  public CheckResult {
    exchanges = List.copyOf(exchanges);
  }

  /**
   * Whether this is a failed {@link Severity#MUST} check, which fails the run (exit code 1).
   *
   * @return true for a failed {@code must} check
   */
  public boolean failsRun() {
    return outcome == Outcome.FAILED && check.severity() == Severity.MUST;
  }
}
