package io.scimworks.store.jdbc;

import static io.scimworks.store.jdbc.Client.encode;
import static io.scimworks.store.jdbc.Client.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.spi.RequestContext;
import io.scimworks.server.spi.ResourceMatcher;
import io.scimworks.server.spi.ScimPrincipal;
import io.scimworks.server.spi.SearchQuery;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * RFC 9865 cursors over the JDBC store continue after the last resource of the previous page
 * (keyset paging), so resources created or deleted before the cursor's position between two pages
 * neither repeat nor hide the resources still to come.
 */
class KeysetPagingTest {

  /** Queries that run whole in SQL, and one whose filter H2 narrows and the store decides. */
  private static final List<String> QUERIES =
      List.of(
          "",
          "&sortBy=meta.created",
          "&sortBy=meta.lastModified&sortOrder=descending",
          "&filter=" + encode("userName sw \"walk\"") + "&sortBy=meta.created");

  @ParameterizedTest
  @EnumSource(TestDatabases.Db.class)
  void walkingACursorReturnsEveryMatchOnceInTheUnpagedOrder(TestDatabases.Db db) {
    onStore(
        db,
        (store, scim) -> {
          List<String> ids = new ArrayList<>();
          for (int i = 0; i < 11; i++) {
            ids.add(scim.createUser("walk" + i));
          }
          scim.createUser("other");
          // changes some lastModified, so that it orders otherwise than created
          for (int i : new int[] {6, 2, 9}) {
            scim.put("/Users/" + ids.get(i), Client.user("walk" + i, "changed"));
          }
          for (String query : QUERIES) {
            List<String> unpaged = ids(json(scim.get("/Users?count=100" + query)));
            for (int size : new int[] {1, 2, 5, 12, 100}) {
              assertThat(walk(scim, size, query)).as(query + " by " + size).isEqualTo(unpaged);
            }
          }
        });
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Db.class)
  void createsAndDeletesBeforeTheCursorNeitherRepeatNorSkipWhatFollows(TestDatabases.Db db) {
    onStore(
        db,
        (store, scim) -> {
          for (int i = 0; i < 10; i++) {
            scim.createUser("walk" + i);
          }
          for (String query :
              List.of(
                  "&sortBy=meta.created&sortOrder=descending",
                  "&filter="
                      + encode("userName sw \"walk\"")
                      + "&sortBy=meta.created&sortOrder=descending")) {
            List<String> before = ids(json(scim.get("/Users?count=100" + query)));
            JsonNode first = json(scim.get("/Users?count=4&cursor=" + query));
            List<String> seen = ids(first);
            assertThat(seen).isEqualTo(before.subList(0, 4));
            // newest first: a new user sorts before the cursor; so do the deleted ones, already
            // seen
            String created = scim.createUser("walk-new-" + query.length());
            assertThat(scim.delete("/Users/" + seen.get(0)).status()).isEqualTo(204);
            assertThat(scim.delete("/Users/" + seen.get(2)).status()).isEqualTo(204);
            assertThat(walk(scim, 4, first.get("nextCursor").stringValue(), query))
                .as(query)
                .isEqualTo(before.subList(4, before.size()))
                .doesNotContain(created);
          }
        });
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Db.class)
  void aCursorCarriesTheTotalOfTheWholeQueryAndItsLastPageHasNoNextCursor(TestDatabases.Db db) {
    onStore(
        db,
        (store, scim) -> {
          for (int i = 0; i < 5; i++) {
            scim.createUser("total" + i);
          }
          // a long userName (its index key is a hash): H2 narrows "sw" in SQL to candidates that
          // include it, and the store decides on the rows it reads
          scim.createUser("o".repeat(300));
          String filtered = "&sortBy=meta.created&filter=" + encode("userName sw \"t\"");
          for (String query : List.of(filtered, "&sortBy=meta.created")) {
            int total = query.equals(filtered) ? 5 : 6;
            JsonNode first = json(scim.get("/Users?count=3&cursor=" + query));
            assertThat(first.get("totalResults").intValue()).as(query).isEqualTo(total);
            JsonNode second =
                json(
                    scim.get(
                        "/Users?count=3&cursor=" + first.get("nextCursor").stringValue() + query));
            assertThat(second.get("totalResults").intValue()).as(query).isEqualTo(total);
            assertThat(second.get("Resources")).hasSize(total - 3);
            assertThat(second.has("nextCursor")).isFalse();
            assertThat(second.has("previousCursor")).isTrue();
          }
          // exactly a page's worth left: no empty page after it
          JsonNode full = json(scim.get("/Users?count=5&cursor=" + filtered));
          assertThat(full.get("Resources")).hasSize(5);
          assertThat(full.has("nextCursor")).isFalse();
        });
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Db.class)
  void aCursorAfterAVeryLongSortValueContinues(TestDatabases.Db db) {
    onStore(
        db,
        (store, scim) -> {
          List<String> ids = new ArrayList<>();
          for (String c : List.of("b", "a", "c")) {
            ids.add(scim.createUser(c.repeat(20_000) + "\uD83D\uDE00"));
          }
          assertThat(walk(scim, 1, "&sortBy=userName"))
              .containsExactly(ids.get(1), ids.get(0), ids.get(2));
        });
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Db.class)
  void aTamperedKeyIsInvalidCursor(TestDatabases.Db db) {
    onStore(
        db,
        (store, scim) -> {
          for (int i = 0; i < 4; i++) {
            scim.createUser("tamper" + i);
          }
          String next = json(scim.get("/Users?count=2&cursor=")).get("nextCursor").stringValue();
          String[] parts = next.split("\\.");
          assertThat(parts).hasSize(4);
          String key = new String(Base64.getUrlDecoder().decode(parts[2]));
          parts[2] =
              Base64.getUrlEncoder()
                  .withoutPadding()
                  .encodeToString(("r.created" + key.substring(4)).getBytes());
          ScimResponse r = scim.get("/Users?count=2&cursor=" + String.join(".", parts));
          assertThat(r.status()).isEqualTo(400);
          assertThat(json(r).get("scimType").stringValue()).isEqualTo("invalidCursor");
          // a repository handed a key it did not issue refuses it the same way
          RequestContext ctx = new RequestContext("t-x", ScimPrincipal.ANONYMOUS, "User");
          for (String bad : List.of("", "r.id", "r.created:Tx:aWQ", "r.id:S:aWQ", "r.id::%%%")) {
            assertThatThrownBy(
                    () ->
                        store
                            .users()
                            .search(
                                ctx,
                                new SearchQuery(null, ResourceMatcher.ALL, null, false, 1, 5, bad)))
                .as(bad)
                .isInstanceOfSatisfying(
                    ScimException.class, e -> assertThat(e.scimType()).isEqualTo("invalidCursor"));
          }
        });
  }

  /** Every id of a query, page after page of {@code size}. */
  static List<String> walk(Client scim, int size, String query) {
    return walk(scim, size, "", query);
  }

  /** Every id of a query from {@code cursor} on, page after page of {@code size}. */
  static List<String> walk(Client scim, int size, String cursor, String query) {
    List<String> out = new ArrayList<>();
    int pages = 0;
    while (cursor != null) {
      JsonNode page = json(scim.get("/Users?count=" + size + "&cursor=" + cursor + query));
      assertThat(page.has("Resources")).as(page.toString()).isTrue();
      out.addAll(ids(page));
      cursor = page.has("nextCursor") ? page.get("nextCursor").stringValue() : null;
      assertThat(++pages).as("pages").isLessThan(1000);
    }
    return out;
  }

  static List<String> ids(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.path("Resources").forEach(r -> out.add(r.get("id").stringValue()));
    return out;
  }

  /**
   * Runs a test on a store of {@code db} with a client of its users and groups: a new H2 store,
   * closed after, or the shared PostgreSQL one.
   */
  private static void onStore(TestDatabases.Db db, BiConsumer<JdbcStore, Client> test) {
    JdbcStore store = TestDatabases.store(db);
    try {
      test.accept(store, Client.of(store.users(), store.groups()));
    } finally {
      if (db == TestDatabases.Db.H2) {
        store.close();
      }
    }
  }
}
