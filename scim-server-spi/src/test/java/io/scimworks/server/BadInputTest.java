package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Hostile or broken requests: each gets its status and scimType, never a 500 or a hang. */
class BadInputTest {
  private final Scim scim = Servers.client();

  @Test
  void malformedJsonIs400InvalidSyntax() {
    ScimResponse r = scim.post("/Users", "{\"userName\": ");
    assertThat(r.status()).isEqualTo(400);
    assertThat(Scim.json(r).get("scimType").stringValue()).isEqualTo("invalidSyntax");
  }

  @Test
  void jsonNested100000DeepIs400() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    ScimResponse r = scim.post("/Users", "{\"userName\":" + deep + "}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(Scim.json(r).get("scimType").stringValue()).isEqualTo("invalidSyntax");
  }

  @Test
  void aNumberOfTheBodyIsNotQuotedInAFormTheClientNeverWrote() {
    // "count":1e3 was answered "'count' must be an integer from ..., was 1000.0" (a whole number
    // is a count now: PagingTest; a fraction still is not)
    String id = scim.createUser("numbers");
    String core = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":";
    java.util.List<ScimResponse> answers =
        java.util.List.of(
            scim.post(
                "/Users/.search",
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                    + "\"count\":15e-1}"),
            scim.post("/Users", core + "1e3}"),
            scim.post("/Users", core + "1.50}"),
            scim.put("/Users/" + id, core + "10E2}"),
            scim.patch(
                "/Users/" + id,
                Scim.patchOp("{\"op\":\"replace\",\"path\":\"userName\",\"value\":1e3}")));
    for (ScimResponse r : answers) {
      assertThat(r.status()).as(r.bodyText()).isEqualTo(400);
      JsonNode error = Scim.json(r);
      assertThat(error.get("scimType").stringValue()).isEqualTo("invalidValue");
      assertThat(error.get("detail").stringValue())
          .doesNotContain("1000", "1.5", "E3", "e3")
          .contains("a number with a fraction or an exponent");
    }
  }

  @Test
  void aPasswordInTheWrongShapeIsNotQuotedInTheError() {
    // "password":123456789 was answered "password must be a string, got 123456789", and a PATCH
    // value {"x":"S3cret!"} quoted whole: a value no response may show, shown in an error detail
    String id = scim.createUser("secretive");
    String core =
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"sec\",";
    java.util.List<ScimResponse> answers =
        java.util.List.of(
            scim.post("/Users", core + "\"password\":123456789}"),
            scim.post("/Users", core + "\"password\":true}"),
            scim.put("/Users/" + id, core + "\"password\":987654321}"),
            scim.patch(
                "/Users/" + id,
                Scim.patchOp(
                    "{\"op\":\"replace\",\"path\":\"password\",\"value\":{\"x\":\"S3cret!\"}}")),
            scim.patch(
                "/Users/" + id,
                Scim.patchOp("{\"op\":\"add\",\"value\":{\"password\":[\"S3cret!\"]}}")),
            scim.post(
                "/Bulk",
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],"
                    + "\"Operations\":[{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"b\","
                    + "\"data\":"
                    + core
                    + "\"password\":5555555}}]}"));
    for (ScimResponse r : answers) {
      String body = r.bodyText();
      assertThat(body).contains("invalidValue").contains("password");
      assertThat(body).doesNotContain("123456789", "987654321", "S3cret!", "5555555", "true");
    }
  }

  @Test
  void aBadAttributeListIsRefusedBeforeAnythingIsWritten() {
    String bad = "?attributes=name..givenName";
    String user = scim.createUser("kept");
    String group = scim.createGroup("Kept");
    String before = Scim.json(scim.get("/Users/" + user)).toString();
    String groupBefore = Scim.json(scim.get("/Groups/" + group)).toString();
    java.util.List<ScimResponse> answers =
        java.util.List.of(
            scim.post("/Users" + bad, Scim.user("created")),
            scim.put("/Users/" + user + bad, Scim.user("renamed")),
            scim.patch(
                "/Users/" + user + bad,
                Scim.patchOp("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"T\"}")),
            scim.patch(
                "/Groups/" + group + bad,
                Scim.patchOp("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"G\"}")),
            scim.get("/Users?filter=userName+eq+%22nobody%22&" + bad.substring(1)),
            scim.post(
                "/.search" + bad,
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                    + "\"filter\":\"userName eq \\\"nobody\\\"\","
                    + "\"attributes\":[\"name..givenName\"]}"),
            scim.get("/Users/missing" + bad));
    for (ScimResponse r : answers) {
      assertThat(r.status()).as(r.bodyText()).isEqualTo(400);
      assertThat(Scim.json(r).get("scimType").stringValue()).isEqualTo("invalidPath");
    }
    // the writes answered 400 did not happen: a POST was created, a PUT or PATCH applied
    assertThat(Scim.json(scim.get("/Users")).get("totalResults").intValue()).isEqualTo(1);
    assertThat(Scim.json(scim.get("/Users/" + user)).toString()).isEqualTo(before);
    assertThat(Scim.json(scim.get("/Groups/" + group)).toString()).isEqualTo(groupBefore);
  }

  @ParameterizedTest
  @ValueSource(strings = {"attributes=%01", "excludedAttributes=%00", "attributes=userName,%1F"})
  void aControlCharacterInAnAttributeListIsAnInvalidPathNotAnEmptyName(String query) {
    // it was stripped as if it were a space, and attributes=%01 answered every resource's id alone
    ScimResponse r = scim.get("/Users?" + query);
    assertThat(r.status()).isEqualTo(400);
    assertThat(Scim.json(r).get("scimType").stringValue()).isEqualTo("invalidPath");
    ScimResponse search =
        scim.post(
            "/Users/.search",
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                + "\"attributes\":[\"\\u0001\"]}");
    assertThat(search.status()).isEqualTo(400);
    assertThat(Scim.json(search).get("scimType").stringValue()).isEqualTo("invalidPath");
  }

  @Test
  void aJsonArrayBodyIs400() {
    assertThat(scim.post("/Users", "[]").status()).isEqualTo(400);
  }

  @Test
  void anIdHoldingNulIsNotFoundWhateverTheStore() {
    for (String method : new String[] {"GET", "PUT", "PATCH", "DELETE"}) {
      ScimResponse r = scim.send(method, "/Users/a%00b", "{}", Map.of());
      assertThat(r.status()).as(method).isEqualTo(404);
    }
  }

  @Test
  void unknownSchemaUrnsAreTolerated() {
    ScimResponse r =
        scim.post(
            "/Users",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\",\"urn:example:unknown\"],"
                + "\"userName\":\"tolerant\"}");
    assertThat(r.status()).isEqualTo(201);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "userName eq",
        "userName xx \"a\"",
        "((((userName eq \"a\"",
        "userName eq \"a\" garbage",
        "\"",
        "and or not",
        "emails[type eq \"work\""
      })
  void garbageFiltersAre400InvalidFilter(String filter) {
    ScimResponse r =
        scim.get(
            "/Users?filter="
                + java.net.URLEncoder.encode(filter, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(r.status()).isEqualTo(400);
    assertThat(Scim.json(r).get("scimType").stringValue()).isEqualTo("invalidFilter");
  }

  @Test
  void aFilterOverTheLengthLimitIs400() {
    String filter = "userName eq \"" + "a".repeat(5000) + "\"";
    ScimResponse r = scim.get("/Users?filter=" + filter.replace(" ", "+").replace("\"", "%22"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(Scim.json(r).get("scimType").stringValue()).isEqualTo("invalidFilter");
  }

  @Test
  void absurdCountAndStartIndexWithinTheIntRangeAreCorrectedNotRefused() {
    scim.createUser("one");
    JsonNode negative = Scim.json(scim.get("/Users?count=-5&startIndex=-10"));
    assertThat(negative.get("itemsPerPage").intValue()).isZero();
    assertThat(negative.get("startIndex").intValue()).isEqualTo(1);
    assertThat(negative.get("totalResults").intValue()).isEqualTo(1);
    JsonNode huge = Scim.json(scim.get("/Users?count=2147483647&startIndex=2147483647"));
    assertThat(huge.get("itemsPerPage").intValue()).isZero();
    assertThat(scim.get("/Users?count=abc").status()).isEqualTo(400);
  }

  @Test
  void countIsCappedByTheConfiguredMaximumAndItemsPerPageTellsTheTruth() {
    Scim small =
        new Scim(
            Servers.builder()
                .options(ServerOptions.builder().maxCount(3).defaultCount(2).build())
                .build());
    for (int i = 0; i < 5; i++) {
      small.createUser("c" + i);
    }
    JsonNode body = Scim.json(small.get("/Users?count=1000"));
    assertThat(body.get("itemsPerPage").intValue()).isEqualTo(3);
    assertThat(body.get("Resources")).hasSize(3);
    assertThat(Scim.json(small.get("/Users")).get("itemsPerPage").intValue()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/Users/../Groups",
        "/Users/%2e%2e/Groups",
        "/Users%2FGroups",
        "/Users/a%2Fb",
        "/Users/a%5Cb",
        "/Users//x",
        "/./Users",
        "/Users/%00",
        "/Nope"
      })
  void pathTricksAreNeverServedAsAnotherResource(String path) {
    scim.createGroup("G");
    ScimResponse r = scim.get(path);
    assertThat(r.status()).isIn(400, 404);
    assertThat(r.bodyText()).doesNotContain("ListResponse");
  }

  @Test
  void malformedPercentEncodingIs400() {
    assertThat(scim.get("/Users/%zz").status()).isEqualTo(400);
    assertThat(scim.get("/Users?filter=%zz").status()).isEqualTo(400);
  }

  @Test
  void anUnsupportedContentTypeIs415() {
    ScimResponse r =
        scim.send("POST", "/Users", Scim.user("x"), Map.of("Content-Type", "text/plain"));
    assertThat(r.status()).isEqualTo(415);
  }

  @Test
  void plainJsonWithCharsetIsAccepted() {
    ScimResponse r =
        scim.send(
            "POST",
            "/Users",
            Scim.user("json"),
            Map.of("Content-Type", "application/json; charset=utf-8"));
    assertThat(r.status()).isEqualTo(201);
  }

  @Test
  void aBodyOverTheLimitIs413() {
    Scim small =
        new Scim(
            Servers.builder()
                .options(ServerOptions.builder().maxRequestBytes(100).build())
                .build());
    ScimResponse r = small.post("/Users", Scim.user("x".repeat(200)));
    assertThat(r.status()).isEqualTo(413);
  }

  @Test
  void aRepositoryFailureIs500RevealingNothing() {
    var failing =
        new io.scimworks.server.spi.Repository() {
          @Override
          public io.scimworks.server.spi.StoredResource create(
              io.scimworks.server.spi.RequestContext c, tools.jackson.databind.node.ObjectNode r) {
            throw new IllegalStateException("jdbc:postgresql://secret-host password=hunter2");
          }

          @Override
          public io.scimworks.server.spi.StoredResource get(
              io.scimworks.server.spi.RequestContext c, String id) {
            return null;
          }

          @Override
          public io.scimworks.server.spi.StoredResource replace(
              io.scimworks.server.spi.RequestContext c,
              String id,
              tools.jackson.databind.node.ObjectNode r,
              String v) {
            throw new UnsupportedOperationException();
          }

          @Override
          public void delete(io.scimworks.server.spi.RequestContext c, String id, String v) {}

          @Override
          public io.scimworks.server.spi.SearchResult search(
              io.scimworks.server.spi.RequestContext c, io.scimworks.server.spi.SearchQuery q) {
            return io.scimworks.server.spi.SearchResult.of(java.util.List.of());
          }
        };
    Scim s =
        new Scim(
            ScimServer.builder()
                .users(failing)
                .authenticator(BearerTokens.of(Scim.TOKEN))
                .auditListener(io.scimworks.server.spi.AuditListener.none())
                .build());
    ScimResponse r;
    try (CapturedLog log = CapturedLog.start()) {
      r = s.post("/Users", Scim.user("boom"));
      assertThat(log.messages()).containsExactly("Unexpected failure serving POST /Users");
    }
    assertThat(r.status()).isEqualTo(500);
    assertThat(r.bodyText())
        .doesNotContain("secret")
        .doesNotContain("hunter2")
        .doesNotContain("Exception");
    assertThat(Scim.json(r).get("status").stringValue()).isEqualTo("500");
  }
}
