package io.scimworks.provisioning;

/**
 * Told about every log record and about progress. Called from the engine's worker threads, so it
 * must be thread-safe; it should be quick.
 */
public interface ProvisioningListener {

  /** A listener that ignores everything. */
  ProvisioningListener NONE = r -> {};

  /**
   * One action on one object ended; called from the engine's worker threads, so it must be
   * thread-safe. An exception thrown here stops the cycle.
   *
   * @param record what was done, to which object, and how it ended
   */
  void record(ProvisioningRecord record);

  /**
   * The engine sent a request and got an answer (or, in a dry run, would have sent it: then the
   * status is 0). Called from the worker threads; default: nothing.
   *
   * @param exchange the request and the answer
   */
  default void exchange(Exchange exchange) {}

  /**
   * The cycle made progress: called after each batch (every {@code batchSize} objects), from the
   * thread running the cycle. Default: nothing.
   *
   * @param progress objects done and remaining, rate and estimated time left
   */
  default void progress(Progress progress) {}
}
