package io.scimworks.provisioning;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** A state for dry runs: reads fall through to the real state, writes stay in memory and vanish. */
final class DryRunState implements ProvisioningState {
  private final ProvisioningState real;
  private final InMemoryState overlay = new InMemoryState();
  private final Map<ObjectKind, Set<String>> removed = new ConcurrentHashMap<>();
  private volatile JobState job;

  DryRunState(ProvisioningState real) {
    this.real = real;
    this.job = real.job();
    for (ObjectKind k : ObjectKind.values()) {
      removed.put(k, ConcurrentHashMap.newKeySet());
    }
  }

  @Override
  public @Nullable ObjectState get(ObjectKind kind, String sourceId) {
    ObjectState s = overlay.get(kind, sourceId);
    if (s != null) {
      return s;
    }
    return removed.get(kind).contains(sourceId) ? null : real.get(kind, sourceId);
  }

  @Override
  public void put(ObjectKind kind, String sourceId, ObjectState state) {
    removed.get(kind).remove(sourceId);
    overlay.put(kind, sourceId, state);
  }

  @Override
  public void remove(ObjectKind kind, String sourceId) {
    overlay.remove(kind, sourceId);
    removed.get(kind).add(sourceId);
  }

  @Override
  public Stream<String> sourceIds(ObjectKind kind) {
    return Stream.concat(real.sourceIds(kind), overlay.sourceIds(kind))
        .distinct()
        .filter(id -> get(kind, id) != null);
  }

  @Override
  public JobState job() {
    return job;
  }

  @Override
  public void job(JobState job) {
    this.job = job;
  }
}
