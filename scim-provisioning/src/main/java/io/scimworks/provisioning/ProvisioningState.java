package io.scimworks.provisioning;

import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Where the engine keeps what it must remember between cycles: per source object, the target id and
 * what was sent; for the job, the watermark and any quarantine. Implementations must be
 * thread-safe: the engine works on several objects at once. {@link FileState} keeps it in a JSON
 * file; implement this interface to keep it in a database.
 */
public interface ProvisioningState {

  /** The state of one source object, or {@code null} when the engine knows nothing of it. */
  @Nullable ObjectState get(ObjectKind kind, String sourceId);

  /** Records the state of one source object. */
  void put(ObjectKind kind, String sourceId, ObjectState state);

  /** Forgets one source object (after its target resource was deleted). */
  void remove(ObjectKind kind, String sourceId);

  /** The source ids of every object the state knows of this kind; a snapshot, safe to iterate. */
  Stream<String> sourceIds(ObjectKind kind);

  /** The job's state. */
  JobState job();

  /** Records the job's state. */
  void job(JobState job);

  /**
   * Makes what was recorded so far durable. The engine calls it after every batch and at the end of
   * a cycle; a run killed between two calls loses at most one batch of records, which the next run
   * recovers by matching instead of creating again. Default: nothing to do.
   */
  default void flush() {}
}
