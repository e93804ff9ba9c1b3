package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * One regression test per server defect found by testing from outside, named after the defect, so
 * that each stays fixed.
 */
class DefectRegressionTest {
  private final Scim scim = Servers.client();

  private ScimResponse withAuthorization(String value) {
    return scim.server.handle(
        ScimRequest.of("GET", "/Users", Map.of("Authorization", List.of(value)), null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bearer " + Scim.TOKEN + "\u0000",
        "Bearer " + Scim.TOKEN + "\u0000x",
        "Bearer \u0000" + Scim.TOKEN,
        "Bearer " + Scim.TOKEN + "\r\n",
        "Bearer " + Scim.TOKEN + "\u000b",
        "Bearer " + Scim.TOKEN + "\u007f",
        "Bearer " + Scim.TOKEN + " x",
        "Bearer\t" + Scim.TOKEN,
        "Bearer" + Scim.TOKEN,
        "Bearer " + Scim.TOKEN + "\u00a0",
        "Basic " + Scim.TOKEN,
      })
  void defect1BearerTokenWithControlCharacterOrOtherJunkIs401(String header) {
    assertThat(withAuthorization(header).status()).isEqualTo(401);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bearer " + Scim.TOKEN,
        "bearer " + Scim.TOKEN,
        "BEARER   " + Scim.TOKEN,
        " \tBearer " + Scim.TOKEN + " \t",
      })
  void defect1OnlyTheWhitespaceHttpAllowsAroundTheValueIsIgnored(String header) {
    assertThat(withAuthorization(header).status()).isEqualTo(200);
  }

  @Test
  void defect1TwoAuthorizationHeadersAre401WhicheverComesFirst() {
    for (List<String> values :
        List.of(
            List.of("Bearer " + Scim.TOKEN, "Bearer wrong"),
            List.of("Bearer wrong", "Bearer " + Scim.TOKEN),
            List.of("Bearer " + Scim.TOKEN, "Bearer " + Scim.TOKEN))) {
      ScimResponse r =
          scim.server.handle(
              ScimRequest.of("GET", "/Users", Map.of("Authorization", values), null));
      assertThat(r.status()).as("%s", values).isEqualTo(401);
    }
  }

  @Test
  void defect1ATokenThatCouldNeverMatchIsRefusedWhenConfigured() {
    assertThatThrownBy(() -> BearerTokens.of("abc\u0000"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BearerTokens.of("a b")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "evil.com\r\nSet-Cookie: x=1",
        "evil.com\nX: y",
        "evil.com/path",
        "user@evil.com",
        "evil.com:80x",
        "evil com",
        "[::1",
        "a\u0000",
      })
  void defect2HostThatIsNotAnAuthorityIs400AndNothingIsWritten(String host) {
    ScimResponse r =
        scim.server.handle(
            ScimRequest.of(
                "POST",
                "/Groups",
                Map.of(
                    "Host", List.of(host),
                    "Authorization", List.of("Bearer " + Scim.TOKEN)),
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                    + "\"displayName\":\"g\"}"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.headers().values()).noneMatch(v -> v.contains("\r") || v.contains("\n"));
    assertThat(Scim.json(scim.get("/Groups")).get("totalResults").intValue()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"scim.example.com", "scim.example.com:8443", "[::1]:8080", "10.0.0.1"})
  void defect2ValidHostsBuildTheLocation(String host) {
    ScimResponse r =
        scim.send(
            "POST",
            "/Groups",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"g\"}",
            Map.of("Host", host));
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.header("Location")).startsWith("http://" + host + "/scim/v2/Groups/");
  }

  @Test
  void defect2APublicBaseUrlReplacesHostAndForwardedHeadersEntirely() {
    Scim behindProxy =
        new Scim(
            Servers.builder()
                .options(
                    ServerOptions.builder()
                        .publicBaseUrl("https://scim.example.org/api/scim/")
                        .trustForwardedHeaders(true)
                        .build())
                .build());
    ScimResponse r =
        behindProxy.send(
            "POST",
            "/Users",
            Scim.user("alice"),
            Map.of("Host", "evil.com", "X-Forwarded-Host", "evil.org"));
    assertThat(r.header("Location")).startsWith("https://scim.example.org/api/scim/Users/");
    assertThat(Scim.json(r).get("meta").get("location").stringValue())
        .isEqualTo(r.header("Location"));
  }

  @Test
  void defect2ForwardedHeadersAreIgnoredUnlessTrusted() {
    Map<String, String> forwarded =
        Map.of("X-Forwarded-Host", "public.example.org", "X-Forwarded-Proto", "https");
    ScimResponse untrusted = scim.send("POST", "/Users", Scim.user("bob"), forwarded);
    assertThat(untrusted.header("Location")).startsWith("http://scim.example.com/scim/v2/Users/");

    Scim trusting =
        new Scim(
            Servers.builder()
                .options(ServerOptions.builder().trustForwardedHeaders(true).build())
                .build());
    ScimResponse trusted = trusting.send("POST", "/Users", Scim.user("bob"), forwarded);
    assertThat(trusted.header("Location")).startsWith("https://public.example.org/scim/v2/Users/");
    assertThat(
            trusting
                .send(
                    "POST",
                    "/Users",
                    Scim.user("eve"),
                    Map.of("X-Forwarded-Host", "evil.com\r\nSet-Cookie: x=1"))
                .status())
        .isEqualTo(400);
  }

  @Test
  void defect2NoResponseCanCarryCrOrLfInAHeader() {
    assertThatThrownBy(
            () -> new ScimResponse(200, Map.of("Location", "a\r\nSet-Cookie: x"), new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScimResponse(200, Map.of("X\nY", "a"), new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {",", " , ,", ",,W/\"1\",", "W/\"1\" , W/\"1\""})
  void defect3IfMatchListsWithEmptyElementsAreReadNotThrown(String ifMatch) {
    String id = scim.createUser("ifmatch");
    ScimResponse r =
        scim.send("PUT", "/Users/" + id, Scim.user("ifmatch2"), Map.of("If-Match", ifMatch));
    assertThat(r.status()).isIn(200, 412);
  }

  @ParameterizedTest
  @ValueSource(strings = {"W/\"1", "\"a\" \"b\"", "W/", "x", "W/\"1\";", "\"a\"b"})
  void defect3MalformedIfMatchIs400(String ifMatch) {
    String id = scim.createUser("badifmatch");
    ScimResponse r = scim.send("PUT", "/Users/" + id, Scim.user("x"), Map.of("If-Match", ifMatch));
    assertThat(r.status()).isEqualTo(400);
    assertThat(Scim.json(r).get("detail").stringValue()).contains("If-Match");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"failOnErrors\":99999999999",
        "\"failOnErrors\":-1",
        "\"failOnErrors\":1.5",
        "\"failOnErrors\":\"1\"",
        "\"failOnErrors\":1e400",
      })
  void defect5FailOnErrorsOutOfRangeIs400InvalidValue(String member) {
    ScimResponse r =
        scim.post(
            "/Bulk",
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],"
                + member
                + ",\"Operations\":[]}");
    assertThat(r.status()).isEqualTo(400);
    JsonNode body = Scim.json(r);
    assertThat(body.get("scimType").stringValue()).isEqualTo("invalidValue");
    assertThat(body.get("detail").stringValue()).contains("failOnErrors");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/Users?count=99999999999",
        "/Users?startIndex=-99999999999",
        "/Users?count=100000000000000000000000000000000000000000000000000000000000000000",
        "/Users?count=1.5",
        "/Users?startIndex=x",
      })
  void defect5CountAndStartIndexBeyondTheIntRangeAre400InvalidValue(String query) {
    ScimResponse r = scim.get(query);
    assertThat(r.status()).isEqualTo(400);
    assertThat(Scim.json(r).get("scimType").stringValue()).isEqualTo("invalidValue");
  }

  @Test
  void defect5SearchBodyIntegersAreRangeCheckedToo() {
    ScimResponse r =
        scim.post(
            "/Users/.search",
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                + "\"count\":99999999999}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(Scim.json(r).get("scimType").stringValue()).isEqualTo("invalidValue");
  }

  private static int found(Scim client, String filter) {
    ScimResponse r =
        client.get(
            "/Users?filter="
                + java.net.URLEncoder.encode(filter, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(r.status()).as(filter + ": " + r.bodyText()).isEqualTo(200);
    return Scim.json(r).get("totalResults").intValue();
  }

  /**
   * The in-memory store evaluating filters itself, and a store that only lists (server filters).
   */
  private static List<Scim> bothEvaluators() {
    return List.of(
        Servers.client(), new Scim(Servers.builder().users(new SimpleRepository()).build()));
  }

  @Test
  void defect12ServerManagedAttributesCanBeFilteredOnWhoeverEvaluates() {
    for (Scim client : bothEvaluators()) {
      String id = client.createUser("managed");
      client.createUser("other");
      JsonNode user = Scim.json(client.get("/Users/" + id));
      JsonNode meta = user.get("meta");
      String location = meta.get("location").stringValue();
      String version = meta.get("version").stringValue();
      String quotedVersion = "\"" + version.replace("\"", "\\\"") + "\"";

      assertThat(found(client, "id pr")).isEqualTo(2);
      assertThat(found(client, "id eq \"" + id + "\"")).isEqualTo(1);
      assertThat(found(client, "not (id eq \"" + id + "\")")).isEqualTo(1);
      assertThat(found(client, "meta.resourceType eq \"User\"")).isEqualTo(2);
      assertThat(found(client, "meta.resourceType eq \"Group\"")).isZero();
      assertThat(found(client, "meta.location eq \"" + location + "\"")).isEqualTo(1);
      assertThat(found(client, "meta.version eq " + quotedVersion + " and id eq \"" + id + "\""))
          .isEqualTo(1);
      assertThat(found(client, "meta.created pr and meta.lastModified pr")).isEqualTo(2);
      assertThat(found(client, "userName eq \"managed\" and meta.resourceType eq \"User\""))
          .isEqualTo(1);
      assertThat(found(client, "urn:ietf:params:scim:schemas:core:2.0:User:id pr")).isEqualTo(2);
    }
  }
}
