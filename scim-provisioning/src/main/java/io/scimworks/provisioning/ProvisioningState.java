package io.scimworks.provisioning;

import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Where the engine keeps what it must remember between cycles: per source object, the target id and
 * what was sent; for the job, the watermark and any quarantine. Implementations must be
 * thread-safe: the engine works on several objects at once. {@link FileState} keeps it in files and
 * {@link InMemoryState} in memory; implement this interface to keep it in a database (a table keyed
 * by kind and source id, and one row for the job).
 *
 * <p>The engine never asks for the whole state at once: it looks objects up one by one, writes them
 * in batches followed by {@link #flush()}, and reads {@link #entries(ObjectKind)} as a stream, so
 * an implementation that keeps its data outside the heap lets a cycle over millions of objects run
 * in memory bounded by the batch.
 */
public interface ProvisioningState {

  /**
   * The state of one source object, including changes not yet {@linkplain #flush() flushed}.
   *
   * @param kind user or group
   * @param sourceId the object's id in the source
   * @return its state, or {@code null} when the engine knows nothing of it (never provisioned, or
   *     {@linkplain #remove removed})
   */
  @Nullable ObjectState get(ObjectKind kind, String sourceId);

  /**
   * Records the state of one source object, replacing any earlier one; visible to {@link #get} at
   * once, durable after the next {@link #flush()}.
   *
   * @param kind user or group
   * @param sourceId the object's id in the source
   * @param state what to remember of it
   */
  void put(ObjectKind kind, String sourceId, ObjectState state);

  /**
   * Forgets one source object (after its target resource was deleted); nothing happens when it is
   * unknown.
   *
   * @param kind user or group
   * @param sourceId the object's id in the source
   */
  void remove(ObjectKind kind, String sourceId);

  /**
   * Every object of this kind the state knows, in ascending order of source id ({@link
   * String#compareTo}), read lazily so that a state of millions of objects streams through: the
   * engine merges it with the source's ids to find the objects a complete source no longer lists.
   * The stream reflects the state when it was opened; the engine may change the state while reading
   * it and closes the stream when done. A database keeps this an ordered query ({@code SELECT ...
   * ORDER BY source_id}).
   *
   * @param kind user or group
   * @return the entries, sorted by source id, each id once; removed objects are not listed
   */
  Stream<StateEntry> entries(ObjectKind kind);

  /**
   * The job's state.
   *
   * @return the last job state recorded, or {@link JobState#fresh()} for a job that never ran
   */
  JobState job();

  /**
   * Records the job's state (the engine does so at the end of every cycle, then flushes).
   *
   * @param job the new job state
   */
  void job(JobState job);

  /**
   * Makes what was recorded so far durable. The engine calls it after every batch and at the end of
   * a cycle; a run killed between two calls loses at most one batch of records, which the next run
   * recovers by matching instead of creating again. Default: nothing to do.
   */
  default void flush() {}
}
