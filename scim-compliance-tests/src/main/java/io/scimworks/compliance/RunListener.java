package io.scimworks.compliance;

/** Follows a run as it goes, for progress lines; every method does nothing by default. */
public interface RunListener {
  /** The target was discovered and {@code total} checks are selected. */
  default void started(int total) {}

  /** Check number {@code index} (1-based) of {@code total} starts. */
  default void checkStarted(int index, int total, Check check) {}

  /** A check finished. */
  default void checkFinished(CheckResult result) {}
}
