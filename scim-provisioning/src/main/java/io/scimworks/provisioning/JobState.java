package io.scimworks.provisioning;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the engine remembers of the job as a whole.
 *
 * @param initialCycleDone whether an initial cycle has completed (later cycles are incremental)
 * @param watermark the source watermark to read changes from, or {@code null}
 * @param quarantine the quarantine the job is in, or {@code null}
 * @param cycles completed or stopped cycles so far
 */
public record JobState(
    boolean initialCycleDone,
    @Nullable String watermark,
    @Nullable Quarantine quarantine,
    long cycles) {

  /**
   * A job that has not run yet.
   *
   * @return no initial cycle done, no watermark, no quarantine, no cycles
   */
  public static JobState fresh() {
    return new JobState(false, null, null, 0);
  }

  /**
   * A job in quarantine.
   *
   * @param since when the quarantine started
   * @param reason why, in words
   * @param attempts cycles tried and failed since the quarantine started
   * @param nextAttempt when the next cycle may run
   * @param jobDisabled whether the job gave up (quarantined for too long)
   */
  public record Quarantine(
      Instant since, String reason, int attempts, Instant nextAttempt, boolean jobDisabled) {}
}
