package io.scimworks.store.jdbc;

import static io.scimworks.store.jdbc.Client.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A page sorted by {@code userName} over many users is read from an index on PostgreSQL (the first
 * 100 characters of the sort key, which a btree entry can hold, then the whole key): the database
 * does not sort every user of the tenant to return a few. The order stays exactly the server's for
 * values longer than the indexed prefix that share it, or share all but their last character.
 */
class SortIndexTest {
  private static final int USERS = 3000;
  private static final String TENANT = "sorted";
  private static HikariDataSource pool;
  private static CountingDataSource counting;
  private static JdbcStore store;
  private static Client scim;
  private static final List<String> names = new ArrayList<>();

  @BeforeAll
  static void start() throws SQLException {
    pool = TestDatabases.postgresPool(TestDatabases.newPostgresDatabase());
    counting = new CountingDataSource(pool);
    store = JdbcStore.builder().dataSource(counting).build();
    scim = Client.of(store.users(), store.groups(), TENANT, null);
    String shared = "p".repeat(99);
    for (int i = 0; i < USERS; i++) {
      names.add(
          switch (i % 6) {
            case 0 -> shared + "q" + "z".repeat(i % 7) + i; // share the whole indexed prefix
            case 1 -> shared + "q" + i; // differ just past it
            case 2 -> shared + (char) ('a' + i % 26) + i; // differ at its last character
            default -> "user" + i + "@example.com";
          });
    }
    for (int first = 0; first < USERS; first += 500) {
      StringBuilder bulk =
          new StringBuilder(
              "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],"
                  + "\"Operations\":[");
      for (int i = first; i < first + 500; i++) {
        bulk.append(i == first ? "" : ",")
            .append("{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"u")
            .append(i)
            .append("\",\"data\":")
            .append(Client.user(names.get(i), null))
            .append('}');
      }
      assertThat(scim.post("/Bulk", bulk.append("]}").toString()).status()).isEqualTo(200);
    }
    try (Connection c = pool.getConnection();
        PreparedStatement ps = c.prepareStatement("ANALYZE scim_resource")) {
      ps.execute();
    }
  }

  @AfterAll
  static void stop() {
    store.close();
    pool.close();
  }

  @Test
  void aSmallSortedPageIsReadFromTheSortIndexInBothDirections() throws SQLException {
    for (String order : List.of("ascending", "descending")) {
      counting.clear();
      JsonNode page =
          json(
              scim.get(
                  "/Users?sortBy=userName&sortOrder=" + order + "&count=5&attributes=userName"));
      assertThat(page.get("Resources")).hasSize(5);
      String sql = counting.statements().get(0);
      assertThat(sql).contains("ORDER BY substr(r.user_name_sort, 1, 100)");
      assertThat(plan(sql)).as(order).contains("scim_resource_user_name_sort");
    }
  }

  @Test
  void longValuesSharingTheIndexedPrefixStayInExactOrder() {
    List<String> expected = new ArrayList<>(names);
    expected.sort(Comparator.naturalOrder()); // lower-case ASCII: the server's order is String's
    assertThat(sorted("ascending")).isEqualTo(expected);
    java.util.Collections.reverse(expected);
    assertThat(sorted("descending")).isEqualTo(expected);
  }

  /** Every user's name in {@code order}, by pages of 1,000 (the server's largest). */
  private static List<String> sorted(String order) {
    List<String> out = new ArrayList<>();
    for (int start = 1; start <= USERS; start += 1000) {
      JsonNode page =
          json(
              scim.get(
                  "/Users?sortBy=userName&sortOrder="
                      + order
                      + "&startIndex="
                      + start
                      + "&count=1000&attributes=userName"));
      for (JsonNode u : page.get("Resources")) {
        out.add(u.get("userName").stringValue());
      }
    }
    return out;
  }

  private static String plan(String sql) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Connection c = pool.getConnection();
        PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
      ps.setString(1, TENANT);
      ps.setString(2, "User");
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.append(rs.getString(1)).append('\n');
        }
      }
    }
    return out.toString();
  }
}
