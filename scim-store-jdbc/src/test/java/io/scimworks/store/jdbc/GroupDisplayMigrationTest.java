package io.scimworks.store.jdbc;

import static io.scimworks.store.jdbc.Client.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * Schema version 3 keeps a group's {@code displayName} in a column, which a user's row reads for
 * its {@code groups}. Upgrading a version-2 database fills it, in the migration's transaction, for
 * every group with members, as writing the group now would; users show their groups' names at once.
 */
class GroupDisplayMigrationTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.Db.class)
  void upgradingFromVersionTwoFillsTheDisplayNamesOfGroupsWithMembers(TestDatabases.Db db)
      throws Exception {
    String url =
        db == TestDatabases.Db.H2
            ? "jdbc:h2:mem:migrate-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"
            : TestDatabases.newPostgresDatabase();
    String user = db == TestDatabases.Db.H2 ? null : "postgres";
    String password = db == TestDatabases.Db.H2 ? null : "postgres";
    String member;
    String readers;
    String empty;
    try (JdbcStore store = JdbcStore.builder().url(url).user(user).password(password).build()) {
      Client scim = Client.of(store.users(), store.groups(), "migrated", null);
      member = scim.createUser("member@example.com");
      readers = scim.createGroup("Readers \u00e9\uD83D\uDE00 " + "x".repeat(300));
      String writers = scim.createGroup("Writers");
      empty = scim.createGroup("Nobody");
      for (String g : List.of(readers, writers)) {
        assertThat(scim.patch("/Groups/" + g, Client.addMember(member)).status()).isIn(200, 204);
      }
    }
    Map<String, String> written;
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      written = displays(s);
      assertThat(written.get(readers)).startsWith("Readers \u00e9\uD83D\uDE00 xxx");
      assertThat(written.get(empty)).isEqualTo("Nobody");
      // back to version 2: no group_display column, no sort indexes (PostgreSQL)
      s.execute("ALTER TABLE scim_resource DROP COLUMN group_display");
      for (String column : List.of("external_id", "user_name", "display_name")) {
        s.execute("DROP INDEX IF EXISTS scim_resource_" + column + "_sort");
      }
      s.execute("DELETE FROM scim_schema_version WHERE version = 3");
    }
    try (JdbcStore store = JdbcStore.builder().url(url).user(user).password(password).build()) {
      try (Connection c = DriverManager.getConnection(url, user, password);
          Statement s = c.createStatement()) {
        Map<String, String> expected = new HashMap<>(written);
        expected.put(empty, null); // no members: read by no user, filled when next written
        assertThat(displays(s)).isEqualTo(expected);
      }
      Client scim = Client.of(store.users(), store.groups(), "migrated", null);
      List<String> shown = new ArrayList<>();
      JsonNode got = json(scim.get("/Users/" + member));
      assertThat(got.has("groups")).as(got.toString()).isTrue();
      for (JsonNode g : got.get("groups")) {
        shown.add(g.get("display").stringValue());
      }
      assertThat(shown).containsExactlyInAnyOrder(written.get(readers), "Writers");
      assertThat(scim.patch("/Groups/" + empty, Client.addMember(member)).status()).isIn(200, 204);
      assertThat(json(scim.get("/Users/" + member)).get("groups").toString()).contains("Nobody");
    }
  }

  /** The {@code group_display} of every group, by id. */
  private static Map<String, String> displays(Statement s) throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (ResultSet rs =
        s.executeQuery("SELECT id, group_display FROM scim_resource WHERE rtype = 'Group'")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    }
    return out;
  }
}
