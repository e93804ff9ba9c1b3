package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A schema's URN on its own in {@code attributes} or {@code excludedAttributes} (RFC 7644 §3.4.2.5,
 * §3.10) names every attribute of that schema: the core schema's URN each core attribute, an
 * extension's URN the whole extension object. Attribute names in the full notation ({@code
 * urn:...:User:groups}) are the same attributes as the short ones, also for a user's computed
 * {@code groups}. The same for a read, a list, a search and the response to a write.
 */
class SchemaUrnAttributesTest {
  private static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:User";
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private static final String BODY =
      "{\"schemas\":[\""
          + CORE
          + "\",\""
          + ENTERPRISE
          + "\"],\"userName\":\"urn.user\",\"externalId\":\"ext-1\","
          + "\"name\":{\"givenName\":\"Ursula\"},\"emails\":[{\"value\":\"u@example.com\"}],"
          + "\"password\":\"Secret-123\",\""
          + ENTERPRISE
          + "\":{\"department\":\"R&D\"}}";

  private final Scim scim = Servers.client();
  private String id;

  @BeforeEach
  void aUserInAGroup() {
    id = Scim.json(scim.post("/Users", BODY)).get("id").asString();
    String g = scim.createGroup("Readers");
    scim.patch(
        "/Groups/" + g,
        Scim.patchOp(
            "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + id + "\"}]}"));
  }

  @Test
  void theCoreSchemasUrnReturnsEveryCoreAttribute() {
    for (JsonNode user : responses("attributes=" + CORE)) {
      assertThat(names(user))
          .containsExactlyInAnyOrder("schemas", "id", "userName", "name", "emails", "groups");
    }
  }

  @Test
  void theResponseToACreateFollowsTheSameRule() {
    String body = BODY.replace("urn.user", "urn.other");
    ScimResponse r =
        scim.post("/Users?attributes=" + URLEncoder.encode(CORE, StandardCharsets.UTF_8), body);
    assertThat(r.status()).as(r.bodyText()).isEqualTo(201);
    assertThat(names(Scim.json(r)))
        .containsExactlyInAnyOrder("schemas", "id", "userName", "name", "emails");
  }

  @Test
  void theCoreSchemasUrnBesideAnExtensionsReturnsBoth() {
    for (JsonNode user : responses("attributes=" + CORE + "," + ENTERPRISE)) {
      assertThat(names(user))
          .containsExactlyInAnyOrder(
              "schemas", "id", "userName", "name", "emails", "groups", ENTERPRISE);
    }
  }

  @Test
  void anExtensionsUrnReturnsTheWholeExtension() {
    for (JsonNode user : responses("attributes=" + ENTERPRISE)) {
      assertThat(names(user)).containsExactlyInAnyOrder("schemas", "id", ENTERPRISE);
      assertThat(user.get(ENTERPRISE).get("department").asString()).isEqualTo("R&D");
    }
  }

  @Test
  void excludingTheCoreSchemasUrnLeavesTheOtherSchemasAndTheCommonAttributes() {
    for (JsonNode user : responses("excludedAttributes=" + CORE)) {
      assertThat(names(user))
          .containsExactlyInAnyOrder("schemas", "id", "externalId", "meta", ENTERPRISE);
    }
  }

  @Test
  void excludingAnExtensionsUrnLeavesItOut() {
    for (JsonNode user : responses("excludedAttributes=" + ENTERPRISE)) {
      assertThat(names(user)).doesNotContain(ENTERPRISE).contains("userName", "groups", "meta");
    }
  }

  @Test
  void aUsersGroupsNamedInFullAreTheGroups() {
    for (JsonNode user : responses("attributes=" + CORE + ":groups")) {
      assertThat(names(user)).containsExactlyInAnyOrder("schemas", "id", "groups");
      assertThat(user.get("groups").get(0).get("display").asString()).isEqualTo("Readers");
    }
    for (JsonNode user : responses("attributes=" + CORE + ":groups.display")) {
      assertThat(names(user.get("groups").get(0))).containsExactly("display");
    }
    for (JsonNode user : responses("excludedAttributes=" + CORE + ":groups")) {
      assertThat(names(user)).doesNotContain("groups").contains("userName");
    }
  }

  @Test
  void aSchemasUrnIsNoAttributeToSortBy() {
    // it read as an unknown attribute "User" of the URN's prefix, and the list came back unsorted
    for (String sortBy : List.of(CORE, ENTERPRISE, ENTERPRISE.toUpperCase(java.util.Locale.ROOT))) {
      String q = "?sortBy=" + URLEncoder.encode(sortBy, StandardCharsets.UTF_8);
      for (ScimResponse r :
          List.of(
              scim.get("/Users" + q),
              scim.post(
                  "/.search",
                  "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                      + "\"sortBy\":\""
                      + sortBy
                      + "\"}"))) {
        assertThat(r.status()).as(sortBy).isEqualTo(400);
        JsonNode error = Scim.json(r);
        assertThat(error.get("scimType").asString()).isEqualTo("invalidValue");
        assertThat(error.get("detail").asString()).contains("name one of its attributes");
      }
    }
    assertThat(scim.get("/Users?sortBy=" + ENTERPRISE + ":department").status()).isEqualTo(200);
  }

  /**
   * The user as a read, a list, a per-type and a root search, and the responses to a PUT and a
   * PATCH give it with {@code query} ({@code name=value}, the value not yet encoded).
   */
  private List<JsonNode> responses(String query) {
    int eq = query.indexOf('=');
    String name = query.substring(0, eq);
    String value = query.substring(eq + 1);
    String q = name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    List<JsonNode> out = new ArrayList<>();
    out.add(ok(scim.get("/Users/" + id + "?" + q)));
    out.add(ok(scim.get("/Users?filter=userName+eq+%22urn.user%22&" + q)).get("Resources").get(0));
    StringBuilder list = new StringBuilder();
    for (String v : value.split(",")) {
      list.append(list.length() == 0 ? "" : ",").append('"').append(v).append('"');
    }
    String search =
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
            + "\"filter\":\"userName eq \\\"urn.user\\\"\",\""
            + name
            + "\":["
            + list
            + "]}";
    out.add(ok(scim.post("/Users/.search", search)).get("Resources").get(0));
    out.add(ok(scim.post("/.search", search)).get("Resources").get(0));
    out.add(ok(scim.put("/Users/" + id + "?" + q, BODY)));
    out.add(
        ok(
            scim.patch(
                "/Users/" + id + "?" + q,
                Scim.patchOp(
                    "{\"op\":\"replace\",\"path\":\"name.givenName\",\"value\":\"Ursula\"}"))));
    return out;
  }

  private static JsonNode ok(ScimResponse r) {
    assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
    return Scim.json(r);
  }

  private static List<String> names(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.propertyNames().forEach(out::add);
    return out;
  }
}
