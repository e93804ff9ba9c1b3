package io.scimworks.server.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every 400 the server writes is an RFC 7644 §3.12 error ({@code schemas}, {@code status} as a
 * string, a {@code detail}) with the {@code scimType} of §3.12 that fits: {@code invalidSyntax} for
 * a body that is not a JSON object, {@code invalidValue} for a query value that cannot be read,
 * {@code invalidFilter} and {@code invalidPath} for filters and paths; none for HTTP-level errors
 * (a malformed header), for which §3.12 defines none.
 */
class ErrorTypesOverHttpTest extends OverHttpSuite {
  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void assertError(
      SoftAssertions soft, String what, ScimHttp.Reply r, int status, String scimType) {
    soft.assertThat(r.status()).as(what + " " + r).isEqualTo(status);
    soft.assertThat(r.json().path("schemas").path(0).asString())
        .as(what)
        .isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
    soft.assertThat(r.json().path("status").isString()).as(what + " status as a string").isTrue();
    if (scimType == null) {
      soft.assertThat(r.json().has("scimType")).as(what + " " + r).isFalse();
    } else {
      soft.assertThat(r.json().path("scimType").asString()).as(what + " " + r).isEqualTo(scimType);
    }
    soft.assertThat(r.json().path("detail").asString()).as(what + " detail").isNotBlank();
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void every400CarriesTheScimTypeThatFits(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    String id = sut.createUser("typed");
    SoftAssertions soft = new SoftAssertions();
    assertError(soft, "not JSON", sut.scim.post("/Users", "{not json"), 400, "invalidSyntax");
    assertError(soft, "an array", sut.scim.post("/Users", "[1,2]"), 400, "invalidSyntax");
    assertError(soft, "a string", sut.scim.post("/Users", "\"x\""), 400, "invalidSyntax");
    assertError(soft, "count=abc", sut.scim.get("/Users?count=abc"), 400, "invalidValue");
    assertError(soft, "count=%C3", sut.scim.get("/Users?count=%C3"), 400, "invalidValue");
    assertError(soft, "x=%C3%28", sut.scim.get("/Users?x=%C3%28"), 400, "invalidValue");
    assertError(
        soft,
        "sortOrder",
        sut.scim.get("/Users?sortBy=userName&sortOrder=up"),
        400,
        "invalidValue");
    assertError(
        soft, "filter", sut.scim.get("/Users?filter=" + q("userName eq")), 400, "invalidFilter");
    assertError(
        soft,
        "PATCH path",
        sut.scim.patch(
            "/Users/" + id,
            ServerUnderTest.patchOp(
                "{\"op\":\"replace\",\"path\":\"emails[type eq\",\"value\":1}")),
        400,
        "invalidPath");
    assertError(
        soft,
        "If-Match",
        sut.scim.get("/Users/" + id, java.util.Map.of("If-None-Match", "garbage")),
        400,
        null);
    soft.assertAll();
  }
}
