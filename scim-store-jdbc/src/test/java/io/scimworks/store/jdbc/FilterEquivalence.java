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
  static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  /** Values that collide or nearly collide under case folding, and SQL/JSON/regex syntax. */
  static final List<String> VALUES =
      List.of(
          "alice",
          "ALICE",
          "Alice",
          "straße",
          "STRASSE",
          "strasse",
          "ſam",
          "SAM",
          "İstanbul",
          "istanbul",
          "ıstanbul",
          "ǅemal",
          "ǆemal",
          "ΣΊΣΥΦΟΣ",
          "σίσυφος",
          "σίσυφοσ",
          "\u212Aelvin",
          "kelvin",
          "😀smile",
          "😀SMILE",
          "\uFFFDz",
          "",
          "x'y",
          "a\"b",
          "100%",
          "a_b",
          "back\\slash",
          "' OR '1'='1",
          "x'); DELETE FROM scim_resource; --",
          "/* c */",
          "$.userName",
          "@ == \"x\" || true",
          ".*",
          "[a-z]^$",
          "\\U00000041");

  /** What filters compare with: the data's values, pieces of them, and values no row holds. */
  static final List<String> FILTER_VALUES;

  static {
    List<String> v = new ArrayList<>(VALUES);
    v.addAll(
        List.of("a", "s", "S", "i", "σ", "ς", "K", "@x.org", "#1", "a\u0000b", "%", "_", "\\"));
    FILTER_VALUES = List.copyOf(v);
  }

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
    int extension = random.nextInt(3); // none, object, declared in schemas only
    StringBuilder b =
        new StringBuilder("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"");
    if (extension > 0) {
      b.append(",\"").append(ENTERPRISE).append('"');
    }
    b.append("],\"userName\":").append(quote(pick(random) + "#" + i));
    optional(b, random, "externalId");
    optional(b, random, "displayName");
    optional(b, random, "title");
    switch (random.nextInt(3)) {
      case 0 -> {}
      case 1 -> b.append(",\"active\":").append(random.nextBoolean());
      default -> b.append(",\"active\":null");
    }
    if (random.nextBoolean()) {
      b.append(",\"name\":{\"givenName\":\"g\"");
      optional(b, random, "familyName");
      b.append('}');
    }
    if (random.nextBoolean()) {
      b.append(",\"emails\":[");
      int n = 1 + random.nextInt(3);
      for (int e = 0; e < n; e++) {
        b.append(e == 0 ? "{" : ",{")
            .append("\"value\":")
            .append(quote(pick(random) + "@x.org"))
            .append(",\"type\":")
            .append(quote(random.nextBoolean() ? "work" : "home"));
        if (random.nextInt(3) == 0) {
          b.append(",\"primary\":true");
        }
        b.append('}');
      }
      b.append(']');
    }
    if (extension == 1) {
      b.append(",\"").append(ENTERPRISE).append("\":{\"department\":\"d\"");
      optional(b, random, "employeeNumber");
      if (random.nextBoolean()) {
        b.append(",\"manager\":{\"value\":").append(quote(pick(random))).append('}');
      }
      b.append('}');
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

  /** Filters over the data set: every operator, value paths, and/or/not. */
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

  private static final List<String> STRING_ATTRIBUTES =
      List.of(
          "userName",
          "USERNAME",
          "externalId",
          "displayName",
          "title",
          "name.familyName",
          "NAME.GIVENNAME",
          "emails",
          "emails.value",
          "emails.type",
          ENTERPRISE + ":employeeNumber",
          ENTERPRISE + ":manager.value",
          ENTERPRISE + ":manager",
          "employeeNumber");

  private static Arbitrary<String> value() {
    return Arbitraries.of(FILTER_VALUES).map(Client::quote);
  }

  private static Arbitrary<String> leaf() {
    Arbitrary<String> attr = Arbitraries.of(STRING_ATTRIBUTES);
    Arbitrary<String> op =
        Arbitraries.of("eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le", "EQ", "Co");
    return Arbitraries.oneOf(
        Combinators.combine(attr, op, value()).as((a, o, v) -> a + " " + o + " " + v),
        Combinators.combine(attr, Arbitraries.of("eq", "ne")).as((a, o) -> a + " " + o + " null"),
        Arbitraries.of(STRING_ATTRIBUTES).map(a -> a + " pr"),
        Arbitraries.of(
            "name pr",
            "emails pr",
            "active pr",
            "active eq true",
            "active ne false",
            "emails.primary eq true",
            "emails.primary ne true",
            "meta.created gt \"2000-01-01T00:00:00Z\"",
            "meta.lastModified le \"2000-01-01T00:00:00+02:00\"",
            "meta.created lt \"2999-01-01T00:00:00.000001Z\""),
        Combinators.combine(innerLeaf(), innerLeaf(), Arbitraries.of(" and ", " or "))
            .as((a, b, j) -> "emails[" + a + j + b + "]"),
        innerLeaf().map(a -> "emails[not (" + a + ")]"),
        value().map(v -> ENTERPRISE + ":manager[value sw " + v + "]"));
  }

  private static Arbitrary<String> innerLeaf() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "type eq \"work\"", "type ne \"WORK\"", "primary eq true", "value pr", "type pr"),
        Combinators.combine(Arbitraries.of("eq", "ne", "co", "sw", "ew", "gt"), value())
            .as((o, v) -> "value " + o + " " + v));
  }

  /** Asserts that both stores answer {@code filter} alike: members, order, total and a page. */
  void assertSameAnswer(String filter) {
    String sorted = "/Users?sortBy=userName&count=1000&filter=" + encode(filter);
    ScimResponse oracle = memory.get(sorted);
    ScimResponse answer = jdbc.get(sorted);
    assertThat(answer.status()).as(filter + " " + answer.bodyText()).isEqualTo(oracle.status());
    if (oracle.status() != 200) {
      assertThat(json(answer).get("scimType")).as(filter).isEqualTo(json(oracle).get("scimType"));
      return;
    }
    JsonNode expected = json(oracle);
    JsonNode actual = json(answer);
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
