package io.scimworks.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A Spring Boot application with the starter and two repository beans, over real HTTP: what Entra
 * ID and Okta send, bad input, and what Actuator shows.
 */
class StarterEndpointTest {
  private static final String USER =
      "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],";

  private static final String TOKEN = "entra-secret-token";
  private static final String NEXT_TOKEN = "rotated-secret-token";
  private static ConfigurableApplicationContext app;
  private static String root;
  private static Http scim;

  @BeforeAll
  static void start() {
    app =
        BootApps.start(
            BootApps.WorkspaceApp.class,
            "scimworks.tokens=" + TOKEN + "," + NEXT_TOKEN,
            "scimworks.max-results=50");
    root = BootApps.baseUrl(app);
    scim = Http.bearer(root + "/scim/v2", TOKEN);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void entraTestConnectionFindsNoUserAndAnswersAnEmptyListResponse() {
    Http.Reply r = scim.get("/Users?filter=userName+eq+%22" + UUID.randomUUID() + "%22");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("application/scim+json");
    assertThat(r.json().get("totalResults").asInt()).isZero();
    assertThat(r.json().get("Resources").isArray()).isTrue();
  }

  @Test
  void entraProvisioningRunCreatesMatchesUpdatesDisablesAndDeletesAUser() {
    String userName = "alice-" + UUID.randomUUID() + "@contoso.com";
    Http.Reply created =
        scim.post(
            "/Users",
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
              "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
             "externalId":"a1","userName":"%s","active":true,"displayName":"Alice",
             "emails":[{"primary":true,"type":"work","value":"%s"}],
             "name":{"formatted":"Alice A","familyName":"A","givenName":"Alice"},
             "roles":[],"meta":{"resourceType":"User"}}
            """
                .formatted(userName, userName));
    assertThat(created.status()).isEqualTo(201);
    String id = created.json().get("id").asString();
    assertThat(created.header("Location")).isEqualTo(root + "/scim/v2/Users/" + id);
    assertThat(created.json().at("/meta/location").asString())
        .isEqualTo(created.header("Location"));

    Http.Reply duplicate = scim.post("/Users", USER + "\"userName\":\"" + userName + "\"}");
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.json().get("scimType").asString()).isEqualTo("uniqueness");

    Http.Reply match = scim.get("/Users?filter=userName+eq+%22" + userName.toUpperCase() + "%22");
    assertThat(match.json().get("totalResults").asInt()).isEqualTo(1);

    Http.Reply patched =
        scim.patch(
            "/Users/" + id,
            """
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
              {"op":"Replace","path":"displayName","value":"Alice B"},
              {"op":"Add","path":"emails[type eq \\"work\\"].value","value":"b@contoso.com"},
              {"op":"Replace","path":"active","value":"False"}]}
            """);
    assertThat(patched.status()).isIn(200, 204);
    JsonNode after = scim.get("/Users/" + id).json();
    assertThat(after.get("displayName").asString()).isEqualTo("Alice B");
    assertThat(after.get("active").asBoolean()).isFalse();
    assertThat(after.get("emails")).hasSize(1);

    assertThat(scim.delete("/Users/" + id).status()).isEqualTo(204);
    assertThat(scim.delete("/Users/" + id).status()).isEqualTo(404);
  }

  @Test
  void entraGroupRunAddsAndRemovesExactlyTheNamedMembers() {
    String a = createUser("m1-" + UUID.randomUUID());
    String b = createUser("m2-" + UUID.randomUUID());
    Http.Reply group =
        scim.post(
            "/Groups",
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group",
              "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group"],
             "externalId":"g1","displayName":"Engineering %s"}
            """
                .formatted(UUID.randomUUID()));
    assertThat(group.status()).isEqualTo(201);
    String gid = group.json().get("id").asString();

    String members =
        "[{\"$ref\":null,\"value\":\"" + a + "\"},{\"$ref\":null,\"value\":\"" + b + "\"}]";
    assertThat(patchOp(gid, "Add", members).status()).isIn(200, 204);
    assertThat(patchOp(gid, "Remove", "[{\"$ref\":null,\"value\":\"" + a + "\"}]").status())
        .isIn(200, 204);

    JsonNode g = scim.get("/Groups/" + gid).json();
    assertThat(g.get("members")).hasSize(1);
    assertThat(g.get("members").get(0).get("value").asString()).isEqualTo(b);
    assertThat(scim.get("/Groups/" + gid + "?excludedAttributes=members").json().has("members"))
        .isFalse();
  }

  @Test
  void oktaPagesUsersAndDeactivatesWithANoPathReplace() {
    String id = createUser("okta-" + UUID.randomUUID());
    Http.Reply page = scim.get("/Users?startIndex=1&count=2");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.json().get("startIndex").asInt()).isEqualTo(1);
    assertThat(page.json().get("itemsPerPage").asInt()).isLessThanOrEqualTo(2);

    Http.Reply deactivated =
        scim.patch(
            "/Users/" + id,
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":false}}]}");
    assertThat(deactivated.status()).isIn(200, 204);
    Http.Reply found = scim.get("/Users?filter=active%20eq%20false");
    assertThat(found.body()).contains(id);
  }

  @Test
  void aRotatedTokenIsAcceptedAndAWrongOneGetsAScimError() {
    assertThat(Http.bearer(root + "/scim/v2", NEXT_TOKEN).get("/Users").status()).isEqualTo(200);

    Http.Reply wrong = Http.bearer(root + "/scim/v2", "guess").get("/Users");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json().get("schemas").get(0).asString())
        .isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
    assertThat(Http.bearer(root + "/scim/v2", null).get("/Users").status()).isEqualTo(401);
  }

  @Test
  void badInputIsAScimErrorNeverA500() {
    Http.Reply filter = scim.get("/Users?filter=userName+eq");
    assertThat(filter.status()).isEqualTo(400);
    assertThat(filter.json().get("scimType").asString()).isEqualTo("invalidFilter");
    assertThat(filter.json().get("status").asString()).isEqualTo("400");

    Http.Reply json = scim.post("/Users", USER + "\"userName\":");
    assertThat(json.status()).isEqualTo(400);

    Http.Reply type =
        scim.post("/Users", USER + "\"userName\":\"x\",\"userType\":\"User\",\"name\":7}");
    assertThat(type.status()).isEqualTo(400);

    Http.Reply unknown = scim.get("/Nothing/here");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.header("Content-Type")).startsWith("application/scim+json");

    Http.Reply big =
        scim.post("/Users", USER + "\"userName\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}");
    assertThat(big.status()).isEqualTo(413);
  }

  @Test
  void maxResultsPropertyCapsThePageSize() {
    for (int i = 0; i < 3; i++) {
      createUser("cap-" + UUID.randomUUID());
    }
    Http.Reply page = scim.get("/Users?count=1000");
    assertThat(page.json().get("itemsPerPage").asInt()).isLessThanOrEqualTo(50);
    JsonNode config = scim.get("/ServiceProviderConfig").json();
    assertThat(config.at("/filter/maxResults").asInt()).isEqualTo(50);
  }

  @Test
  void actuatorShowsRepositoryHealthAndRequestMetricsButStaysProtected() {
    scim.get("/Users?filter=userName+eq+%22nobody%22");
    Http admin = Http.basic(root, "admin", BootApps.ADMIN_PASSWORD);

    Http.Reply health = admin.get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    JsonNode scimHealth = health.json().at("/components/scimworks");
    assertThat(scimHealth.get("status").asString()).isEqualTo("UP");
    assertThat(scimHealth.at("/details/User").asString()).isEqualTo("UP");
    assertThat(scimHealth.at("/details/Group").asString()).isEqualTo("UP");

    Http.Reply requests =
        admin.get("/actuator/metrics/scimworks.requests?tag=resource:Users&tag=method:GET");
    assertThat(requests.status()).isEqualTo(200);
    assertThat(requests.json().at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(1);

    createUser("audited-" + UUID.randomUUID());
    Http.Reply audit =
        admin.get(
            "/actuator/metrics/scimworks.audit.events?tag=operation:create&tag=outcome:success");
    assertThat(audit.status()).isEqualTo(200);

    assertThat(Http.bearer(root, TOKEN).get("/actuator/metrics").status()).isEqualTo(401);
  }

  @Test
  void metricsCountFilterEvaluationAndPatchOperations() {
    String id = createUser("metered-" + UUID.randomUUID());
    scim.get("/Users?filter=userName+eq+%22metered%22");
    scim.get("/Users?filter=title+co+%22engineer%22+or+displayName+sw+%22U%22");
    scim.patch(
        "/Users/" + id,
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
            + "{\"op\":\"replace\",\"path\":\"title\",\"value\":\"a\"},"
            + "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"b\"}]}");
    Http admin = Http.basic(root, "admin", BootApps.ADMIN_PASSWORD);

    JsonNode searches =
        admin.get("/actuator/metrics/scimworks.search.filter?tag=resource:User").json();
    assertThat(searches.at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(2);
    assertThat(searches.get("availableTags").toString()).contains("evaluation");

    JsonNode ops =
        admin.get("/actuator/metrics/scimworks.patch.operations?tag=resource:User").json();
    assertThat(ops.at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void hostilePathsDoNotCreateNewMeters() {
    for (int i = 0; i < 5; i++) {
      scim.get("/Random" + UUID.randomUUID());
    }
    Http admin = Http.basic(root, "admin", BootApps.ADMIN_PASSWORD);
    JsonNode tags = admin.get("/actuator/metrics/scimworks.requests").json().get("availableTags");
    for (JsonNode tag : tags) {
      if (tag.get("tag").asString().equals("resource")) {
        assertThat(tag.get("values"))
            .allSatisfy(v -> assertThat(v.asString()).doesNotStartWith("Random"));
      }
    }
  }

  private String createUser(String userName) {
    Http.Reply r =
        scim.post("/Users", USER + "\"userName\":\"" + userName + "\",\"displayName\":\"U\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("id").asString();
  }

  private Http.Reply patchOp(String groupId, String op, String value) {
    return scim.send(
        "PATCH",
        "/Groups/" + groupId,
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\""
            + op
            + "\",\"path\":\"members\",\"value\":"
            + value
            + "}]}",
        Map.of());
  }
}
