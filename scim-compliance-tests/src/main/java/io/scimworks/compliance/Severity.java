package io.scimworks.compliance;

/** How much a failed check matters. */
public enum Severity {
  /** A MUST (or SHALL) of the RFCs: a failure makes the run fail. */
  MUST,
  /** A SHOULD of the RFCs, or a strongly recommended behaviour. */
  SHOULD,
  /** Not required by the RFCs, but real identity providers depend on it. */
  INTEROP;

  /**
   * The lower-case name used on the command line and in reports.
   *
   * @return {@code must}, {@code should} or {@code interop}
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
