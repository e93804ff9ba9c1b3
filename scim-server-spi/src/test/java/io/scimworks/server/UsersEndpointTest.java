package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class UsersEndpointTest {
  private final Scim scim = Servers.client();

  @Test
  void creatingAUserAnswers201WithLocationMetaAndETag() {
    ScimResponse r = scim.post("/Users", Scim.user("bjensen@example.com"));
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.header("Content-Type")).isEqualTo("application/scim+json");
    JsonNode body = Scim.json(r);
    String id = body.get("id").stringValue();
    assertThat(r.header("Location")).isEqualTo("http://scim.example.com/scim/v2/Users/" + id);
    assertThat(body.get("meta").get("resourceType").stringValue()).isEqualTo("User");
    assertThat(body.get("meta").get("location").stringValue()).isEqualTo(r.header("Location"));
    assertThat(body.get("meta").has("created")).isTrue();
    assertThat(body.get("meta").has("lastModified")).isTrue();
    assertThat(body.get("meta").get("version").stringValue()).isEqualTo(r.header("ETag"));
    assertThat(r.header("ETag")).startsWith("W/\"");
  }

  @Test
  void clientSentIdAndMetaAreIgnoredOnCreate() {
    ScimResponse r =
        scim.post(
            "/Users",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"mine\","
                + "\"userName\":\"a\",\"meta\":{\"resourceType\":\"User\",\"created\":\"2001-01-01T00:00:00Z\"}}");
    assertThat(r.status()).isEqualTo(201);
    JsonNode body = Scim.json(r);
    assertThat(body.get("id").stringValue()).isNotEqualTo("mine");
    assertThat(body.get("meta").get("created").stringValue()).doesNotStartWith("2001");
  }

  @Test
  void aDuplicateUserNameInAnyCaseIs409Uniqueness() {
    scim.createUser("Alice@Example.com");
    ScimResponse r = scim.post("/Users", Scim.user("alice@example.COM"));
    assertThat(r.status()).isEqualTo(409);
    JsonNode body = Scim.json(r);
    assertThat(body.get("scimType").stringValue()).isEqualTo("uniqueness");
    assertThat(body.get("status").stringValue()).isEqualTo("409");
    assertThat(body.get("schemas").get(0).stringValue())
        .isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
  }

  @Test
  void aMissingUserIs404WithAnErrorBody() {
    ScimResponse r = scim.get("/Users/no-such-id");
    assertThat(r.status()).isEqualTo(404);
    assertThat(Scim.json(r).get("status").stringValue()).isEqualTo("404");
  }

  @Test
  void aUserWithoutUserNameIsRejected() {
    ScimResponse r =
        scim.post("/Users", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"]}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(Scim.json(r).get("scimType").stringValue()).isEqualTo("invalidValue");
  }

  @Test
  void theWrongTypeForAnAttributeIs400() {
    ScimResponse r =
        scim.post(
            "/Users",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":{\"a\":1}}");
    assertThat(r.status()).isEqualTo(400);
  }

  @Test
  void passwordIsNeverReturned() {
    ScimResponse r =
        scim.post(
            "/Users",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"okta\","
                + "\"password\":\"s3cret!\",\"groups\":[]}");
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.bodyText()).doesNotContain("s3cret");
    String id = Scim.json(r).get("id").stringValue();
    assertThat(scim.get("/Users/" + id).bodyText()).doesNotContain("s3cret");
  }

  @Test
  void getByIdHonoursIfNoneMatchWith304() {
    String id = scim.createUser("etag");
    ScimResponse first = scim.get("/Users/" + id);
    ScimResponse again =
        scim.send("GET", "/Users/" + id, null, Map.of("If-None-Match", first.header("ETag")));
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void aGetWithAStaleIfMatchIs412() {
    // it was a 200: If-Match was read for writes only (RFC 9110 §13.2.2 reads it for any method)
    String id = scim.createUser("read-stale");
    String etag = scim.get("/Users/" + id).header("ETag");
    scim.patch(
        "/Users/" + id, Scim.patchOp("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"A\"}"));
    String current = scim.get("/Users/" + id).header("ETag");

    ScimResponse stale = scim.send("GET", "/Users/" + id, null, Map.of("If-Match", etag));
    ScimResponse listed =
        scim.send("GET", "/Users/" + id, null, Map.of("If-Match", etag + ", " + current));
    ScimResponse any = scim.send("GET", "/Users/" + id, null, Map.of("If-Match", "*"));

    assertThat(stale.status()).isEqualTo(412);
    assertThat(listed.status()).isEqualTo(200);
    assertThat(any.status()).isEqualTo(200);
  }

  @Test
  void aStaleIfMatchIs412AndChangesNothing() {
    String id = scim.createUser("stale");
    String etag = scim.get("/Users/" + id).header("ETag");
    scim.patch(
        "/Users/" + id, Scim.patchOp("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"A\"}"));
    ScimResponse r =
        scim.send(
            "PATCH",
            "/Users/" + id,
            Scim.patchOp("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"B\"}"),
            Map.of("If-Match", etag));
    assertThat(r.status()).isEqualTo(412);
    assertThat(Scim.json(scim.get("/Users/" + id)).get("title").stringValue()).isEqualTo("A");
  }

  @Test
  void anIfMatchListWritesWhenAnyOfItsTagsIsCurrentAndIs412WhenNone() {
    String id = scim.createUser("listed");
    String etag = scim.get("/Users/" + id).header("ETag");
    String patch = "{\"op\":\"replace\",\"path\":\"title\",\"value\":\"%s\"}";

    ScimResponse listed =
        scim.send(
            "PATCH",
            "/Users/" + id,
            Scim.patchOp(patch.formatted("A")),
            Map.of("If-Match", "W/\"older\", " + etag + ", \"other\""));
    assertThat(listed.status()).isEqualTo(200);

    ScimResponse stale =
        scim.send(
            "PATCH",
            "/Users/" + id,
            Scim.patchOp(patch.formatted("B")),
            Map.of("If-Match", "W/\"older\", " + etag));
    assertThat(stale.status()).isEqualTo(412);
    assertThat(Scim.json(scim.get("/Users/" + id)).get("title").stringValue()).isEqualTo("A");

    String now = listed.header("ETag");
    ScimResponse deleted =
        scim.send("DELETE", "/Users/" + id, null, Map.of("If-Match", etag + "," + now));
    assertThat(deleted.status()).isEqualTo(204);
  }

  @Test
  void aMatchingIfMatchLetsTheWriteThrough() {
    String id = scim.createUser("fresh");
    String etag = scim.get("/Users/" + id).header("ETag");
    ScimResponse r =
        scim.send("PUT", "/Users/" + id, Scim.user("fresh2"), Map.of("If-Match", etag));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("ETag")).isNotEqualTo(etag);
    assertThat(Scim.json(r).get("userName").stringValue()).isEqualTo("fresh2");
  }

  @Test
  void putKeepsCreatedAndIgnoresReadOnlyAttributes() {
    ScimResponse created = scim.post("/Users", Scim.user("keep"));
    String id = Scim.json(created).get("id").stringValue();
    ScimResponse r = scim.put("/Users/" + id, Scim.user("keep"));
    assertThat(Scim.json(r).get("meta").get("created"))
        .isEqualTo(Scim.json(created).get("meta").get("created"));
  }

  @Test
  void userPatchAnswers200WithTheResource() {
    String id = scim.createUser("patchme");
    ScimResponse r =
        scim.patch(
            "/Users/" + id,
            Scim.patchOp("{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(Scim.json(r).get("active").booleanValue()).isFalse();
  }

  @Test
  void aPatchThatChangesNothingKeepsTheVersionAndLastModified() {
    String id = scim.createUser("steady");
    String op = Scim.patchOp("{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}");
    ScimResponse first = scim.patch("/Users/" + id, op);
    ScimResponse again = scim.patch("/Users/" + id, op);
    assertThat(again.status()).isEqualTo(200);
    assertThat(Scim.json(again).get("meta").get("version"))
        .isEqualTo(Scim.json(first).get("meta").get("version"));
    assertThat(Scim.json(again).get("meta").get("lastModified"))
        .isEqualTo(Scim.json(first).get("meta").get("lastModified"));
  }

  @Test
  void deleteAnswers204AndThen404() {
    String id = scim.createUser("gone");
    assertThat(scim.delete("/Users/" + id).status()).isEqualTo(204);
    assertThat(scim.delete("/Users/" + id).status()).isEqualTo(404);
    assertThat(scim.get("/Users/" + id).status()).isEqualTo(404);
  }

  @Test
  void attributesAndExcludedAttributesShapeTheResponse() {
    String id = scim.createUser("shape");
    JsonNode only = Scim.json(scim.get("/Users/" + id + "?attributes=userName"));
    assertThat(only.has("userName")).isTrue();
    assertThat(only.has("id")).isTrue();
    assertThat(only.has("displayName")).isFalse();
    JsonNode without = Scim.json(scim.get("/Users/" + id + "?excludedAttributes=displayName"));
    assertThat(without.has("displayName")).isFalse();
    assertThat(without.has("userName")).isTrue();
  }

  @Test
  void anUnsupportedMethodIs405WithAllow() {
    ScimResponse r = scim.send("DELETE", "/Users", null, Map.of());
    assertThat(r.status()).isEqualTo(405);
    assertThat(r.header("Allow")).isEqualTo("GET, HEAD, POST, OPTIONS");
  }
}
