package io.scimworks.provisioning;

import java.time.Duration;
import java.util.Map;

/**
 * How a cycle ended.
 *
 * @param cycle its number
 * @param initial whether it was an initial (full) cycle
 * @param outcome how it ended
 * @param counts how many log records each action and status got, keyed {@code "CREATE SUCCESS"}
 * @param duration how long it took
 * @param detail the outcome in words
 */
public record CycleResult(
    long cycle,
    boolean initial,
    Outcome outcome,
    Map<String, Long> counts,
    Duration duration,
    String detail) {

  /**
   * Copies the counts.
   *
   * @param cycle its number
   * @param initial whether it was an initial (full) cycle
   * @param outcome how it ended
   * @param counts how many log records each action and status got, keyed {@code "CREATE SUCCESS"}
   * @param duration how long it took
   * @param detail the outcome in words
   */
  public CycleResult {
    counts = Map.copyOf(counts);
  }

  /** How a cycle ended. */
  public enum Outcome {
    /** Everything in scope was handled (failed objects wait in escrow). */
    COMPLETED,
    /**
     * Stopped before deleting or disabling: more than the configured number would have gone.
     * Nothing was deleted or disabled; raise the threshold or allow the deletions to go on.
     */
    DELETION_THRESHOLD_EXCEEDED,
    /** Stopped because failures crossed the quarantine thresholds; see the job state. */
    QUARANTINED,
    /** Not run: the job is in quarantine until its next attempt, or disabled. */
    SKIPPED_IN_QUARANTINE,
    /** Stopped on request ({@link ProvisioningEngine#stop()}); the next cycle picks up. */
    INTERRUPTED
  }

  /**
   * The count of one action and status, e.g. {@code count(Action.CREATE, Status.SUCCESS)}.
   *
   * @param action the action
   * @param status the status
   * @return how many log records had both, 0 when none
   */
  public long count(Action action, Status status) {
    return counts.getOrDefault(action + " " + status, 0L);
  }
}
