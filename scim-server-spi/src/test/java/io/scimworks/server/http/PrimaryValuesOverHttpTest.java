package io.scimworks.server.http;

import static io.scimworks.server.http.ServerUnderTest.USER_URN;
import static io.scimworks.server.http.ServerUnderTest.patchOp;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * RFC 7643 §2.4: {@code primary: true} appears on at most one value of a multi-valued attribute. A
 * resource sent whole (POST, PUT) with two is 400 {@code invalidValue} naming the attribute and
 * stores nothing; a PATCH that makes a value primary clears the others (RFC 7644 §3.5.2), however
 * many values it adds at once.
 */
class PrimaryValuesOverHttpTest extends OverHttpSuite {
  private static final String TWO_PRIMARY_EMAILS =
      "\"emails\":[{\"value\":\"a@example.com\",\"primary\":true},"
          + "{\"value\":\"b@example.com\",\"primary\":\"True\"}]";

  private static String user(String userName, String more) {
    return "{\"schemas\":[\"" + USER_URN + "\"],\"userName\":\"" + userName + "\"," + more + "}";
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aPostOrPutWithTwoPrimaryValuesIsInvalidValueAndStoresNothing(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    ScimHttp scim = sut.scim;
    String id = sut.createUser("one@example.com");
    String etag = scim.get("/Users/" + id).header("ETag");

    ScimHttp.Reply post = scim.post("/Users", user("two@example.com", TWO_PRIMARY_EMAILS));
    ScimHttp.Reply put = scim.put("/Users/" + id, user("one@example.com", TWO_PRIMARY_EMAILS));
    ScimHttp.Reply roles =
        scim.post(
            "/Users",
            user(
                "roles@example.com",
                "\"roles\":[{\"value\":\"a\",\"primary\":true},{\"value\":\"b\"},"
                    + "{\"value\":\"c\",\"primary\":true}]"));

    for (ScimHttp.Reply r : new ScimHttp.Reply[] {post, put, roles}) {
      assertThat(r.status()).as(r.toString()).isEqualTo(400);
      assertThat(r.at("/scimType")).isEqualTo("invalidValue");
      assertThat(r.at("/detail")).contains("more than one primary value");
    }
    assertThat(post.at("/detail")).contains("emails");
    assertThat(roles.at("/detail")).contains("roles").contains("elements 0 and 2");
    assertThat(scim.get("/Users").at("/totalResults")).isEqualTo("1");
    assertThat(scim.get("/Users/" + id).header("ETag")).isEqualTo(etag);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aPatchAddingSeveralPrimaryValuesKeepsTheLastOnePrimary(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    ScimHttp scim = sut.scim;
    String id = sut.createUser("patch@example.com");

    ScimHttp.Reply r =
        scim.patch(
            "/Users/" + id,
            patchOp(
                "{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"value\":\"a@example.com\","
                    + "\"primary\":true},{\"value\":\"b@example.com\",\"primary\":true}]},"
                    + "{\"op\":\"Add\",\"path\":\"emails\",\"value\":[{\"value\":\"c@example.com\","
                    + "\"primary\":true}]}"));

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.at("/emails/0/primary")).isEqualTo("false");
    assertThat(r.at("/emails/1/primary")).isEqualTo("false");
    assertThat(r.at("/emails/2/primary")).isEqualTo("true");
  }
}
