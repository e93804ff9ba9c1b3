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

  /**
   * Copies the list.
   *
   * @param url the target's base URL
   * @param started when the run started
   * @param duration how long it took
   * @param prefix the prefix of every resource the run created
   * @param results one result per selected check, in catalogue order
   * @param leftovers how many created resources could not be deleted afterwards
   */
  public RunReport {
    results = List.copyOf(results);
  }

  /**
   * How many checks ended with this outcome.
   *
   * @param outcome passed, failed or skipped
   * @return the number of results with it
   */
  public long count(Outcome outcome) {
    return results.stream().filter(r -> r.outcome() == outcome).count();
  }

  /**
   * How many failed checks have this severity.
   *
   * @param severity must, should or interop
   * @return the number of failed results of that severity
   */
  public long failed(Severity severity) {
    return results.stream()
        .filter(r -> r.outcome() == Outcome.FAILED && r.check().severity() == severity)
        .count();
  }

  /**
   * Whether no {@link Severity#MUST} check failed: the run's verdict (the command line exits 0).
   *
   * @return true when every failure, if any, is {@code should} or {@code interop}
   */
  public boolean passed() {
    return results.stream().noneMatch(CheckResult::failsRun);
  }

  /**
   * The failed results, in catalogue order, of every severity.
   *
   * @return an immutable list
   */
  public List<CheckResult> failures() {
    return results.stream().filter(r -> r.outcome() == Outcome.FAILED).toList();
  }
}
