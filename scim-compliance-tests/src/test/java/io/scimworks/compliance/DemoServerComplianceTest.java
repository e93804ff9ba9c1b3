package io.scimworks.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.examples.Workspace;
import io.scimworks.server.BearerTokens;
import io.scimworks.server.ScimServer;
import io.scimworks.server.ServerOptions;
import io.scimworks.server.spi.AuditListener;
import io.scimworks.store.jdbc.JdbcStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The whole catalogue, every profile, passes against the SCIMworks demo server: both HTTP bindings,
 * and the JDBC store on H2 and on a real PostgreSQL (embedded, started for its test only).
 */
class DemoServerComplianceTest {
  /**
   * Server defects the suite found that are being fixed elsewhere; each id leaves this set when the
   * fix lands (empty today: the filters on id and meta.resourceType it once listed work now).
   */
  static final Set<String> KNOWN_SERVER_DEFECTS = Set.of();

  /**
   * Checks that do not apply to the demo server, by id: {@code etag.if-match-weak} tests the strong
   * comparison of RFC 9110 on services with strong ETags, and the demo server's are weak ({@code
   * W/"3"}), which clients send back in If-Match as RFC 7644 §3.14 shows.
   */
  static final Set<String> EXPECTED_SKIPS = Set.of("etag.if-match-weak");

  @Test
  void everyCheckPassesOverTheJdkBinding() {
    try (Servers.Running server = Servers.jdk()) {
      assertAllPass(run(server));
    }
  }

  @Test
  void everyCheckPassesOverTheServletBindingInJetty() {
    try (Servers.Running server = Servers.jetty()) {
      assertAllPass(run(server));
    }
  }

  @Test
  void everyCheckPassesWithTheJdbcStoreOnH2() {
    try (JdbcStore store =
            JdbcStore.builder()
                .url("jdbc:h2:mem:compliance-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .maxPoolSize(4)
                .build();
        Servers.Running server = Servers.jdk(jdbcServer(store), UnaryOperator.identity())) {
      assertAllPass(run(server));
    }
  }

  @Test
  void everyCheckPassesWithTheJdbcStoreOnPostgresql() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        JdbcStore store =
            JdbcStore.builder()
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .user("postgres")
                .password("postgres")
                .maxPoolSize(4)
                .build();
        Servers.Running server = Servers.jdk(jdbcServer(store), UnaryOperator.identity())) {
      assertAllPass(run(server));
    }
  }

  /** The demo workspace over the JDBC store, as {@code --store h2} and {@code postgres} run it. */
  private static ScimServer jdbcServer(JdbcStore store) {
    return Workspace.scimServer(
        BearerTokens.of(Servers.TOKEN),
        ServerOptions.defaults(),
        AuditListener.logging(),
        store.users(),
        store.groups(true));
  }

  static RunReport run(Servers.Running server) {
    return ComplianceRun.builder().url(server.url()).token(Servers.TOKEN).build().run();
  }

  static void assertAllPass(RunReport report) {
    List<String> failures =
        report.failures().stream()
            .filter(r -> !KNOWN_SERVER_DEFECTS.contains(r.check().id()))
            .map(r -> r.check().id() + ": " + r.message())
            .collect(Collectors.toList());
    assertThat(failures).as("failed checks").isEmpty();
    assertThat(report.count(Outcome.PASSED)).isGreaterThan(0);
    assertThat(report.leftovers()).as("resources left behind").isZero();
    List<String> skips =
        report.results().stream()
            .filter(r -> r.outcome() == Outcome.SKIPPED)
            .map(r -> r.check().id())
            .toList();
    assertThat(skips).as("skipped checks").isSubsetOf(EXPECTED_SKIPS);
  }
}
