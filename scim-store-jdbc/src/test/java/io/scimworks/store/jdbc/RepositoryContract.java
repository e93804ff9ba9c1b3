package io.scimworks.store.jdbc;

import static io.scimworks.store.jdbc.Client.encode;
import static io.scimworks.store.jdbc.Client.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.server.ScimResponse;
import io.scimworks.server.spi.RequestContext;
import io.scimworks.server.spi.ScimPrincipal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What every database under the store must do, asserted through a real {@code ScimServer}. */
abstract class RepositoryContract {
  abstract TestDatabases.Db db();

  final JdbcStore store = TestDatabases.store(db());
  final Client scim = Client.of(store.users(), store.groups());

  @org.junit.jupiter.api.AfterEach
  void closeH2() {
    if (db() == TestDatabases.Db.H2) {
      store.close();
    }
  }

  @Test
  void aUserIsCreatedReadReplacedAndDeletedWithANewVersionOnEveryWrite() {
    ScimResponse created = scim.post("/Users", Client.user("alice", "ext-1"));
    assertThat(created.status()).isEqualTo(201);
    String id = json(created).get("id").stringValue();
    String etag = created.header("ETag");
    ScimResponse read = scim.get("/Users/" + id);
    assertThat(json(read).get("userName").stringValue()).isEqualTo("alice");
    assertThat(read.header("ETag")).isEqualTo(etag);
    ScimResponse replaced = scim.put("/Users/" + id, Client.user("alice2", "ext-1"));
    assertThat(replaced.status()).isEqualTo(200);
    assertThat(replaced.header("ETag")).isNotEqualTo(etag);
    assertThat(json(scim.get("/Users/" + id)).get("userName").stringValue()).isEqualTo("alice2");
    assertThat(scim.delete("/Users/" + id).status()).isEqualTo(204);
    assertThat(scim.get("/Users/" + id).status()).isEqualTo(404);
    assertThat(scim.delete("/Users/" + id).status()).isEqualTo(404);
  }

  @Test
  void userNameIsUniqueIgnoringCaseWithinATenantOnly() {
    scim.createUser("Bob.Jensen@example.com");
    ScimResponse dup = scim.post("/Users", Client.user("bob.jensen@EXAMPLE.com", null));
    assertThat(dup.status()).isEqualTo(409);
    assertThat(json(dup).get("scimType").stringValue()).isEqualTo("uniqueness");
    Client otherTenant = Client.of(store.users(), store.groups());
    assertThat(otherTenant.post("/Users", Client.user("bob.jensen@example.com", null)).status())
        .isEqualTo(201);
    assertThat(json(otherTenant.get("/Users")).get("totalResults").intValue()).isEqualTo(1);
  }

  @Test
  void aRenameFreesTheOldUserNameAndTakesTheNewOneAtomically() {
    String a = scim.createUser("first");
    scim.createUser("second");
    assertThat(scim.put("/Users/" + a, Client.user("SECOND", null)).status()).isEqualTo(409);
    assertThat(json(scim.get("/Users/" + a)).get("userName").stringValue()).isEqualTo("first");
    assertThat(scim.put("/Users/" + a, Client.user("third", null)).status()).isEqualTo(200);
    assertThat(scim.post("/Users", Client.user("First", null)).status()).isEqualTo(201);
  }

  @Test
  void aStaleIfMatchIs412AndChangesNothing() {
    ScimResponse created = scim.post("/Users", Client.user("carol", null));
    String id = json(created).get("id").stringValue();
    String etag = created.header("ETag");
    scim.put("/Users/" + id, Client.user("carol2", null));
    ScimResponse stale =
        scim.server.handle(
            io.scimworks.server.ScimRequest.of(
                "PUT",
                "/Users/" + id,
                Map.of(
                    "Authorization", List.of("Bearer " + Client.TOKEN),
                    "Content-Type", List.of("application/scim+json"),
                    "If-Match", List.of(etag)),
                Client.user("carol3", null)));
    assertThat(stale.status()).isEqualTo(412);
    assertThat(json(scim.get("/Users/" + id)).get("userName").stringValue()).isEqualTo("carol2");
  }

  @Test
  void userNameMatchesIgnoringCaseAndExternalIdExactly() {
    scim.post("/Users", Client.user("Dave@Example.com", "EXT-9"));
    assertThat(total("userName eq \"dave@example.COM\"")).isEqualTo(1);
    assertThat(total("externalId eq \"EXT-9\"")).isEqualTo(1);
    assertThat(total("externalId eq \"ext-9\"")).isZero();
    assertThat(total("userName ne \"dave@example.com\"")).isZero();
    assertThat(total("not (externalId eq \"ext-9\")")).isEqualTo(1);
  }

  @Test
  void pagesCarryTheTotalAndWalkEveryUserOnce() {
    for (int i = 0; i < 7; i++) {
      scim.createUser("page" + i);
    }
    JsonNode page = json(scim.get("/Users?startIndex=4&count=3"));
    assertThat(page.get("totalResults").intValue()).isEqualTo(7);
    assertThat(page.get("Resources")).hasSize(3);
    JsonNode filtered =
        json(scim.get("/Users?count=2&startIndex=2&filter=" + encode("userName ne \"page1\"")));
    assertThat(filtered.get("totalResults").intValue()).isEqualTo(6);
    assertThat(filtered.get("Resources")).hasSize(2);
    Set<String> seen = new HashSet<>();
    String cursor = "";
    while (cursor != null) {
      JsonNode p = json(scim.get("/Users?count=3&cursor=" + cursor));
      p.get("Resources").forEach(r -> assertThat(seen.add(r.get("id").stringValue())).isTrue());
      cursor = p.has("nextCursor") ? p.get("nextCursor").stringValue() : null;
    }
    assertThat(seen).hasSize(7);
  }

  @Test
  void aFilterPartlyAnsweredInSqlIsFinishedExactly() {
    scim.post(
        "/Users",
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"erin\","
            + "\"title\":\"Chief Tea Officer\",\"emails\":[{\"value\":\"erin@x.org\",\"type\":\"work\"}]}");
    scim.createUser("frank");
    assertThat(total("userName eq \"ERIN\" and title co \"tea\"")).isEqualTo(1);
    assertThat(total("userName eq \"erin\" and title co \"coffee\"")).isZero();
    assertThat(total("emails[type eq \"work\" and value ew \"@X.ORG\"]")).isEqualTo(1);
    assertThat(total("title pr or userName eq \"frank\"")).isEqualTo(2);
    assertThat(names("/Users?sortBy=userName&sortOrder=descending"))
        .containsExactly("frank", "erin");
  }

  @Test
  void membershipsAreIndexedAndADeletedUserLeavesItsGroups() {
    String u = scim.createUser("gina");
    String g = scim.createGroup("Readers");
    assertThat(scim.patch("/Groups/" + g, Client.addMember(u)).status()).isIn(200, 204);
    JsonNode groups = json(scim.get("/Users/" + u)).get("groups");
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).get("value").stringValue()).isEqualTo(g);
    assertThat(
            json(scim.get("/Groups?filter=" + encode("members.value eq \"" + u + "\"")))
                .get("totalResults")
                .intValue())
        .isEqualTo(1);
    assertThat(scim.delete("/Users/" + u).status()).isEqualTo(204);
    JsonNode members = json(scim.get("/Groups/" + g)).get("members");
    assertThat(members == null || members.isEmpty()).isTrue();
  }

  @Test
  void aMultiValuedAttributeWithoutValuesIsStoredAndReturnedUnassignedAndPrAgrees() {
    String tenant = "t-" + java.util.UUID.randomUUID();
    Client c = Client.of(store.users(), store.groups(), tenant, null);
    RequestContext groups = new RequestContext(tenant, ScimPrincipal.ANONYMOUS, "Group");
    RequestContext users = new RequestContext(tenant, ScimPrincipal.ANONYMOUS, "User");
    String u = c.createUser("last");
    String g = c.createGroup("Emptied");
    List<Runnable> removals =
        List.of(
            () -> c.delete("/Users/" + u),
            () -> c.patch("/Groups/" + g, patch("{\"op\":\"remove\",\"path\":\"members\"}")),
            () ->
                c.patch(
                    "/Groups/" + g,
                    patch("{\"op\":\"replace\",\"path\":\"members\",\"value\":[]}")),
            () ->
                c.put(
                    "/Groups/" + g,
                    "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                        + "\"displayName\":\"Emptied\",\"members\":[]}"));
    String member = u;
    for (Runnable removal : removals) {
      if (member == null) {
        member = c.createUser("next" + removals.indexOf(removal));
      }
      assertThat(c.patch("/Groups/" + g, Client.addMember(member)).status()).isIn(200, 204);
      assertThat(json(c.get("/Groups?filter=members+pr")).get("totalResults").intValue())
          .isEqualTo(1);
      removal.run();
      member = null;
      assertThat(store.groups().get(groups, g).resource().has("members")).isFalse();
      assertThat(json(c.get("/Groups/" + g)).has("members")).isFalse();
      assertThat(json(c.get("/Groups?filter=members+pr")).get("totalResults").intValue()).isZero();
      assertThat(json(c.get("/Groups?filter=not+(members+pr)")).get("totalResults").intValue())
          .isEqualTo(1);
    }
    String v = c.createUser("mailer");
    c.patch(
        "/Users/" + v,
        patch("{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"value\":\"m@x\"}]}"));
    assertThat(json(c.get("/Users?filter=emails+pr")).get("totalResults").intValue()).isEqualTo(1);
    c.patch("/Users/" + v, patch("{\"op\":\"replace\",\"path\":\"emails\",\"value\":[]}"));
    assertThat(store.users().get(users, v).resource().has("emails")).isFalse();
    assertThat(json(c.get("/Users?filter=emails+pr")).get("totalResults").intValue()).isZero();
  }

  private static String patch(String operation) {
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
        + operation
        + "]}";
  }

  @Test
  void booleanStringsFindWhatBooleansFindAndMismatchedLiteralsAreInvalidFilters() {
    String on = scim.createUser("on");
    String off = scim.createUser("off");
    scim.patch("/Users/" + off, patch("{\"op\":\"replace\",\"path\":\"active\",\"value\":false}"));
    for (String f : List.of("active eq \"True\"", "active ne \"false\"", "active eq true")) {
      JsonNode found = json(scim.get("/Users?filter=" + encode(f)));
      assertThat(found.get("totalResults").intValue()).as(f).isEqualTo(1);
      assertThat(found.get("Resources").get(0).get("id").stringValue()).isEqualTo(on);
    }
    for (String f : List.of("userName gt 5", "active eq \"yes\"", "meta.created gt 5")) {
      ScimResponse r = scim.get("/Users?filter=" + encode(f));
      assertThat(r.status()).as(f).isEqualTo(400);
      assertThat(json(r).get("scimType").stringValue()).isEqualTo("invalidFilter");
    }
  }

  @Test
  void groupNamesAreUniqueOnlyWhenAsked() {
    scim.createGroup("Team");
    assertThat(scim.post("/Groups", groupBody("team")).status()).isEqualTo(201);
    Client strict = Client.of(store.users(), store.groups(true));
    strict.createGroup("Team");
    ScimResponse dup = strict.post("/Groups", groupBody("TEAM"));
    assertThat(dup.status()).isEqualTo(409);
    assertThat(json(dup).get("scimType").stringValue()).isEqualTo("uniqueness");
  }

  private static String groupBody(String name) {
    return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":"
        + Client.quote(name)
        + "}";
  }

  @Test
  void metaTimestampsFilterAsInstants() {
    String id = scim.createUser("hank");
    String created = json(scim.get("/Users/" + id)).get("meta").get("created").stringValue();
    assertThat(total("meta.created eq \"" + created + "\"")).isEqualTo(1);
    assertThat(total("meta.created gt \"2000-01-01T00:00:00+01:00\"")).isEqualTo(1);
    assertThat(total("meta.lastModified lt \"2000-01-01T00:00:00Z\"")).isZero();
  }

  @Test
  void hostileFilterValuesOnlyChangeTheResult() {
    String[] hostile = {
      "x' OR '1'='1",
      "x\" or userName pr or \"",
      "'; DROP TABLE scim_resource; --",
      "/* comment */",
      "back\\\\slash",
      "\\u0000nul",
      "％ｘ_wild%",
      "$.userName ? (@ like_regex \\\".*\\\")",
      "ｕｓｅｒ",
    };
    scim.createUser("ivy");
    for (String h : hostile) {
      String f = "userName eq \"" + h + "\" or externalId eq \"" + h + "\"";
      ScimResponse r = scim.get("/Users?filter=" + encode(f));
      assertThat(r.status()).as(h).isIn(200, 400);
      if (r.status() == 200) {
        assertThat(json(r).get("totalResults").intValue()).as(h).isZero();
      }
    }
    assertThat(total("userName eq \"ivy\"")).isEqualTo(1);
  }

  @Test
  void valuesWithQuotesAndUnicodeRoundTrip() {
    String name = "o'brien\"; DROP TABLE scim_resource; -- Ωμέγα \uD83D\uDE00";
    String id = scim.createUser(name);
    assertThat(json(scim.get("/Users/" + id)).get("userName").stringValue()).isEqualTo(name);
    assertThat(total("userName eq " + Client.quote(name.toUpperCase(java.util.Locale.ROOT))))
        .isEqualTo(1);
  }

  @Test
  void aLongUserNameIsStoredAndFoundThroughItsHashedKey() {
    String name = "long-" + "x".repeat(3000);
    scim.createUser(name);
    assertThat(total("userName eq \"" + name.toUpperCase(java.util.Locale.ROOT) + "\""))
        .isEqualTo(1);
    assertThat(scim.post("/Users", Client.user(name, null)).status()).isEqualTo(409);
  }

  long total(String filter) {
    ScimResponse r = scim.get("/Users?filter=" + encode(filter));
    assertThat(r.status()).as(filter + " " + r.bodyText()).isEqualTo(200);
    return json(r).get("totalResults").longValue();
  }

  List<String> names(String path) {
    List<String> out = new ArrayList<>();
    json(scim.get(path)).get("Resources").forEach(r -> out.add(r.get("userName").stringValue()));
    return out;
  }

  @Test
  void aStringWithAnUnpairedSurrogateIsTheSame400InvalidValueOnEveryDatabase() {
    String id = scim.createUser("surrogates");
    String lone =
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
            + "\"userName\":\"lone\",\"displayName\":\"a\\ud800\"}";

    ScimResponse post = scim.post("/Users", lone);
    ScimResponse put = scim.put("/Users/" + id, lone.replace("\"lone\"", "\"surrogates\""));
    ScimResponse patch =
        scim.patch(
            "/Users/" + id,
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
                + "{\"op\":\"add\",\"path\":\"title\",\"value\":\"\\udc00\"}]}");
    ScimResponse filter = scim.get("/Users?filter=" + encode("displayName eq \"\\ud800\""));

    for (ScimResponse r : List.of(post, put, patch)) {
      assertThat(r.status()).as(r.bodyText()).isEqualTo(400);
      assertThat(json(r).get("scimType").stringValue()).isEqualTo("invalidValue");
      assertThat(json(r).get("detail").stringValue()).contains("unpaired UTF-16 surrogate");
    }
    assertThat(json(post).get("detail").stringValue()).startsWith("'displayName'");
    assertThat(json(patch).get("detail").stringValue()).startsWith("'Operations[0].value'");
    assertThat(filter.status()).isEqualTo(400);
    assertThat(json(filter).get("scimType").stringValue()).isEqualTo("invalidFilter");
    assertThat(json(scim.get("/Users")).get("totalResults").intValue()).isEqualTo(1);
  }
}
