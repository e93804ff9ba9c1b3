package io.scimworks.store.jdbc;

import static io.scimworks.store.jdbc.Client.encode;
import static io.scimworks.store.jdbc.Client.json;
import static io.scimworks.store.jdbc.Client.quote;
import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.message.SortOrder;
import io.scimworks.core.query.ResourceComparator;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.server.ScimResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One generated data set in a JDBC store, and the oracle its sorted and paged answers must equal:
 * every matching resource in the store's id order, sorted stably by the server's own comparator
 * ({@link ResourceComparator}), as the server sorts in memory. Values: unicode with surrogate pairs
 * and characters above U+E000 (whose order differs between UTF-16 and code points), case variants,
 * missing attributes, values longer than 250 characters sharing their first 250.
 */
final class SortingEquivalence {
  private static final String LONG = "l".repeat(260);

  static final List<String> VALUES =
      List.of(
          "alice",
          "ALICE",
          "Alice",
          "bob",
          "\uD83D\uDE00smile",
          "\uD83D\uDE00SMILE",
          "\uD800\uDC00",
          "\uDBFF\uDFFF",
          "\uFFFDz",
          "\uE000x",
          "\uFF21",
          "\uFF41",
          "ſam",
          "SAM",
          "İstanbul",
          "istanbul",
          "ΣΊΣΥΦΟΣ",
          "σίσυφος",
          "\u212Aelvin",
          "kelvin",
          "",
          "a b",
          "a",
          "A",
          "Z",
          "~",
          LONG + "a",
          LONG + "B",
          LONG + "\uD83D\uDE00",
          LONG + "\uFFFD",
          LONG);

  static final List<String> SORTS =
      List.of(
          "userName",
          "displayName",
          "externalId",
          "meta.created",
          "meta.lastModified",
          "title",
          "");

  static final List<String> FILTERS =
      List.of("", "userName sw \"s\"", "displayName pr", "title eq \"t1\" or externalId pr");

  private static final ResourceType USERS = ResourceType.user();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.defaults();

  final Client scim;

  SortingEquivalence(JdbcStore store) {
    this.scim = Client.of(store.users(), store.groups());
    Random random = new Random(9865);
    for (int i = 0; i < 70; i++) {
      String userName = pick(random) + (random.nextInt(3) == 0 ? "" : "#" + i);
      StringBuilder body =
          new StringBuilder(
              "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":"
                  + quote(userName));
      if (random.nextInt(4) != 0) {
        body.append(",\"displayName\":").append(quote(pick(random)));
      }
      if (random.nextInt(3) != 0) {
        body.append(",\"externalId\":").append(quote(pick(random)));
      }
      if (random.nextBoolean()) {
        body.append(",\"title\":").append(quote("t" + random.nextInt(3)));
      }
      ScimResponse r = scim.post("/Users", body.append('}').toString());
      if (r.status() == 409) {
        continue; // the userName folds like one taken
      }
      assertThat(r.status()).as(r.bodyText()).isEqualTo(201);
      if (random.nextInt(5) == 0) {
        // a later lastModified than created, in another order
        String id = json(r).get("id").stringValue();
        assertThat(scim.put("/Users/" + id, body.toString()).status()).isEqualTo(200);
      }
    }
  }

  private static String pick(Random random) {
    return VALUES.get(random.nextInt(VALUES.size()));
  }

  /** A query: sort, order, filter, and a page size. */
  record Query(String sortBy, boolean descending, String filter, int pageSize) {
    String parameters() {
      return (sortBy.isEmpty() ? "" : "&sortBy=" + sortBy)
          + (descending ? "&sortOrder=descending" : "")
          + (filter.isEmpty() ? "" : "&filter=" + encode(filter));
    }
  }

  static Arbitrary<Query> queries() {
    return Combinators.combine(
            Arbitraries.of(SORTS),
            Arbitraries.of(true, false),
            Arbitraries.of(FILTERS),
            Arbitraries.integers().between(1, 30))
        .as(Query::new);
  }

  /** The ids the server would give unpaged, sorting in memory: the oracle. */
  List<String> expected(Query q) {
    List<JsonNode> all = new ArrayList<>();
    String filter = q.filter().isEmpty() ? "" : "&filter=" + encode(q.filter());
    json(scim.get("/Users?count=1000" + filter)).path("Resources").forEach(all::add);
    if (!q.sortBy().isEmpty()) {
      Comparator<ObjectNode> byValue =
          ResourceComparator.of(
                  REGISTRY,
                  USERS,
                  q.sortBy(),
                  q.descending() ? SortOrder.DESCENDING : SortOrder.ASCENDING)
              .onTrees();
      all.sort((a, b) -> byValue.compare((ObjectNode) a, (ObjectNode) b));
    }
    return all.stream().map(r -> r.get("id").stringValue()).toList();
  }

  /** Sorted unpaged, paged by index and walked by cursor, the store answers like the oracle. */
  void assertSameOrder(Query q) {
    List<String> expected = expected(q);
    assertThat(KeysetPagingTest.ids(json(scim.get("/Users?count=1000" + q.parameters()))))
        .as("unpaged " + q)
        .isEqualTo(expected);
    assertThat(KeysetPagingTest.walk(scim, q.pageSize(), q.parameters()))
        .as("cursor " + q)
        .isEqualTo(expected);
    int start = Math.min(expected.size(), q.pageSize());
    List<String> page =
        KeysetPagingTest.ids(
            json(
                scim.get(
                    "/Users?startIndex="
                        + (start + 1)
                        + "&count="
                        + q.pageSize()
                        + q.parameters())));
    assertThat(page)
        .as("index page " + q)
        .isEqualTo(expected.subList(start, Math.min(expected.size(), start + q.pageSize())));
  }
}
