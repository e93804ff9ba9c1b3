package io.scimworks.provisioning;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Provisioning state held in memory only, lost when the process ends: for tests, dry runs and small
 * directories (it grows with the directory; {@link FileState} does not). Thread-safe.
 */
public final class InMemoryState implements ProvisioningState {
  private final Map<ObjectKind, Map<String, ObjectState>> objects = new EnumMap<>(ObjectKind.class);
  private volatile JobState job = JobState.fresh();

  /** An empty state. */
  public InMemoryState() {
    for (ObjectKind kind : ObjectKind.values()) {
      objects.put(kind, new ConcurrentHashMap<>());
    }
  }

  @Override
  public @Nullable ObjectState get(ObjectKind kind, String sourceId) {
    return objects.get(kind).get(sourceId);
  }

  @Override
  public void put(ObjectKind kind, String sourceId, ObjectState state) {
    objects.get(kind).put(sourceId, state);
  }

  @Override
  public void remove(ObjectKind kind, String sourceId) {
    objects.get(kind).remove(sourceId);
  }

  /** A sorted snapshot (the state is in memory anyway). */
  @Override
  public Stream<StateEntry> entries(ObjectKind kind) {
    return new TreeMap<>(objects.get(kind))
        .entrySet().stream().map(e -> new StateEntry(e.getKey(), e.getValue()));
  }

  @Override
  public JobState job() {
    return job;
  }

  @Override
  public void job(JobState job) {
    this.job = job;
  }

  /**
   * How many objects of this kind are known.
   *
   * @param kind user or group
   * @return the number of objects recorded and not removed
   */
  public int size(ObjectKind kind) {
    return objects.get(kind).size();
  }
}
