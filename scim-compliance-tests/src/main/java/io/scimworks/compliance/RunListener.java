package io.scimworks.compliance;

/** Follows a run as it goes, for progress lines; every method does nothing by default. */
public interface RunListener {
  /**
   * The target was discovered and the checks to run are known.
   *
   * @param total how many checks will run
   */
  default void started(int total) {}

  /**
   * A check starts.
   *
   * @param index its position in the run, from 1
   * @param total how many checks the run has
   * @param check the check
   */
  default void checkStarted(int index, int total, Check check) {}

  /**
   * A check finished.
   *
   * @param result what it found
   */
  default void checkFinished(CheckResult result) {}
}
