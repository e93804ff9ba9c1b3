package io.scimworks.store.jdbc;

import static io.scimworks.store.jdbc.Client.encode;
import static io.scimworks.store.jdbc.Client.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.filter.AttributePath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * Sorting by {@code meta.created} and {@code meta.lastModified} runs in SQL and gives the order the
 * server gives: the repository's id order, stably sorted by the instant (ties keep id order).
 */
class SortPushDownTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.Db.class)
  void pagesSortedInSqlAreThoseTheServerWouldSort(TestDatabases.Db db) {
    JdbcStore store = TestDatabases.store(db);
    try {
      assertThat(store.users().supportsSort(AttributePath.parse("META.CREATED"))).isTrue();
      assertThat(store.users().supportsSort(AttributePath.parse("USERNAME"))).isTrue();
      assertThat(store.users().supportsSort(AttributePath.parse("title"))).isFalse();
      assertThat(store.users().supportsSort(AttributePath.parse("name.familyName"))).isFalse();
      Client scim = Client.of(store.users(), store.groups());
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 9; i++) {
        ids.add(scim.createUser("sorted" + i));
      }
      for (int i : new int[] {4, 1, 7}) {
        assertThat(scim.put("/Users/" + ids.get(i), Client.user("sorted" + i + "x", null)).status())
            .isEqualTo(200);
      }
      List<JsonNode> byId = resources(scim, "/Users?count=100");
      for (String attribute : List.of("meta.created", "meta.lastModified")) {
        for (boolean descending : new boolean[] {false, true}) {
          Comparator<JsonNode> byInstant =
              Comparator.comparing(r -> instant(r, attribute.substring(5)));
          List<JsonNode> expected = new ArrayList<>(byId);
          expected.sort(descending ? byInstant.reversed() : byInstant);
          String query =
              "/Users?sortBy="
                  + attribute
                  + (descending ? "&sortOrder=descending" : "")
                  + "&filter="
                  + encode("userName sw \"sorted\"");
          assertThat(userNames(resources(scim, query + "&count=100")))
              .as(attribute + (descending ? " descending" : ""))
              .isEqualTo(userNames(expected));
          assertThat(userNames(resources(scim, query + "&startIndex=3&count=4")))
              .isEqualTo(userNames(expected.subList(2, 6)));
        }
      }
    } finally {
      if (db == TestDatabases.Db.H2) {
        store.close();
      }
    }
  }

  private static Instant instant(JsonNode resource, String name) {
    return Instant.parse(resource.get("meta").get(name).stringValue());
  }

  private static List<JsonNode> resources(Client scim, String query) {
    List<JsonNode> out = new ArrayList<>();
    json(scim.get(query)).get("Resources").forEach(out::add);
    return out;
  }

  private static List<String> userNames(List<JsonNode> resources) {
    return resources.stream().map(r -> r.get("userName").stringValue()).toList();
  }
}
