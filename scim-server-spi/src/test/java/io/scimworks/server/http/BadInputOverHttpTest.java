package io.scimworks.server.http;

import static io.scimworks.server.http.EndpointsOverHttpTest.assertScimError;
import static io.scimworks.server.http.ServerUnderTest.USER_URN;
import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.server.ServerOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile and broken input over HTTP, through each binding: each gets its status and {@code
 * scimType}, never a 500 or a hang.
 */
class BadInputOverHttpTest extends OverHttpSuite {

  private ScimHttp start(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    return sut.scim;
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void malformedJsonIsInvalidSyntax(BindingKind kind) {
    ScimHttp scim = start(kind);

    ScimHttp.Reply r = scim.post("/Users", "{\"schemas\":[\"" + USER_URN + "\"],\"userName\":");

    assertScimError(r, 400);
    assertThat(r.at("/scimType")).isEqualTo("invalidSyntax");
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void jsonNestedOneHundredThousandDeepIsRefusedNotAStackOverflow(BindingKind kind) {
    ScimHttp scim = start(kind);
    String deep = "[".repeat(100_000) + "]".repeat(100_000);

    ScimHttp.Reply r =
        scim.post("/Users", "{\"schemas\":[\"" + USER_URN + "\"],\"userName\":" + deep + "}");

    assertScimError(r, 400);
    assertThat(scim.get("/Users").status()).isEqualTo(200);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void wrongTypesAreInvalidValues(BindingKind kind) {
    ScimHttp scim = start(kind);

    ScimHttp.Reply r =
        scim.post(
            "/Users",
            "{\"schemas\":[\"" + USER_URN + "\"],\"userName\":\"t\",\"name\":\"not an object\"}");

    assertScimError(r, 400);
    assertThat(r.at("/scimType")).isIn("invalidValue", "invalidSyntax");
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void unknownSchemaUrnsAreToleratedAsEntraSendsThem(BindingKind kind) {
    ScimHttp scim = start(kind);

    ScimHttp.Reply r =
        scim.post(
            "/Groups",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\","
                + "\"http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group\"],"
                + "\"displayName\":\"Tolerated\"}");

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void garbageFiltersAreInvalidFilter(BindingKind kind) {
    ScimHttp scim = start(kind);

    for (String filter :
        new String[] {
          "userName+eq", "((((", "userName+eq+%22a%22+garbage", "%22unterminated", "userName+zz+1"
        }) {
      ScimHttp.Reply r = scim.get("/Users?filter=" + filter);
      assertScimError(r, 400);
      assertThat(r.at("/scimType")).as(filter).isEqualTo("invalidFilter");
    }
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void absurdPagingIsAnsweredNotFailed(BindingKind kind) {
    ScimHttp scim = start(kind);
    sut.createUser("one@example.com");

    for (String query :
        new String[] {
          "count=-5",
          "count=99999999999999999999",
          "startIndex=-1",
          "startIndex=0",
          "startIndex=99999999999",
          "count=abc",
          "startIndex=1.5"
        }) {
      ScimHttp.Reply r = scim.get("/Users?" + query);
      assertThat(r.status()).as(query + " -> " + r).isIn(200, 400);
      if (r.status() == 400) {
        assertScimError(r, 400);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void pathTricksNeverEscapeTheirEndpoint(BindingKind kind) {
    ScimHttp scim = start(kind);
    String user = sut.createUser("trick@example.com");
    String group = sut.createGroup("Tricky");

    for (String path :
        new String[] {
          "/Users/../Groups/" + group,
          "/Users/%2e%2e/Groups/" + group,
          "/Users/" + user + "%2F..%2F..%2FGroups",
          "/Users/a%2Fb",
          "/Users/%00",
          "/Users/" + user + "/extra"
        }) {
      ScimHttp.Reply r = scim.get(path);
      // Jetty refuses some of these itself (400, not a SCIM body); the server answers the rest.
      assertThat(r.status()).as(path + " -> " + r).isIn(400, 404);
      assertThat(r.body()).as(path).doesNotContain("Tricky");
    }
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aBodyOverTheLimitIs413(BindingKind kind) {
    sut = ServerUnderTest.start(kind, ServerOptions.builder().maxRequestBytes(10_000).build());

    ScimHttp.Reply r =
        sut.scim.post(
            "/Users",
            "{\"schemas\":[\""
                + USER_URN
                + "\"],\"userName\":\"big\",\"title\":\""
                + "x".repeat(20_000)
                + "\"}");

    assertScimError(r, 413);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aTokenDifferingOnlyInCaseNeverStandsInForTheRealOneOnTheSameConnection(BindingKind kind) {
    ScimHttp scim = start(kind);

    for (int i = 0; i < 3; i++) {
      assertScimError(scim.withToken("OVER-HTTP-SECRET").get("/Users"), 401);
      assertThat(scim.get("/Users").status()).isEqualTo(200);
    }
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aMissingOrWrongTokenIs401EvenForWrites(BindingKind kind) {
    ScimHttp scim = start(kind);

    ScimHttp.Reply none =
        scim.withToken(null)
            .post("/Users", "{\"schemas\":[\"" + USER_URN + "\"],\"userName\":\"x\"}");
    ScimHttp.Reply wrong = scim.withToken("over-http-secreT").delete("/Users/anything");
    ScimHttp.Reply basic =
        scim.withToken(null).withHeader("Authorization", "Basic b3Zlcjpwdw==").get("/Users");

    assertScimError(none, 401);
    assertScimError(wrong, 401);
    assertScimError(basic, 401);
    ScimHttp.Reply nothingCreated = scim.get("/Users?filter=userName+eq+%22x%22");
    assertThat(nothingCreated.status()).as(nothingCreated.toString()).isEqualTo(200);
    assertThat(nothingCreated.json().get("totalResults").intValue()).isZero();
  }
}
