package io.scimworks.store.jdbc;

import static io.scimworks.store.jdbc.Client.encode;
import static io.scimworks.store.jdbc.Client.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Reads on PostgreSQL cost one statement whatever the page holds: a lookup of one user, or a page
 * of a hundred users each in groups, is one {@code SELECT} that brings the users' memberships
 * along, on one borrowed connection, with no transaction calls around it; only a page that is not
 * the last adds a {@code COUNT(*)} for the total. This is what keeps the store usable with a
 * million users: every statement is a round trip to the database.
 */
class StatementCountTest {
  private static HikariDataSource pool;
  private static CountingDataSource counting;
  private static JdbcStore store;
  private static Client scim;
  private static final List<String> users = new ArrayList<>();
  private static int memberships;

  @BeforeAll
  static void start() {
    pool = TestDatabases.postgresPool(TestDatabases.postgresUrl());
    counting = new CountingDataSource(pool);
    store = JdbcStore.builder().dataSource(counting).build();
    scim = Client.of(store.users(), store.groups());
    for (int i = 0; i < 100; i++) {
      users.add(scim.createUser("counted" + i + "@example.com"));
    }
    for (int g = 0; g < 5; g++) {
      String group = scim.createGroup("Counted " + g);
      for (int i = g; i < users.size(); i += 2) {
        assertThat(scim.patch("/Groups/" + group, Client.addMember(users.get(i))).status())
            .isIn(200, 204);
        memberships++;
      }
    }
  }

  @AfterAll
  static void stop() {
    store.close();
    pool.close();
  }

  /** The statements of one request; asserts it borrowed one connection and made no other call. */
  private static List<String> statementsOf(String path) {
    counting.clear();
    JsonNode body = json(scim.get(path));
    assertThat(body.has("status")).as(path + ": " + body).isFalse();
    assertThat(counting.borrows()).as(path).isEqualTo(1);
    assertThat(counting.connectionCalls()).as(path).isEmpty();
    return counting.statements();
  }

  @Test
  void aLookupOfOneUserIsOneStatementThatBringsItsGroups() {
    String path = "/Users?filter=" + encode("userName eq \"counted4@example.com\"");
    List<String> statements = statementsOf(path);
    assertThat(statements).hasSize(1);
    assertThat(statements.get(0)).contains("scim_member");
    JsonNode user = json(scim.get(path)).get("Resources").get(0);
    assertThat(user.get("groups")).hasSize(3);
    assertThat(statementsOf("/Users/" + users.get(4))).hasSize(1);
    assertThat(statementsOf("/Users?filter=" + encode("externalId eq \"nobody\""))).hasSize(1);
  }

  @Test
  void aPageOfAHundredUsersInGroupsIsOneStatement() {
    List<String> statements = statementsOf("/Users?count=100");
    assertThat(statements).hasSize(1);
    JsonNode page = json(scim.get("/Users?count=100"));
    assertThat(page.get("Resources")).hasSize(100);
    int listed = 0;
    for (JsonNode u : page.get("Resources")) {
      listed += u.has("groups") ? u.get("groups").size() : 0;
    }
    assertThat(listed).isEqualTo(memberships);
  }

  @Test
  void aPageCountsItsTotalInASecondStatementOnlyWhenMoreFollowsOrItIsPastTheEnd() {
    String filter = "&filter=" + encode("userName sw \"counted\"");
    record Case(String query, int statements, int total, int returned) {}
    for (Case c :
        List.of(
            new Case("?count=10", 2, 100, 10),
            new Case("?startIndex=91&count=10", 1, 100, 10),
            new Case("?startIndex=95&count=10", 1, 100, 6),
            new Case("?startIndex=101&count=10", 2, 100, 0),
            new Case("?startIndex=500&count=10" + filter, 2, 100, 0),
            new Case("?count=100" + filter, 1, 100, 100),
            new Case("?count=0", 1, 100, 0))) {
      String path = "/Users" + c.query();
      assertThat(statementsOf(path)).as(path).hasSize(c.statements());
      JsonNode page = json(scim.get(path));
      assertThat(page.get("totalResults").intValue()).as(path).isEqualTo(c.total());
      assertThat(page.path("Resources").size()).as(path).isEqualTo(c.returned());
    }
  }

  @Test
  void readsThatLeaveGroupsOutDoNotJoinTheMemberships() {
    for (String path :
        List.of(
            "/Users?count=100&excludedAttributes=groups",
            "/Users?count=100&attributes=userName",
            "/Users/" + users.get(0) + "?excludedAttributes=groups")) {
      List<String> statements = statementsOf(path);
      assertThat(statements).as(path).hasSize(1);
      assertThat(statements.get(0)).as(path).doesNotContain("scim_member");
    }
  }
}
