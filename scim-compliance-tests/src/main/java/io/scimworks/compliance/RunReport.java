package io.scimworks.compliance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Everything a run found.
 *
 * @param url the target's base URL
 * @param started when the run started
 * @param duration how long it took
 * @param prefix the prefix of every resource the run created
 * @param results one result per selected check, in catalogue order
 * @param leftovers how many created resources could not be deleted afterwards
 */
public record RunReport(
    String url,
    Instant started,
    Duration duration,
    String prefix,
    List<CheckResult> results,
    int leftovers) {

  /** Copies the list. */
  public RunReport {
    results = List.copyOf(results);
  }

  /** How many checks ended with {@code outcome}. */
  public long count(Outcome outcome) {
    return results.stream().filter(r -> r.outcome() == outcome).count();
  }

  /** How many failed checks have {@code severity}. */
  public long failed(Severity severity) {
    return results.stream()
        .filter(r -> r.outcome() == Outcome.FAILED && r.check().severity() == severity)
        .count();
  }

  /** Whether no {@link Severity#MUST} check failed. */
  public boolean passed() {
    return results.stream().noneMatch(CheckResult::failsRun);
  }

  /** The failed results. */
  public List<CheckResult> failures() {
    return results.stream().filter(r -> r.outcome() == Outcome.FAILED).toList();
  }
}
