package io.scimworks.provisioning;

/**
 * Told about every log record and about progress. Called from the engine's worker threads, so it
 * must be thread-safe; it should be quick.
 */
public interface ProvisioningListener {

  /** A listener that ignores everything. */
  ProvisioningListener NONE = r -> {};

  /** One action on one object ended. */
  void record(ProvisioningRecord record);

  /**
   * The engine sent a request and got an answer (or, in a dry run, would have sent it: then the
   * status is 0).
   */
  default void exchange(Exchange exchange) {}

  /** The cycle made progress (called at most every few hundred objects). */
  default void progress(Progress progress) {}
}
