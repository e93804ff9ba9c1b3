package io.scimworks.provisioning;

import io.scimworks.core.json.ScimJson;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/** What one cycle shares between its workers: settings, counters, the log, held-back deletions. */
final class Cycle {
  /** A disable or delete held back until the cycle knows how many there are. */
  record Held(ObjectKind kind, String sourceId, String targetId, Action action, String reason) {}

  final long number;
  final Settings settings;
  final ProvisioningState state;
  final Target target;
  final ProvisioningListener listener;
  final boolean holdDeletions;

  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  private final AtomicLong attempted = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private final Queue<Held> held = new ConcurrentLinkedQueue<>();
  private final AtomicLong heldCount = new AtomicLong();
  private final AtomicBoolean stopped;
  private volatile @Nullable String quarantineReason;
  private final SortedIds pendingManagers = new SortedIds();

  Cycle(
      long number,
      Settings settings,
      ProvisioningState state,
      Target target,
      ProvisioningListener listener,
      boolean holdDeletions,
      AtomicBoolean stopped) {
    this.number = number;
    this.settings = settings;
    this.state = state;
    this.target = target;
    this.listener = listener;
    this.holdDeletions = holdDeletions;
    this.stopped = stopped;
  }

  Clock clock() {
    return settings.clock();
  }

  Instant now() {
    return settings.clock().instant();
  }

  /** Logs one record and counts it. */
  void log(
      ObjectKind kind,
      Action action,
      Status status,
      String sourceId,
      @Nullable String targetId,
      String detail,
      @Nullable String error) {
    counts.computeIfAbsent(action + " " + status, k -> new LongAdder()).increment();
    listener.record(
        new ProvisioningRecord(
            now(), number, kind, action, status, sourceId, targetId, detail, error));
  }

  /** Counts an object that needed a write (for the quarantine ratio). */
  void attempted() {
    attempted.incrementAndGet();
  }

  /** Counts a failed object; a credentials failure stops the cycle at once. */
  void failed(Throwable e) {
    failures.incrementAndGet();
    if (Failures.credentials(e)) {
      quarantine("the service refused the credentials: " + Failures.describe(e));
    }
  }

  long failures() {
    return failures.get();
  }

  long attemptedCount() {
    return attempted.get();
  }

  /** Checks the quarantine thresholds; true when the cycle must stop. */
  boolean checkQuarantine() {
    if (quarantineReason != null) {
      return true;
    }
    String verdict = settings.quarantine().verdict(failures.get(), attempted.get());
    if (verdict != null) {
      quarantine(verdict);
      return true;
    }
    return false;
  }

  void quarantine(String reason) {
    if (quarantineReason == null) {
      quarantineReason = reason;
    }
    stopped.set(true);
  }

  @Nullable String quarantineReason() {
    return quarantineReason;
  }

  boolean stopped() {
    return stopped.get();
  }

  /** Holds back a disable or delete (or, when not holding, reports that it must run now). */
  boolean hold(Held h) {
    if (!holdDeletions) {
      return false;
    }
    if (heldCount.incrementAndGet() <= settings.deletionThreshold()) {
      held.add(h);
    }
    return true;
  }

  long heldCount() {
    return heldCount.get();
  }

  Queue<Held> held() {
    return held;
  }

  void clearHeld() {
    held.clear();
    heldCount.set(0);
  }

  /**
   * Remembers a user provisioned without its manager, not provisioned yet: set in a follow-up
   * update once the users phase is over. Kept on disk beyond a chunk, like the ids seen.
   */
  void pendingManager(String user, String manager) {
    pendingManagers.add(
        ScimJson.write(ScimJson.array().add(user).add(manager))); // ids may hold any character
  }

  SortedIds pendingManagers() {
    return pendingManagers;
  }

  Map<String, Long> counts() {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }
}
