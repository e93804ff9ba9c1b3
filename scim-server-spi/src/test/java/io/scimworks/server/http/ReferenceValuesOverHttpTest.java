package io.scimworks.server.http;

import static io.scimworks.server.http.ServerUnderTest.ENTERPRISE;
import static io.scimworks.server.http.ServerUnderTest.USER_URN;
import static io.scimworks.server.http.ServerUnderTest.patchOp;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * RFC 7643 §2.3.7: a reference attribute ({@code profileUrl}, {@code photos.value}, a manager's
 * {@code $ref}) holds a URI. Text that is no URI reference is 400 {@code invalidValue} naming the
 * attribute, on POST, PUT and PATCH alike, and nothing is stored; absolute URLs, relative
 * references and URNs are accepted.
 */
class ReferenceValuesOverHttpTest extends OverHttpSuite {

  private static String user(String userName, String more) {
    return "{\"schemas\":[\""
        + USER_URN
        + "\",\""
        + ENTERPRISE
        + "\"],\"userName\":\""
        + userName
        + "\","
        + more
        + "}";
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void textThatIsNoUriIsRefusedWhereverAReferenceIsWritten(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    ScimHttp scim = sut.scim;
    String id = sut.createUser("ref@example.com");
    String etag = scim.get("/Users/" + id).header("ETag");

    ScimHttp.Reply post = scim.post("/Users", user("a@example.com", "\"profileUrl\":\"h t t p\""));
    ScimHttp.Reply put =
        scim.put("/Users/" + id, user("ref@example.com", "\"photos\":[{\"value\":\"::x y\"}]"));
    ScimHttp.Reply patch =
        scim.patch(
            "/Users/" + id,
            patchOp(
                "{\"op\":\"add\",\"path\":\"photos\",\"value\":[{\"value\":\"http://a b/c\"}]}"));
    ScimHttp.Reply manager =
        scim.post(
            "/Users",
            user(
                "m@example.com",
                "\"" + ENTERPRISE + "\":{\"manager\":{\"value\":\"1\",\"$ref\":\"^^\"}}"));

    assertRefused(post, "profileUrl");
    assertRefused(put, "photos[0].value");
    assertRefused(patch, "value");
    assertRefused(manager, "manager.$ref");
    assertThat(scim.get("/Users").at("/totalResults")).isEqualTo("1");
    assertThat(scim.get("/Users/" + id).header("ETag")).isEqualTo(etag);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void urlsRelativeReferencesAndUrnsAreAccepted(BindingKind kind) {
    sut = ServerUnderTest.start(kind);

    ScimHttp.Reply r =
        sut.scim.post(
            "/Users",
            user(
                "fine@example.com",
                "\"profileUrl\":\"https://example.com/u/%C3%A9?a=1#top\","
                    + "\"photos\":[{\"value\":\"photos/1.png\"},{\"value\":\"urn:example:photo\"}],"
                    + "\""
                    + ENTERPRISE
                    + "\":{\"manager\":{\"value\":\"7\",\"$ref\":\"../Users/7\"}}"));

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.at("/profileUrl")).isEqualTo("https://example.com/u/%C3%A9?a=1#top");
  }

  private static void assertRefused(ScimHttp.Reply r, String attribute) {
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.at("/scimType")).isEqualTo("invalidValue");
    assertThat(r.at("/detail")).contains(attribute).contains("URI reference");
  }
}
