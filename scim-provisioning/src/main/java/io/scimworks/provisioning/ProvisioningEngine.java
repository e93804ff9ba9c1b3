package io.scimworks.provisioning;

import io.scimworks.client.ScimClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Keeps a SCIM service in step with a source directory, as Entra ID's provisioning service does.
 *
 * <pre>{@code
 * ProvisioningEngine engine = ProvisioningEngine.builder()
 *     .client(ScimClient.builder().baseUri(tenantUrl).bearerToken(secret).build())
 *     .source(directory)
 *     .mappings(Mappings.read(Path.of("mapping.json")))
 *     .state(FileState.of(Path.of("state.json")))
 *     .build();
 * TestConnectionResult ok = engine.testConnection();
 * CycleResult first = engine.runCycle();   // initial: everything in scope
 * CycleResult next = engine.runCycle();    // incremental: only what changed
 * }</pre>
 *
 * <p>Per user, a cycle does what Entra does: a user in scope and unknown to the state is matched by
 * its matching attributes, tried in precedence order ({@code GET /Users?filter=userName eq "..."}),
 * then updated, or created when nothing matches; a known one gets a PATCH of exactly the attributes
 * that changed since the last cycle (nothing at all when none did); one that leaves scope or is
 * soft-deleted is disabled, and enabled when it comes back; a hard-deleted one is deleted. Groups
 * follow the users: created or matched by their matching attribute, renamed, and members added and
 * removed by difference. Disables and deletes are held back until the cycle knows how many there
 * are: above the deletion threshold none is carried out.
 *
 * <p>Failures never stop a cycle: the object goes into escrow and is tried again in a later cycle
 * ({@link EscrowPolicy}); the job goes into quarantine when the credentials are refused or failures
 * cross the {@link QuarantinePolicy} thresholds. One engine runs one cycle at a time.
 */
public final class ProvisioningEngine {
  private final ScimClient client;
  private final SourceDirectory source;
  private final Mappings mappings;
  private final ProvisioningState state;
  private final WireMode mode;
  private final ProvisioningListener listener;
  private final Settings settings;
  private final boolean dryRun;
  private final MappedValues users;
  private final @Nullable MappedValues groups;
  private final AtomicBoolean stop = new AtomicBoolean();

  private ProvisioningEngine(Builder b) {
    this.client = Objects.requireNonNull(b.client, "client is required");
    this.source = Objects.requireNonNull(b.source, "source is required");
    this.mappings = Objects.requireNonNull(b.mappings, "mappings are required");
    this.state = b.state;
    this.mode = b.mode;
    this.listener = b.listener;
    this.dryRun = b.dryRun;
    this.settings =
        new Settings(
            b.parallelism,
            b.batchSize,
            b.membersPerRequest,
            b.deletionThreshold,
            b.skipOutOfScopeDeletions,
            b.removeDisabledFromGroups,
            b.escrow,
            b.quarantine,
            b.clock);
    this.users = new MappedValues(mappings.users());
    this.groups = mappings.groups() == null ? null : new MappedValues(mappings.groups());
  }

  /**
   * Starts configuring an engine.
   *
   * @return a builder with Entra's defaults (wire mode {@code ENTRA}, parallelism 8, batches of
   *     500, deletion threshold 500, state in memory)
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs one cycle: the initial one if none has completed yet, else an incremental one from the
   * last watermark. Returns at once, sending nothing, while the job is in quarantine. Failures of
   * single objects do not throw: they are in the result's counts and the log.
   *
   * @return how the cycle ended, with counts per action and status
   * @throws IllegalStateException when a listener or the source threw (the cycle stops; the state
   *     keeps what was flushed)
   */
  public synchronized CycleResult runCycle() {
    stop.set(false);
    long t0 = System.nanoTime();
    ProvisioningState st = dryRun ? new DryRunState(state) : state;
    JobState job = st.job();
    Instant now = settings.clock().instant();
    JobState.Quarantine q = job.quarantine();
    boolean initial = !job.initialCycleDone();
    if (q != null && (q.jobDisabled() || now.isBefore(q.nextAttempt()))) {
      String why =
          q.jobDisabled()
              ? "the job is disabled after "
                  + settings.quarantine().giveUpAfter().toDays()
                  + " days in quarantine: "
                  + q.reason()
              : "in quarantine until " + q.nextAttempt() + ": " + q.reason();
      return new CycleResult(
          job.cycles(),
          initial,
          CycleResult.Outcome.SKIPPED_IN_QUARANTINE,
          java.util.Map.of(),
          Duration.ZERO,
          why);
    }
    String since = initial ? null : job.watermark();
    String mark = source.watermark();
    boolean complete = source.complete(since);
    Cycle cycle = newCycle(st, job.cycles() + 1, true);
    CycleRunner runner = new CycleRunner(this, cycle, new Sync(cycle, users, groups), source);
    CycleResult.Outcome outcome = runner.run(since, complete);
    JobState next;
    String detail;
    switch (outcome) {
      case COMPLETED -> {
        next = new JobState(true, mark, null, job.cycles() + 1);
        detail = (q != null ? "out of quarantine; " : "") + "completed";
      }
      case QUARANTINED -> {
        String reason = Objects.requireNonNull(cycle.quarantineReason());
        int attempts = q == null ? 1 : q.attempts() + 1;
        Instant since0 = q == null ? now : q.since();
        boolean disabled =
            Duration.between(since0, now).compareTo(settings.quarantine().giveUpAfter()) >= 0;
        Instant at = now.plus(settings.quarantine().retryDelay(attempts));
        next =
            new JobState(
                job.initialCycleDone(),
                job.watermark(),
                new JobState.Quarantine(since0, reason, attempts, at, disabled),
                job.cycles() + 1);
        detail =
            disabled
                ? "quarantined for too long, the job is disabled: " + reason
                : "quarantined until " + at + ": " + reason;
      }
      default -> {
        next = new JobState(job.initialCycleDone(), job.watermark(), q, job.cycles() + 1);
        detail =
            outcome == CycleResult.Outcome.INTERRUPTED
                ? "interrupted; the next cycle picks up where this one stopped"
                : "stopped: more deletions than the threshold of " + settings.deletionThreshold();
      }
    }
    st.job(next);
    st.flush();
    return new CycleResult(
        job.cycles() + 1,
        initial,
        outcome,
        runner.counts(),
        Duration.ofNanos(System.nanoTime() - t0),
        detail);
  }

  /**
   * Asks a running cycle to stop after the objects in hand; it ends {@link
   * CycleResult.Outcome#INTERRUPTED} and the next cycle carries on without duplicates. Safe to call
   * from a listener or another thread.
   */
  public void stop() {
    stop.set(true);
  }

  /**
   * Checks the URL and the token as Entra ID's "Test Connection" does: a filter on a random GUID
   * must answer 200 with an empty list. Sends nothing else.
   *
   * @return success, or the reason of the failure; never throws for a failing service
   */
  public TestConnectionResult testConnection() {
    return TestConnectionResult.check(client, groups != null);
  }

  /**
   * Provisions one user now, and the groups in scope that hold it, as "provision on demand" does:
   * every step with the requests it sent and the answers it got. The user is found by source id, or
   * else by the value of its first matching attribute (e.g. its {@code userName}).
   *
   * @param user the user's source id, or the value of its first matching attribute
   * @return each step (the user, then each group) with its requests, answers and log records
   * @throws IllegalArgumentException when the source has no such user
   */
  public synchronized OnDemandResult provisionOnDemand(String user) {
    stop.set(false);
    SourceUser u = findUser(user);
    ProvisioningState st = dryRun ? new DryRunState(state) : state;
    List<OnDemandResult.Step> steps = new ArrayList<>();
    steps.add(step(st, "user " + u.id(), ObjectKind.USER, (sync, rec) -> sync.user(u, rec)));
    if (groups != null) {
      try (Stream<SourceGroup> all = source.groups(null)) {
        all.filter(g -> g.members().contains(u.id()))
            .forEach(
                g ->
                    steps.add(
                        step(
                            st,
                            "group " + g.id(),
                            ObjectKind.GROUP,
                            (sync, rec) -> sync.group(g, rec))));
      }
    }
    st.flush();
    return new OnDemandResult(u.id(), steps);
  }

  private interface Work {
    void run(Sync sync, Target.Recorder rec);
  }

  private OnDemandResult.Step step(ProvisioningState st, String name, ObjectKind kind, Work work) {
    List<ProvisioningRecord> records = new ArrayList<>();
    List<Exchange> exchanges = new ArrayList<>();
    ProvisioningListener capture =
        new ProvisioningListener() {
          @Override
          public void record(ProvisioningRecord r) {
            records.add(r);
            listener.record(r);
          }

          @Override
          public void exchange(Exchange e) {
            listener.exchange(e);
          }
        };
    Cycle cycle = newCycle(st, st.job().cycles(), false, capture);
    work.run(new Sync(cycle, users, groups), new Target.Recorder(exchanges));
    return new OnDemandResult.Step(name, kind, List.copyOf(exchanges), List.copyOf(records));
  }

  private SourceUser findUser(String key) {
    Optional<SourceUser> byId = source.user(key);
    if (byId.isPresent()) {
      return byId.get();
    }
    List<TargetPath> paths = users.matchingPaths();
    try (Stream<SourceUser> all = source.users(null)) {
      return all.filter(
              u -> {
                JsonNode v = users.values(SourceValues.of(u), false).get(paths.get(0).text());
                return v != null && v.asString().equalsIgnoreCase(key);
              })
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "the source has no user with id or " + paths.get(0) + " " + key));
    }
  }

  private Cycle newCycle(ProvisioningState st, long number, boolean hold) {
    return newCycle(st, number, hold, listener);
  }

  private Cycle newCycle(ProvisioningState st, long number, boolean hold, ProvisioningListener l) {
    Target target = new Target(client, mode, dryRun, l);
    return new Cycle(number, settings, st, target, l, hold, stop);
  }

  Mappings mappings() {
    return mappings;
  }

  /**
   * Configures a {@link ProvisioningEngine}; {@code client}, {@code source}, {@code mappings} are
   * required.
   */
  public static final class Builder {
    private @Nullable ScimClient client;
    private @Nullable SourceDirectory source;
    private @Nullable Mappings mappings;
    private ProvisioningState state = new InMemoryState();
    private WireMode mode = WireMode.ENTRA;
    private ProvisioningListener listener = ProvisioningListener.NONE;
    private int parallelism = 8;
    private int batchSize = 500;
    private int membersPerRequest = 100;
    private long deletionThreshold = 500;
    private boolean skipOutOfScopeDeletions;
    private boolean removeDisabledFromGroups;
    private EscrowPolicy escrow = EscrowPolicy.defaults();
    private QuarantinePolicy quarantine = QuarantinePolicy.entra();
    private Clock clock = Clock.systemUTC();
    private boolean dryRun;

    private Builder() {}

    /**
     * The client of the target service; its retry policy and rate limit apply to every request.
     *
     * @param client the client, pointed at the tenant URL with its token
     * @return this builder
     */
    public Builder client(ScimClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * Where users and groups come from.
     *
     * @param source the source directory
     * @return this builder
     */
    public Builder source(SourceDirectory source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * The attribute mappings and scopes.
     *
     * @param mappings the mappings, e.g. from {@link Mappings#read}
     * @return this builder
     */
    public Builder mappings(Mappings mappings) {
      this.mappings = Objects.requireNonNull(mappings, "mappings");
      return this;
    }

    /**
     * Where to remember what was sent (default: in memory only).
     *
     * @param state the state; a {@link FileState} to carry on across processes
     * @return this builder
     */
    public Builder state(ProvisioningState state) {
      this.state = Objects.requireNonNull(state, "state");
      return this;
    }

    /**
     * How requests are written (default {@link WireMode#ENTRA}).
     *
     * @param mode the wire mode
     * @return this builder
     */
    public Builder wireMode(WireMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Told about every log record, request and progress.
     *
     * @param listener the listener; it must be thread-safe
     * @return this builder
     */
    public Builder listener(ProvisioningListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Objects worked on at once (default 8).
     *
     * @param parallelism at least 1
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public Builder parallelism(int parallelism) {
      this.parallelism = atLeastOne(parallelism, "parallelism");
      return this;
    }

    /**
     * Objects read from the source at a time (default 500): memory is bounded by the batch, and the
     * state is flushed after each one.
     *
     * @param batchSize at least 1
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public Builder batchSize(int batchSize) {
      this.batchSize = atLeastOne(batchSize, "batchSize");
      return this;
    }

    /**
     * Members added or removed per PATCH of a group (default 100).
     *
     * @param members at least 1
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public Builder membersPerRequest(int members) {
      this.membersPerRequest = atLeastOne(members, "membersPerRequest");
      return this;
    }

    /**
     * Accidental-deletion prevention: a cycle that would disable or delete more users (or more
     * groups) than this carries out none of it and ends {@link
     * CycleResult.Outcome#DELETION_THRESHOLD_EXCEEDED} (default 500, as Entra).
     *
     * @param threshold 0 or more; 0 stops any cycle that would disable or delete anything
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder deletionThreshold(long threshold) {
      if (threshold < 0) {
        throw new IllegalArgumentException("deletionThreshold must not be negative");
      }
      this.deletionThreshold = threshold;
      return this;
    }

    /**
     * Leaves users that go out of scope enabled instead of disabling them (default false).
     *
     * @param skip whether to leave them enabled
     * @return this builder
     */
    public Builder skipOutOfScopeDeletions(boolean skip) {
      this.skipOutOfScopeDeletions = skip;
      return this;
    }

    /**
     * Also removes disabled users from the groups that hold them in the source (default false).
     * Entra ID does not: a disable is a PATCH of {@code active} alone, and a disabled user stays a
     * member of its groups at the target for as long as it is a member in the source. Turn this on
     * for a service that keeps inactive users out of its groups' permissions only by membership.
     *
     * @param remove whether to remove them
     * @return this builder
     */
    public Builder removeDisabledUsersFromGroups(boolean remove) {
      this.removeDisabledFromGroups = remove;
      return this;
    }

    /**
     * When failed objects are tried again (default {@link EscrowPolicy#defaults()}).
     *
     * @param escrow the escrow policy
     * @return this builder
     */
    public Builder escrowPolicy(EscrowPolicy escrow) {
      this.escrow = Objects.requireNonNull(escrow, "escrow");
      return this;
    }

    /**
     * When the job goes into quarantine (default {@link QuarantinePolicy#entra()}).
     *
     * @param quarantine the quarantine policy
     * @return this builder
     */
    public Builder quarantinePolicy(QuarantinePolicy quarantine) {
      this.quarantine = Objects.requireNonNull(quarantine, "quarantine");
      return this;
    }

    /**
     * The clock for escrow and quarantine times (default system UTC).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Reads as usual but sends no write and keeps no state: the log says what would be sent.
     *
     * @param dryRun whether to send no write
     * @return this builder
     */
    public Builder dryRun(boolean dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * Builds the engine.
     *
     * @return the engine, ready to run cycles
     * @throws NullPointerException when client, source or mappings are missing
     */
    public ProvisioningEngine build() {
      return new ProvisioningEngine(this);
    }

    private static int atLeastOne(int n, String name) {
      if (n < 1) {
        throw new IllegalArgumentException(name + " must be at least 1: " + n);
      }
      return n;
    }
  }
}
