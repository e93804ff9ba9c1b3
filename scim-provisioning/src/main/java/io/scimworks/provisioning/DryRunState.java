package io.scimworks.provisioning;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A state for dry runs: reads fall through to the real state, writes stay in memory and vanish (so
 * a dry run holds what it would have written: it is meant for a look before a real run, not for a
 * million users).
 */
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
  public Stream<StateEntry> entries(ObjectKind kind) {
    Stream<StateEntry> mine = overlay.entries(kind);
    Stream<StateEntry> theirs = real.entries(kind);
    Iterator<StateEntry> merged =
        new SortedMerge<>(
            List.of(mine.iterator(), theirs.iterator()),
            Comparator.comparing(StateEntry::sourceId));
    Set<String> gone = removed.get(kind);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(merged, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .filter(e -> !gone.contains(e.sourceId()) || overlay.get(kind, e.sourceId()) != null)
        .onClose(
            () -> {
              mine.close();
              theirs.close();
            });
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
