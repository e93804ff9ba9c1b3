package io.scimworks.provisioning;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * When a job goes into quarantine, and how it is retried from there, with Entra ID's numbers as
 * defaults: a cycle stops and the job is quarantined when the credentials are refused (401/403), or
 * when at least {@code minFailures} objects failed and more than {@code failureRatio} of the
 * attempted ones did, or when more than {@code maxFailures} failed, or on reaching {@code hardCap}
 * failures. In quarantine, the job runs again after each of {@code retrySchedule} in turn, then
 * every {@code retryInterval}, and is disabled after {@code giveUpAfter}.
 *
 * @param minFailures failures needed before the ratio counts (Entra: 5,000)
 * @param failureRatio failed / attempted above which the job is quarantined (Entra: 0.4)
 * @param maxFailures failures above which the job is quarantined whatever the ratio (Entra: 40,000)
 * @param hardCap failures at which a cycle always stops (Entra: 60,000)
 * @param retrySchedule the first waits in quarantine (Entra: 6 h, 12 h, 24 h)
 * @param retryInterval the wait after those (Entra: a day)
 * @param giveUpAfter how long after the quarantine started the job is disabled (Entra: 28 days)
 */
public record QuarantinePolicy(
    long minFailures,
    double failureRatio,
    long maxFailures,
    long hardCap,
    List<Duration> retrySchedule,
    Duration retryInterval,
    Duration giveUpAfter) {

  /**
   * Checks the numbers.
   *
   * @param minFailures failures needed before the ratio counts (Entra: 5,000)
   * @param failureRatio failed / attempted above which the job is quarantined (Entra: 0.4)
   * @param maxFailures failures above which the job is quarantined whatever the ratio (Entra:
   *     40,000)
   * @param hardCap failures at which a cycle always stops (Entra: 60,000)
   * @param retrySchedule the first waits in quarantine (Entra: 6 h, 12 h, 24 h)
   * @param retryInterval the wait after those (Entra: a day)
   * @param giveUpAfter how long after the quarantine started the job is disabled (Entra: 28 days)
   */
  public QuarantinePolicy {
    retrySchedule = List.copyOf(retrySchedule);
    if (minFailures < 1 || maxFailures < minFailures || hardCap < maxFailures) {
      throw new IllegalArgumentException("need 1 <= minFailures <= maxFailures <= hardCap");
    }
    if (!(failureRatio > 0 && failureRatio < 1)) {
      throw new IllegalArgumentException("failureRatio must be between 0 and 1");
    }
  }

  /**
   * Entra ID's thresholds and schedule.
   *
   * @return at least 5,000 failures and more than 40% failing, or 40,000 failures, hard cap 60,000;
   *     retries after 6, 12, 24 hours, then daily; disabled after 28 days
   */
  public static QuarantinePolicy entra() {
    return new QuarantinePolicy(
        5_000,
        0.4,
        40_000,
        60_000,
        List.of(Duration.ofHours(6), Duration.ofHours(12), Duration.ofHours(24)),
        Duration.ofDays(1),
        Duration.ofDays(28));
  }

  /**
   * The same policy with other failure thresholds (e.g. small ones in a rehearsal).
   *
   * @param minFailures failures needed before the ratio counts
   * @param failureRatio the share of failing objects (0 to 1) that quarantines
   * @param maxFailures failures that quarantine whatever the ratio
   * @param hardCap failures that always quarantine
   * @return a copy
   */
  public QuarantinePolicy withThresholds(
      long minFailures, double failureRatio, long maxFailures, long hardCap) {
    return new QuarantinePolicy(
        minFailures, failureRatio, maxFailures, hardCap, retrySchedule, retryInterval, giveUpAfter);
  }

  /**
   * Why a cycle with these counts must stop and quarantine the job, or {@code null} when it may go
   * on.
   *
   * @param failures objects that failed in the cycle so far
   * @param attempted objects that needed a write in the cycle so far
   * @return the reason, or {@code null}
   */
  public @Nullable String verdict(long failures, long attempted) {
    if (failures >= hardCap) {
      return failures + " failures reached the hard cap of " + hardCap;
    }
    if (failures > maxFailures) {
      return failures + " failures, more than " + maxFailures;
    }
    if (failures >= minFailures && attempted > 0 && failures > failureRatio * attempted) {
      return String.format(
          java.util.Locale.ROOT,
          "%d of %d attempted objects failed (%.0f%%, more than %.0f%% after at least %d failures)",
          failures,
          attempted,
          100.0 * failures / attempted,
          100.0 * failureRatio,
          minFailures);
    }
    return null;
  }

  /**
   * The wait before the next cycle after {@code attempts} failed cycles in quarantine.
   *
   * @param attempts failed cycles in quarantine, 1 or more
   * @return the scheduled delay, then the daily interval once the schedule is used up
   */
  public Duration retryDelay(int attempts) {
    return attempts >= 1 && attempts <= retrySchedule.size()
        ? retrySchedule.get(attempts - 1)
        : retryInterval;
  }
}
