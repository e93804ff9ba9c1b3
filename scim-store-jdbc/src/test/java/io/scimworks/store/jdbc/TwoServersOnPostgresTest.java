package io.scimworks.store.jdbc;

import static io.scimworks.store.jdbc.Client.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.spi.Repository;
import io.scimworks.server.spi.RequestContext;
import io.scimworks.server.spi.ScimPrincipal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/** Two stateless servers, each with its own pool, in front of one PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoServersOnPostgresTest {
  private static final byte[] SECRET =
      "cursor secret shared by both servers, 32+ bytes".getBytes(StandardCharsets.UTF_8);

  private final JdbcStore storeA = TestDatabases.anotherPostgresStore(8);
  private final JdbcStore storeB = TestDatabases.anotherPostgresStore(8);
  private final List<JdbcStore> extra = new ArrayList<>();

  private Client[] servers(String tenant) {
    return new Client[] {
      Client.of(storeA.users(), storeA.groups(), tenant, SECRET),
      Client.of(storeB.users(), storeB.groups(), tenant, SECRET)
    };
  }

  @AfterAll
  void close() {
    storeA.close();
    storeB.close();
    extra.forEach(JdbcStore::close);
  }

  @Test
  void sixtyFourConcurrentMemberAddsAcrossBothServersLoseNoMember() throws Exception {
    Client[] s = servers("t-" + UUID.randomUUID());
    String group = s[0].createGroup("Everyone");
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      users.add(s[i % 2].createUser("member" + i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      CountDownLatch start = new CountDownLatch(1);
      for (int i = 0; i < 64; i++) {
        Client server = s[i % 2];
        String user = users.get(i);
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return server.patch("/Groups/" + group, Client.addMember(user)).status();
                }));
      }
      start.countDown();
      for (Future<Integer> f : results) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isIn(200, 204);
      }
    } finally {
      pool.shutdownNow();
    }
    Set<String> members = new HashSet<>();
    json(s[1].get("/Groups/" + group))
        .get("members")
        .forEach(m -> members.add(m.get("value").stringValue()));
    assertThat(members).containsExactlyInAnyOrderElementsOf(users);
  }

  @Test
  void thirtyTwoConcurrentCreatesOfOneUserNameGiveExactlyOne201() throws Exception {
    Client[] s = servers("t-" + UUID.randomUUID());
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Integer> statuses = new ArrayList<>();
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ScimResponse>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        Client server = s[i % 2];
        String name = i % 3 == 0 ? "Race@Example.com" : "race@example.com";
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return server.post("/Users", Client.user(name, null));
                }));
      }
      start.countDown();
      for (Future<ScimResponse> f : results) {
        ScimResponse r = f.get(60, TimeUnit.SECONDS);
        statuses.add(r.status());
        if (r.status() == 409) {
          assertThat(json(r).get("scimType").stringValue()).isEqualTo("uniqueness");
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(statuses).filteredOn(x -> x == 201).hasSize(1);
    assertThat(statuses).filteredOn(x -> x == 409).hasSize(31);
    assertThat(json(s[0].get("/Users")).get("totalResults").intValue()).isEqualTo(1);
  }

  @Test
  void aCursorFromOneServerContinuesOnTheOther() {
    Client[] s = servers("t-" + UUID.randomUUID());
    for (int i = 0; i < 9; i++) {
      s[0].createUser("walk" + i);
    }
    Set<String> seen = new HashSet<>();
    String cursor = "";
    int turn = 0;
    while (cursor != null) {
      JsonNode page = json(s[turn++ % 2].get("/Users?count=4&cursor=" + cursor));
      page.get("Resources").forEach(r -> assertThat(seen.add(r.get("id").stringValue())).isTrue());
      cursor = page.has("nextCursor") ? page.get("nextCursor").stringValue() : null;
    }
    assertThat(seen).hasSize(9);
    assertThat(turn).isEqualTo(3);
  }

  @Test
  void aKeyedCursorContinuesOnTheOtherServerPastCreatesAndDeletesOnBoth() {
    Client[] s = servers("t-" + UUID.randomUUID());
    for (int i = 0; i < 9; i++) {
      s[i % 2].createUser("keyed" + i);
    }
    String query = "&sortBy=meta.created&sortOrder=descending";
    List<String> before = KeysetPagingTest.ids(json(s[0].get("/Users?count=100" + query)));
    JsonNode first = json(s[0].get("/Users?count=3&cursor=" + query));
    List<String> walked = new ArrayList<>(KeysetPagingTest.ids(first));
    // newest first: what either server creates now sorts before the cursor, as do the deleted
    s[1].createUser("keyed-new");
    assertThat(s[0].delete("/Users/" + walked.get(1)).status()).isEqualTo(204);
    String cursor = first.get("nextCursor").stringValue();
    int turn = 1;
    while (cursor != null) {
      JsonNode page = json(s[turn++ % 2].get("/Users?count=3&cursor=" + cursor + query));
      walked.addAll(KeysetPagingTest.ids(page));
      cursor = page.has("nextCursor") ? page.get("nextCursor").stringValue() : null;
    }
    assertThat(walked).isEqualTo(before);
  }

  @Test
  void aConnectionKilledMidTransactionLeavesNothingHalfWritten() throws Exception {
    String tenant = "t-" + UUID.randomUUID();
    Client[] s = servers(tenant);
    String id = s[0].createUser("victim");
    String versionBefore = s[0].get("/Users/" + id).header("ETag");
    Repository users = storeA.users();
    RequestContext ctx = new RequestContext(tenant, ScimPrincipal.ANONYMOUS, "User");
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch killed = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<?> write =
          pool.submit(
              () ->
                  users.patch(
                      ctx,
                      id,
                      r -> {
                        locked.countDown();
                        await(killed);
                        r.put("title", "half-written");
                        return r;
                      },
                      null));
      assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(terminateIdleInTransaction()).isPositive();
      killed.countDown();
      assertThatThrownBy(() -> write.get(30, TimeUnit.SECONDS))
          .hasCauseInstanceOf(ScimException.class)
          .cause()
          .satisfies(e -> assertThat(((ScimException) e).status()).isEqualTo(503))
          .hasMessageNotContaining("UPDATE")
          .hasMessageNotContaining("scim_resource");
    } finally {
      pool.shutdownNow();
    }
    ScimResponse after = s[1].get("/Users/" + id);
    assertThat(json(after).has("title")).isFalse();
    assertThat(after.header("ETag")).isEqualTo(versionBefore);
    assertThat(s[0].get("/Users/" + id).status()).isEqualTo(200); // the pool recovered
  }

  @Test
  void aServerRestartedMidRunLosesNothingItAcknowledged() {
    String tenant = "t-" + UUID.randomUUID();
    JdbcStore first = TestDatabases.anotherPostgresStore(2);
    Client before = Client.of(first.users(), first.groups(), tenant, SECRET);
    Set<String> acknowledged = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      acknowledged.add(before.createUser("kept" + i));
    }
    first.close();
    JdbcStore restarted = TestDatabases.anotherPostgresStore(2);
    extra.add(restarted);
    Client after = Client.of(restarted.users(), restarted.groups(), tenant, SECRET);
    for (String id : acknowledged) {
      assertThat(after.get("/Users/" + id).status()).isEqualTo(200);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int terminateIdleInTransaction() throws Exception {
    try (Connection c =
            DriverManager.getConnection(TestDatabases.postgresUrl(), "postgres", "postgres");
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE state = 'idle in transaction' AND pid <> pg_backend_pid()"
                    + " AND query LIKE 'SELECT pk, version, body FROM scim_resource%'")) {
      int n = 0;
      while (rs.next()) {
        n++;
      }
      return n;
    }
  }
}
