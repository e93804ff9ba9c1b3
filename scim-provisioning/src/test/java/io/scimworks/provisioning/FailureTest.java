package io.scimworks.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.client.RetryPolicy;
import io.scimworks.server.ScimHandler;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.ServerOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 90, unit = TimeUnit.SECONDS)
class FailureTest {
  private final MutableClock clock = new MutableClock();
  private final ConcurrentLinkedQueue<ProvisioningRecord> log = new ConcurrentLinkedQueue<>();

  static ScimResponse error(int status, String... headers) {
    Map<String, String> h = new java.util.HashMap<>();
    h.put("Content-Type", "application/scim+json");
    for (int i = 0; i < headers.length; i += 2) {
      h.put(headers[i], headers[i + 1]);
    }
    String body =
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\""
            + status
            + "\",\"detail\":\"made to fail\"}";
    return new ScimResponse(status, h, body.getBytes(StandardCharsets.UTF_8));
  }

  /** A decorator failing the requests {@code failing} selects with {@code status}. */
  static UnaryOperator<ScimHandler> failing(
      Predicate<io.scimworks.server.ScimRequest> failing, int status) {
    return server -> request -> failing.test(request) ? error(status) : server.handle(request);
  }

  private ProvisioningEngine.Builder engine(TestTarget target, SourceDirectory dir) {
    return ProvisioningEngine.builder()
        .client(target.client())
        .source(dir)
        .mappings(Fixtures.mappings())
        .clock(clock)
        .listener(log::add);
  }

  @Test
  void throttledRequestsAreRetriedByTheClientAndTheCycleCompletes() {
    Set<String> throttledOnce = ConcurrentHashMap.newKeySet();
    UnaryOperator<ScimHandler> throttle =
        server ->
            request -> {
              String key =
                  request.method()
                      + request.path()
                      + new String(request.body(), StandardCharsets.UTF_8);
              return throttledOnce.add(key)
                  ? error(429, "Retry-After", "0")
                  : server.handle(request);
            };
    try (TestTarget target = new TestTarget(ServerOptions.defaults(), throttle)) {
      InMemoryDirectory dir = Fixtures.directory(10, 2);
      ProvisioningEngine engine =
          engine(target, dir)
              .client(
                  target
                      .clientBuilder()
                      .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ZERO, Duration.ZERO))
                      .build())
              .build();

      CycleResult result = engine.runCycle();

      assertThat(result.outcome()).isEqualTo(CycleResult.Outcome.COMPLETED);
      assertThat(result.counts()).doesNotContainKeys("CREATE FAILURE", "UPDATE FAILURE");
      assertThat(target.users()).hasSize(10);
      assertThat(target.count("POST /Users")).isEqualTo(20); // each create throttled once
    }
  }

  @Test
  void failedObjectsWaitInEscrowWithGrowingDelaysAndSucceedLater() {
    AtomicReference<Boolean> broken = new AtomicReference<>(true);
    UnaryOperator<ScimHandler> decorator =
        failing(
            r ->
                broken.get()
                    && r.method().equals("POST")
                    && new String(r.body(), StandardCharsets.UTF_8).contains("user3@"),
            500);
    try (TestTarget target = new TestTarget(ServerOptions.defaults(), decorator)) {
      InMemoryDirectory dir = Fixtures.directory(5, 1);
      ProvisioningEngine engine = engine(target, dir).build();

      CycleResult first = engine.runCycle();
      assertThat(first.count(Action.CREATE, Status.FAILURE)).isEqualTo(1);
      assertThat(first.outcome()).isEqualTo(CycleResult.Outcome.COMPLETED);
      assertThat(log)
          .filteredOn(r -> r.status() == Status.FAILURE)
          .singleElement()
          .satisfies(r -> assertThat(r.error()).startsWith("500").contains("made to fail"));

      target.clearLog();
      engine.runCycle(); // the escrow delay has not passed
      assertThat(target.count("POST /Users")).isZero();

      clock.advance(Duration.ofMinutes(41));
      CycleResult third = engine.runCycle(); // tried again, fails again: waits twice as long
      assertThat(third.count(Action.CREATE, Status.FAILURE)).isEqualTo(1);
      assertThat(target.count("POST /Users")).isEqualTo(1);
      clock.advance(Duration.ofMinutes(41));
      dir.putUser(dir.user("u3").orElseThrow()); // a change does not cut the wait short
      assertThat(engine.runCycle().count(Action.OTHER, Status.SKIPPED)).isEqualTo(1);
      assertThat(target.count("POST /Users")).isEqualTo(1);

      broken.set(false);
      clock.advance(Duration.ofMinutes(40));
      CycleResult fifth = engine.runCycle();
      assertThat(fifth.count(Action.CREATE, Status.SUCCESS)).isEqualTo(1);
      assertThat(target.users()).containsKey("user3@contoso.com");
      assertThat(CycleTest.memberNames(target.groups().get("Group 0"), target.users()))
          .contains("user3@contoso.com");
    }
  }

  @Test
  void refusedCredentialsQuarantineTheJobAtOnce() {
    try (TestTarget target = new TestTarget()) {
      InMemoryDirectory dir = Fixtures.directory(200, 1);
      ProvisioningEngine engine =
          engine(target, dir).client(target.clientBuilder().bearerToken("stale").build()).build();

      CycleResult result = engine.runCycle();

      assertThat(result.outcome()).isEqualTo(CycleResult.Outcome.QUARANTINED);
      assertThat(result.detail()).contains("credentials", "401");
      assertThat(target.counts().values().stream().mapToLong(Long::longValue).sum())
          .isLessThanOrEqualTo(16);
      target.clearLog();
      assertThat(engine.runCycle().outcome()).isEqualTo(CycleResult.Outcome.SKIPPED_IN_QUARANTINE);
      assertThat(target.counts()).isEmpty();
    }
  }

  @Test
  void aFailingTargetIsQuarantinedAtEntrasThresholdOf5000Failures() {
    try (TestTarget target = new TestTarget(ServerOptions.defaults(), failing(r -> true, 500))) {
      InMemoryDirectory dir = Fixtures.directory(5_500, 0);
      ProvisioningEngine engine = engine(target, dir).parallelism(16).build();

      CycleResult first = engine.runCycle();

      // 5,000 failures, all of those attempted: more than 40% after at least 5,000 failures
      assertThat(first.outcome()).isEqualTo(CycleResult.Outcome.QUARANTINED);
      assertThat(first.count(Action.CREATE, Status.FAILURE)).isEqualTo(5_000);
      assertThat(first.detail()).contains("5000 of 5000", "quarantined until 2026-01-05T15:00:00Z");
      assertThat(target.count("GET /Users")).isEqualTo(5_000);

      target.clearLog();
      clock.advance(Duration.ofHours(5));
      assertThat(engine.runCycle().outcome()).isEqualTo(CycleResult.Outcome.SKIPPED_IN_QUARANTINE);
      assertThat(target.counts()).isEmpty();
    }
  }

  @Test
  void aQuarantinedJobIsRetriedAfter6Then12HoursAndLeavesQuarantineWhenTheTargetHeals() {
    AtomicReference<Boolean> broken = new AtomicReference<>(true);
    try (TestTarget target =
        new TestTarget(ServerOptions.defaults(), failing(r -> broken.get(), 500))) {
      InMemoryDirectory dir = Fixtures.directory(30, 1);
      ProvisioningEngine engine =
          engine(target, dir)
              .batchSize(10)
              .quarantinePolicy(QuarantinePolicy.entra().withThresholds(10, 0.4, 100, 200))
              .build();

      assertThat(engine.runCycle().detail()).contains("quarantined until 2026-01-05T15:00:00Z");
      clock.advance(Duration.ofHours(6).plusMinutes(1));
      CycleResult retry = engine.runCycle();
      assertThat(retry.outcome()).isEqualTo(CycleResult.Outcome.QUARANTINED);
      assertThat(retry.detail()).contains("quarantined until 2026-01-06T03:01:00Z"); // +12 h

      broken.set(false);
      clock.advance(Duration.ofHours(12));
      CycleResult healed = engine.runCycle();
      assertThat(healed.outcome()).isEqualTo(CycleResult.Outcome.COMPLETED);
      assertThat(healed.detail()).contains("out of quarantine");
      assertThat(target.users()).hasSize(30);
    }
  }

  @Test
  void failuresBelowTheRatioDoNotQuarantine() {
    try (TestTarget target =
        new TestTarget(
            ServerOptions.defaults(),
            failing(
                r ->
                    r.method().equals("POST")
                        && new String(r.body(), StandardCharsets.UTF_8).contains("user1"),
                409))) {
      InMemoryDirectory dir = Fixtures.directory(40, 0); // user1, user10..19: 11 of 40 fail
      ProvisioningEngine engine =
          engine(target, dir)
              .quarantinePolicy(QuarantinePolicy.entra().withThresholds(10, 0.4, 100, 200))
              .build();
      CycleResult r = engine.runCycle();
      assertThat(r.outcome()).isEqualTo(CycleResult.Outcome.COMPLETED);
      assertThat(r.count(Action.CREATE, Status.FAILURE)).isEqualTo(11);
      assertThat(log)
          .filteredOn(x -> x.status() == Status.FAILURE)
          .allMatch(x -> x.error().contains("409") && x.error().contains("conflict"));
    }
  }

  @Test
  void aJobQuarantinedFor28DaysIsDisabled() {
    AtomicReference<Boolean> broken = new AtomicReference<>(true);
    try (TestTarget target =
        new TestTarget(ServerOptions.defaults(), failing(r -> broken.get(), 503))) {
      InMemoryDirectory dir = Fixtures.directory(20, 0);
      ProvisioningEngine engine =
          engine(target, dir)
              .quarantinePolicy(QuarantinePolicy.entra().withThresholds(10, 0.4, 100, 200))
              .escrowPolicy(new EscrowPolicy(Duration.ZERO, Duration.ZERO))
              .build();
      int cycles = 0;
      CycleResult r;
      do {
        r = engine.runCycle();
        clock.advance(Duration.ofDays(1));
        cycles++;
      } while (r.outcome() != CycleResult.Outcome.SKIPPED_IN_QUARANTINE
          || !r.detail().contains("disabled"));
      assertThat(cycles).isBetween(25, 32); // never an endless loop: a finite schedule, then off
      broken.set(false);
      assertThat(engine.runCycle().outcome()).isEqualTo(CycleResult.Outcome.SKIPPED_IN_QUARANTINE);
    }
  }

  @Test
  void aCycleInterruptedHalfWayResumesWithoutDuplicates(@TempDir Path dir) throws Exception {
    Path stateFile = dir.resolve("state.json");
    try (TestTarget target = new TestTarget()) {
      InMemoryDirectory source = Fixtures.directory(600, 6);
      AtomicReference<ProvisioningEngine> self = new AtomicReference<>();
      AtomicLong creates = new AtomicLong();
      ProvisioningEngine interrupted =
          engine(target, source)
              .state(FileState.of(stateFile))
              .batchSize(100)
              .listener(
                  r -> {
                    if (r.action() == Action.CREATE && creates.incrementAndGet() == 250) {
                      self.get().stop();
                    }
                  })
              .build();
      self.set(interrupted);
      assertThat(interrupted.runCycle().outcome()).isEqualTo(CycleResult.Outcome.INTERRUPTED);
      long made = target.users().size();
      assertThat(made).isBetween(250L, 599L);

      // a new process: the state as last flushed, which may miss the last objects in flight
      ProvisioningEngine rerun = engine(target, source).state(FileState.of(stateFile)).build();
      CycleResult second = rerun.runCycle();

      assertThat(second.outcome()).isEqualTo(CycleResult.Outcome.COMPLETED);
      assertThat(second.counts()).doesNotContainKeys("CREATE FAILURE", "UPDATE FAILURE");
      assertThat(target.users()).hasSize(600);
      assertThat(target.count("POST /Users")).isEqualTo(600); // each user created once
      assertThat(target.groups()).hasSize(6);
      assertThat(target.groups().get("Group 3").path("members").size()).isEqualTo(100);

      // even with the state lost, a rerun matches instead of creating again
      Files.delete(stateFile);
      target.clearLog();
      CycleResult lost = engine(target, source).state(FileState.of(stateFile)).build().runCycle();
      assertThat(lost.outcome()).isEqualTo(CycleResult.Outcome.COMPLETED);
      assertThat(target.count("POST /Users")).isZero();
      assertThat(target.count("POST /Groups")).isZero();
      assertThat(target.users()).hasSize(600);
    }
  }
}
