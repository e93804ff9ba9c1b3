package io.scimworks.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Schema version 2 adds sort key columns; upgrading a version-1 database fills them for the rows
 * already there exactly as writing those rows now would, long (hashed) and case-exact values
 * included, so that sorting in SQL is right at once.
 */
class SortKeyMigrationTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.Db.class)
  void upgradingFromVersionOneFillsTheSortKeysAsWritesDo(TestDatabases.Db db) throws Exception {
    String url =
        db == TestDatabases.Db.H2
            ? "jdbc:h2:mem:migrate-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"
            : TestDatabases.newPostgresDatabase();
    String user = db == TestDatabases.Db.H2 ? null : "postgres";
    String password = db == TestDatabases.Db.H2 ? null : "postgres";
    String longValue = "X".repeat(300);
    try (JdbcStore store = JdbcStore.builder().url(url).user(user).password(password).build()) {
      Client scim = Client.of(store.users(), store.groups(true));
      for (String name :
          List.of("Alice", "bob", longValue + "a", longValue + "\uD83D\uDE00", "\uFFFDz")) {
        assertThat(
                scim.post(
                        "/Users",
                        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                            + "\"userName\":"
                            + Client.quote(name)
                            + ",\"displayName\":"
                            + Client.quote(name.toUpperCase(java.util.Locale.ROOT))
                            + ",\"externalId\":"
                            + Client.quote("Ext-" + name)
                            + "}")
                    .status())
            .isEqualTo(201);
      }
      scim.createGroup(longValue + "Group");
      scim.post("/Users", Client.user("no-external-id", null));
    }
    Map<Long, List<String>> written;
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      written = sortKeys(s);
      assertThat(written.values()).anyMatch(keys -> keys.get(1) != null);
      // back to version 1: no sort key columns (their indexes go with them), no group_display
      for (String column :
          List.of("external_id_sort", "user_name_sort", "display_name_sort", "group_display")) {
        s.execute("ALTER TABLE scim_resource DROP COLUMN " + column);
      }
      s.execute("DELETE FROM scim_schema_version WHERE version >= 2");
    }
    JdbcStore.builder().url(url).user(user).password(password).build().close();
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      assertThat(sortKeys(s)).isEqualTo(written);
    }
  }

  private static Map<Long, List<String>> sortKeys(Statement s) throws SQLException {
    Map<Long, List<String>> out = new TreeMap<>();
    try (ResultSet rs =
        s.executeQuery(
            "SELECT pk, external_id_sort, user_name_sort, display_name_sort FROM scim_resource")) {
      while (rs.next()) {
        List<String> keys = new ArrayList<>();
        for (int i = 2; i <= 4; i++) {
          keys.add(rs.getString(i));
        }
        out.put(rs.getLong(1), keys);
      }
    }
    return out;
  }
}
