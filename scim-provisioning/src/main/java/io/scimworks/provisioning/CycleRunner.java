package io.scimworks.provisioning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Runs one cycle: users in batches on a bounded pool, held-back deletions checked against the
 * threshold and carried out, then groups the same way; the state is flushed after every batch.
 */
final class CycleRunner {
  private final ProvisioningEngine engine;
  private final Cycle c;
  private final Sync sync;
  private final SourceDirectory source;
  private final ExecutorService pool;
  private final AtomicLong done = new AtomicLong();
  private final long started = System.nanoTime();
  private String phase = "users";
  private long total = -1;

  CycleRunner(ProvisioningEngine engine, Cycle cycle, Sync sync, SourceDirectory source) {
    this.engine = engine;
    this.c = cycle;
    this.sync = sync;
    this.source = source;
    this.pool =
        Executors.newFixedThreadPool(
            cycle.settings.parallelism(),
            r -> {
              Thread t = new Thread(r, "scim-provisioning");
              t.setDaemon(true);
              return t;
            });
  }

  /** Runs the cycle and returns how it ended (the job state is the caller's business). */
  CycleResult.Outcome run(@Nullable String since, boolean complete) {
    try {
      return phases(since, complete);
    } finally {
      pool.shutdownNow();
      c.pendingManagers().close();
      c.state.flush();
    }
  }

  private CycleResult.Outcome phases(@Nullable String since, boolean complete) {
    OptionalLong count = source.userCount();
    total = count.isPresent() ? count.getAsLong() : -1;
    try (SortedIds seen = complete ? new SortedIds() : null) {
      try (Stream<SourceUser> users = source.users(since)) {
        batches(
            users.iterator(),
            u -> {
              if (seen != null) {
                seen.add(u.id());
              }
              sync.user(u, Target.Recorder.NONE);
            });
      }
      if (!complete && !c.stopped()) {
        retryDue();
      }
      if (seen != null && !c.stopped()) {
        missing(ObjectKind.USER, seen);
      }
    }
    if (!c.stopped()) {
      phase = "managers";
      batches(c.pendingManagers().sorted(), p -> sync.followUpManager(p, Target.Recorder.NONE));
    }
    CycleResult.Outcome held = carryOutHeld("users");
    if (held != null) {
      return held;
    }
    if (engine.mappings().groups() != null) {
      phase = "groups";
      done.set(0);
      total = -1;
      try (SortedIds seenGroups = new SortedIds();
          Stream<SourceGroup> groups = source.groups(null)) {
        batches(
            groups.iterator(),
            g -> {
              seenGroups.add(g.id());
              sync.group(g, Target.Recorder.NONE);
            });
        if (!c.stopped()) {
          missing(ObjectKind.GROUP, seenGroups);
        }
      }
      held = carryOutHeld("groups");
      if (held != null) {
        return held;
      }
    }
    return outcome();
  }

  /** In an incremental cycle, tries again the users whose escrow has run out. */
  private void retryDue() {
    try (SortedIds due = new SortedIds()) {
      try (Stream<StateEntry> known = c.state.entries(ObjectKind.USER)) {
        known
            .filter(e -> e.state().failures() > 0 && !e.state().inEscrow(c.now()))
            .forEach(e -> due.add(e.sourceId()));
      }
      batches(
          due.sorted(), id -> source.user(id).ifPresent(u -> sync.user(u, Target.Recorder.NONE)));
    }
  }

  /**
   * Holds back deletes of objects provisioned before and gone from a complete source: the state's
   * entries and the ids the source listed, both sorted, merged side by side.
   */
  private void missing(ObjectKind kind, SortedIds seen) {
    Iterator<String> listed = seen.sorted();
    String next = listed.hasNext() ? listed.next() : null;
    try (Stream<StateEntry> known = c.state.entries(kind)) {
      for (Iterator<StateEntry> it = known.iterator(); it.hasNext() && !c.stopped(); ) {
        StateEntry e = it.next();
        while (next != null && next.compareTo(e.sourceId()) < 0) {
          next = listed.hasNext() ? listed.next() : null;
        }
        if (e.sourceId().equals(next)) {
          continue;
        }
        String targetId = e.state().targetId();
        if (targetId == null) {
          c.state.remove(kind, e.sourceId());
        } else {
          sync.deleteOrHold(
              kind, e.sourceId(), targetId, "gone from the source", Target.Recorder.NONE);
        }
      }
    }
  }

  /** Carries out held deletions unless there are too many; returns an outcome when stopping. */
  private CycleResult.@Nullable Outcome carryOutHeld(String what) {
    if (c.stopped()) {
      return outcome();
    }
    long n = c.heldCount();
    long threshold = c.settings.deletionThreshold();
    if (n > threshold) {
      c.log(
          ObjectKind.USER,
          Action.OTHER,
          Status.SKIPPED,
          "*",
          null,
          "accidental-deletion prevention: the cycle would disable or delete "
              + n
              + " "
              + what
              + ", more than the threshold of "
              + threshold
              + "; nothing was disabled or deleted",
          null);
      c.clearHeld();
      return CycleResult.Outcome.DELETION_THRESHOLD_EXCEEDED;
    }
    phase = "deletions";
    List<Cycle.Held> list = new ArrayList<>(c.held());
    c.clearHeld();
    batches(list.iterator(), h -> sync.execute(h, Target.Recorder.NONE));
    return c.stopped() ? outcome() : null;
  }

  private CycleResult.Outcome outcome() {
    if (c.quarantineReason() != null) {
      return CycleResult.Outcome.QUARANTINED;
    }
    return c.stopped() ? CycleResult.Outcome.INTERRUPTED : CycleResult.Outcome.COMPLETED;
  }

  /** Reads up to a batch, works on it with the pool, flushes, checks; until done or stopped. */
  private <T> void batches(Iterator<T> items, Consumer<T> work) {
    int size = c.settings.batchSize();
    while (items.hasNext() && !c.stopped()) {
      List<Future<?>> futures = new ArrayList<>(size);
      for (int i = 0; i < size && items.hasNext(); i++) {
        T item = items.next();
        futures.add(
            pool.submit(
                () -> {
                  if (!c.stopped()) {
                    work.accept(item);
                    done.incrementAndGet();
                  }
                }));
      }
      for (Future<?> f : futures) {
        await(f);
      }
      c.state.flush();
      c.checkQuarantine();
      progress();
    }
  }

  private void await(Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      engine.stop();
    } catch (ExecutionException e) {
      // Sync catches every failure of an object; anything else is a bug in a listener or source
      engine.stop();
      throw new IllegalStateException("provisioning stopped: " + e.getCause(), e.getCause());
    }
  }

  private void progress() {
    long d = done.get();
    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    double rate = d / seconds;
    long remaining = total < 0 ? -1 : Math.max(0, total - d);
    Duration eta =
        remaining < 0 || rate <= 0 ? null : Duration.ofMillis((long) (remaining / rate * 1000));
    c.listener.progress(new Progress(phase, d, remaining, rate, eta));
  }

  Map<String, Long> counts() {
    return c.counts();
  }
}
