package io.scimworks.store.jdbc;

import static io.scimworks.store.jdbc.Client.encode;
import static io.scimworks.store.jdbc.Client.json;
import static io.scimworks.store.jdbc.Client.quote;
import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.server.ScimResponse;
import io.scimworks.server.memory.InMemoryRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import tools.jackson.databind.JsonNode;

/**
 * One data set, loaded into a JDBC store and into the in-memory repository, and the generated
 * filters both must answer alike. The data set is generated from a fixed seed: unicode and case
 * variants, missing and null attributes, multi-valued emails.
 */
final class FilterEquivalence {
  /** Values that collide or nearly collide under case folding. */
  static final List<String> VALUES =
      List.of(
          "alice",
          "ALICE",
          "Alice",
          "straße",
          "STRASSE",
          "strasse",
          "İstanbul",
          "istanbul",
          "ıstanbul",
          "ǅemal",
          "ǆemal",
          "ΣΊΣΥΦΟΣ",
          "σίσυφος",
          "\u212Aelvin",
          "kelvin",
          "😀smile",
          "😀SMILE",
          "",
          "x'y",
          "a\"b",
          "100%",
          "a_b",
          "back\\slash");

  final Client jdbc;
  final Client memory;

  FilterEquivalence(JdbcStore store) {
    this.jdbc = Client.of(store.users(), store.groups());
    this.memory = Client.of(InMemoryRepository.forUsers(), InMemoryRepository.forGroups());
    Random random = new Random(20261202L);
    for (int i = 0; i < 60; i++) {
      String body = user(random, i);
      ScimResponse a = jdbc.post("/Users", body);
      ScimResponse b = memory.post("/Users", body);
      assertThat(a.status()).as(body + " " + a.bodyText()).isEqualTo(b.status());
    }
  }

  private static String user(Random random, int i) {
    StringBuilder b =
        new StringBuilder("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"]");
    b.append(",\"userName\":").append(quote(pick(random) + "#" + i));
    optional(b, random, "externalId");
    optional(b, random, "displayName");
    optional(b, random, "title");
    if (random.nextBoolean()) {
      b.append(",\"emails\":[");
      int n = 1 + random.nextInt(3);
      for (int e = 0; e < n; e++) {
        b.append(e == 0 ? "" : ",")
            .append("{\"value\":")
            .append(quote(pick(random) + "@x.org"))
            .append(",\"type\":")
            .append(quote(random.nextBoolean() ? "work" : "home"))
            .append('}');
      }
      b.append(']');
    }
    return b.append('}').toString();
  }

  private static void optional(StringBuilder b, Random random, String name) {
    switch (random.nextInt(4)) {
      case 0 -> {} // missing
      case 1 -> b.append(",\"").append(name).append("\":null");
      default -> b.append(",\"").append(name).append("\":").append(quote(pick(random)));
    }
  }

  private static String pick(Random random) {
    return VALUES.get(random.nextInt(VALUES.size()));
  }

  /** Filters over the data set: SQL-answered leaves, in-memory ones, and/or/not. */
  static Arbitrary<String> filters() {
    return Arbitraries.lazyOf(FilterEquivalence::leaf, FilterEquivalence::leaf, () -> combined());
  }

  private static Arbitrary<String> combined() {
    Arbitrary<String> sub = filters();
    return Arbitraries.oneOf(
        Combinators.combine(sub, sub).as((a, b) -> "(" + a + ") and (" + b + ")"),
        Combinators.combine(sub, sub).as((a, b) -> "(" + a + ") or (" + b + ")"),
        sub.map(a -> "not (" + a + ")"));
  }

  private static Arbitrary<String> leaf() {
    Arbitrary<String> value = Arbitraries.of(VALUES).map(Client::quote);
    Arbitrary<String> attr = Arbitraries.of("userName", "USERNAME", "externalId", "displayName");
    Arbitrary<String> op = Arbitraries.of("eq", "ne", "EQ", "co", "sw", "ew");
    return Arbitraries.oneOf(
        Combinators.combine(attr, op, value).as((a, o, v) -> a + " " + o + " " + v),
        Combinators.combine(attr, Arbitraries.of("eq", "ne")).as((a, o) -> a + " " + o + " null"),
        attr.map(a -> a + " pr"),
        value.map(v -> "title co " + v),
        value.map(v -> "emails[value sw " + v + "]"),
        Arbitraries.of(
            "meta.created gt \"2000-01-01T00:00:00Z\"",
            "meta.lastModified le \"2000-01-01T00:00:00+02:00\"",
            "meta.created lt \"2999-01-01T00:00:00.000001Z\""));
  }

  /** Asserts that both stores answer {@code filter} alike: members, order, total and a page. */
  void assertSameAnswer(String filter) {
    String sorted = "/Users?sortBy=userName&count=1000&filter=" + encode(filter);
    JsonNode expected = json(memory.get(sorted));
    JsonNode actual = json(jdbc.get(sorted));
    assertThat(actual.get("totalResults")).as(filter).isEqualTo(expected.get("totalResults"));
    assertThat(names(actual)).as(filter).isEqualTo(names(expected));
    String paged = "/Users?startIndex=3&count=4&filter=" + encode(filter);
    JsonNode page = json(jdbc.get(paged));
    JsonNode oraclePage = json(memory.get(paged));
    assertThat(page.get("totalResults")).as(filter).isEqualTo(oraclePage.get("totalResults"));
    assertThat(page.get("Resources").size())
        .as(filter)
        .isEqualTo(oraclePage.get("Resources").size());
    assertThat(names(expected)).as(filter).containsAll(names(page));
  }

  private static List<String> names(JsonNode list) {
    List<String> out = new ArrayList<>();
    if (list.has("Resources")) {
      list.get("Resources").forEach(r -> out.add(r.get("userName").stringValue()));
    }
    return out;
  }
}
