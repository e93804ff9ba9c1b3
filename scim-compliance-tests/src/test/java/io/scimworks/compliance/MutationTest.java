package io.scimworks.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The suite notices broken servers: every variant of the SCIMworks server with one fault injected
 * fails at least one of the checks meant to catch it, while those checks pass against the unbroken
 * server.
 */
class MutationTest {

  @Test
  void everyInjectedFaultIsCaught() throws Exception {
    List<Mutants> mutants = Mutants.all();
    assertThat(mutants).hasSizeGreaterThanOrEqualTo(25);
    Set<String> used = new TreeSet<>();
    mutants.forEach(m -> used.addAll(m.checks()));
    assertThat(ComplianceRun.catalogue()).extracting(Check::id).containsAll(used);

    try (Servers.Running healthy = Servers.jdk()) {
      RunReport baseline = run(healthy, used);
      assertThat(baseline.results())
          .as("the checks pass against the unbroken server")
          .allSatisfy(
              r ->
                  assertThat(r.outcome())
                      .as(r.check().id() + ": " + r.message())
                      .isEqualTo(Outcome.PASSED));
    }

    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<String> missed = new ArrayList<>();
    try {
      List<Future<String>> verdicts = new ArrayList<>();
      for (Mutants m : mutants) {
        verdicts.add(pool.submit(() -> caught(m) ? null : m.name()));
      }
      for (Future<String> v : verdicts) {
        String name = v.get();
        if (name != null) {
          missed.add(name);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(missed)
        .as(
            "faults no check caught (%d of %d broken servers caught)",
            mutants.size() - missed.size(), mutants.size())
        .isEmpty();
  }

  private static boolean caught(Mutants m) {
    try (Servers.Running broken = Servers.jdk(m.server().get(), m.fault())) {
      RunReport report = run(broken, m.checks());
      if (Boolean.getBoolean("mutation.verbose")) {
        report
            .failures()
            .forEach(
                r -> System.out.println(m.name() + " <- " + r.check().id() + ": " + r.message()));
      }
      return report.results().stream().anyMatch(r -> r.outcome() == Outcome.FAILED);
    }
  }

  private static RunReport run(Servers.Running server, Set<String> checks) {
    return ComplianceRun.builder()
        .url(server.url())
        .token(Servers.TOKEN)
        .checks(checks)
        .build()
        .run();
  }
}
