package io.scimworks.store.jdbc;

import static io.scimworks.store.jdbc.Client.encode;
import static io.scimworks.store.jdbc.Client.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.server.ScimResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * A user's {@code groups}, which the store reads in the statement that reads the user, is what the
 * server computes from the groups' {@code members} for any other store: same values, {@code $ref},
 * {@code display} and {@code type}, same order, after renames and removals, and absent when the
 * request's attributes leave it out.
 */
class MembershipsTest {

  /** A client of the store, and one of the same tenant whose users deliver no memberships. */
  private record Pair(JdbcStore store, Client scim, Client reference) {}

  private static Pair open(TestDatabases.Db db) {
    JdbcStore store = TestDatabases.store(db);
    String tenant = "t-" + UUID.randomUUID();
    Client scim = Client.of(store.users(), store.groups(), tenant, null);
    Client reference = Client.of(new Plain(store.users()), store.groups(), tenant, null);
    return new Pair(store, scim, reference);
  }

  private static void close(TestDatabases.Db db, Pair p) {
    if (db == TestDatabases.Db.H2) {
      p.store().close();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Db.class)
  void aUsersGroupsFollowMembershipsRenamesAndRemovals(TestDatabases.Db db) {
    Pair p = open(db);
    try {
      Client scim = p.scim();
      String u = scim.createUser("member@example.com");
      String other = scim.createUser("other@example.com");
      List<String> groups = new ArrayList<>();
      for (String name : List.of("Readers", "Writers", "Admins")) {
        String g = scim.createGroup(name);
        groups.add(g);
        assertThat(scim.patch("/Groups/" + g, Client.addMember(u)).status()).isIn(200, 204);
      }
      assertThat(scim.patch("/Groups/" + groups.get(0), Client.addMember(other)).status())
          .isIn(200, 204);
      JsonNode g = json(scim.get("/Users/" + u)).get("groups");
      assertThat(g).hasSize(3);
      List<String> ids = new ArrayList<>(groups);
      ids.sort(null);
      for (int i = 0; i < 3; i++) {
        JsonNode ref = g.get(i);
        String id = ids.get(i);
        assertThat(ref.get("value").stringValue()).isEqualTo(id);
        assertThat(ref.get("$ref").stringValue())
            .isEqualTo("http://scim.example.com/scim/v2/Groups/" + id);
        assertThat(ref.get("display").stringValue())
            .isEqualTo(List.of("Readers", "Writers", "Admins").get(groups.indexOf(id)));
        assertThat(ref.get("type").stringValue()).isEqualTo("direct");
      }
      sameAsReference(p, u, other);

      String renamed = groups.get(1);
      assertThat(scim.patch("/Groups/" + renamed, replaceDisplayName("Editors")).status())
          .isIn(200, 204);
      assertThat(displays(json(scim.get("/Users/" + u)).get("groups"))).contains("Editors");
      assertThat(displays(json(scim.get("/Users/" + u)).get("groups"))).doesNotContain("Writers");
      sameAsReference(p, u, other);

      assertThat(scim.patch("/Groups/" + groups.get(0), removeMember(u)).status()).isIn(200, 204);
      assertThat(values(json(scim.get("/Users/" + u)).get("groups")))
          .containsExactlyElementsOf(ids.stream().filter(i -> !i.equals(groups.get(0))).toList());
      assertThat(scim.delete("/Groups/" + groups.get(2)).status()).isEqualTo(204);
      assertThat(values(json(scim.get("/Users/" + u)).get("groups")))
          .containsExactly(groups.get(1));
      sameAsReference(p, u, other);

      assertThat(scim.patch("/Groups/" + groups.get(1), removeMember(u)).status()).isIn(200, 204);
      assertThat(json(scim.get("/Users/" + u)).has("groups")).isFalse();
      sameAsReference(p, u, other);
    } finally {
      close(db, p);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Db.class)
  void groupsAreLeftOutWhenTheRequestsAttributesLeaveThemOut(TestDatabases.Db db) {
    Pair p = open(db);
    try {
      Client scim = p.scim();
      String u = scim.createUser("projected@example.com");
      String g = scim.createGroup("Projected");
      assertThat(scim.patch("/Groups/" + g, Client.addMember(u)).status()).isIn(200, 204);
      String filter = "&filter=" + encode("userName eq \"projected@example.com\"");
      for (String query : List.of("?excludedAttributes=groups", "?attributes=userName")) {
        JsonNode one = json(scim.get("/Users/" + u + query));
        assertThat(one.has("groups")).as(query).isFalse();
        assertThat(one.get("userName").stringValue()).isEqualTo("projected@example.com");
        JsonNode listed = json(scim.get("/Users" + query + filter)).get("Resources").get(0);
        assertThat(listed.has("groups")).as(query).isFalse();
      }
      JsonNode only = json(scim.get("/Users/" + u + "?attributes=groups.display"));
      assertThat(only.get("groups").get(0).get("display").stringValue()).isEqualTo("Projected");
      assertThat(only.get("groups").get(0).has("value")).isFalse();
    } finally {
      close(db, p);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Db.class)
  void aPageOfUsersCarriesEachUsersGroups(TestDatabases.Db db) {
    Pair p = open(db);
    try {
      Client scim = p.scim();
      List<String> users = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        users.add(scim.createUser("paged" + i + "@example.com"));
      }
      for (int g = 0; g < 4; g++) {
        String group = scim.createGroup("Page group " + g);
        for (int i = g; i < users.size(); i += g + 1) {
          assertThat(scim.patch("/Groups/" + group, Client.addMember(users.get(i))).status())
              .isIn(200, 204);
        }
      }
      for (String query :
          List.of(
              "/Users?count=100",
              "/Users?startIndex=3&count=5",
              "/Users?count=100&filter=" + encode("userName sw \"paged1\""),
              "/Users?count=100&filter=" + encode("userName ew \"@example.com\" and active pr"),
              "/Users?count=100&sortBy=meta.created")) {
        assertThat(json(scim.get(query))).as(query).isEqualTo(json(p.reference().get(query)));
      }
      ScimResponse search =
          scim.post(
              "/Users/.search",
              "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                  + "\"count\":100}");
      assertThat(json(search)).isEqualTo(json(p.reference().get("/Users?count=100")));
    } finally {
      close(db, p);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Db.class)
  void deletingAUserRemovesItsMembershipsWrittenInAnotherCase(TestDatabases.Db db) {
    Pair p = open(db);
    try {
      Client scim = p.scim();
      String u = scim.createUser("cased@example.com");
      String stay = scim.createUser("staying@example.com");
      String g = scim.createGroup("Cased");
      String upper = u.toUpperCase(java.util.Locale.ROOT);
      assertThat(scim.patch("/Groups/" + g, Client.addMember(upper)).status()).isIn(200, 204);
      assertThat(scim.patch("/Groups/" + g, Client.addMember(stay)).status()).isIn(200, 204);
      assertThat(values(json(scim.get("/Users/" + u)).get("groups"))).containsExactly(g);
      sameAsReference(p, u, stay);

      assertThat(scim.delete("/Users/" + u).status()).isEqualTo(204);

      JsonNode members = json(scim.get("/Groups/" + g)).get("members");
      assertThat(members).hasSize(1);
      assertThat(members.get(0).get("value").stringValue()).isEqualTo(stay);
      String filter = "?filter=" + encode("members.value eq \"" + u + "\"");
      assertThat(json(scim.get("/Groups" + filter)).get("totalResults").intValue()).isZero();
    } finally {
      close(db, p);
    }
  }

  private static void sameAsReference(Pair p, String... users) {
    for (String u : users) {
      assertThat(json(p.scim().get("/Users/" + u)))
          .isEqualTo(json(p.reference().get("/Users/" + u)));
    }
    assertThat(json(p.scim().get("/Users?count=100")))
        .isEqualTo(json(p.reference().get("/Users?count=100")));
  }

  private static List<String> values(JsonNode groups) {
    List<String> out = new ArrayList<>();
    groups.forEach(g -> out.add(g.get("value").stringValue()));
    return out;
  }

  private static List<String> displays(JsonNode groups) {
    List<String> out = new ArrayList<>();
    groups.forEach(g -> out.add(g.get("display").stringValue()));
    return out;
  }

  private static String replaceDisplayName(String name) {
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
        + "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":"
        + Client.quote(name)
        + "}]}";
  }

  private static String removeMember(String userId) {
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
        + "{\"op\":\"remove\",\"path\":\"members[value eq \\\""
        + userId
        + "\\\"]\"}]}";
  }
}
