package io.scimworks.compliance;

/** What became of one check. */
public enum Outcome {
  /** The target behaved as the check expects. */
  PASSED,
  /** The target did not. */
  FAILED,
  /** The check did not apply (not advertised, read-only run, earlier failure). */
  SKIPPED;

  /**
   * The lower-case name used in reports.
   *
   * @return {@code passed}, {@code failed} or {@code skipped}
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
