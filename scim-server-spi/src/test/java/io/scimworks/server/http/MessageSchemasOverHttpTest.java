package io.scimworks.server.http;

import static io.scimworks.server.http.ServerUnderTest.USER_URN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Request messages ({@code PatchOp}, {@code SearchRequest}, {@code BulkRequest}) follow one rule
 * for their {@code schemas} (RFC 7644 §3.4.3, §3.5.2, §3.7): required, listing the message's URN.
 * Missing, not an array of strings, or naming another message is 400 {@code invalidSyntax} whose
 * detail says what to send, and nothing is done. Bulk methods are case-sensitive, as the HTTP
 * methods they name are.
 */
class MessageSchemasOverHttpTest extends OverHttpSuite {
  private static final String SEARCH = "urn:ietf:params:scim:api:messages:2.0:SearchRequest";
  private static final String BULK = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
  private static final String PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  private static String schemas(String urn) {
    return "\"schemas\":[\"" + urn + "\"],";
  }

  private static String bulkCreate(String schemas, String method) {
    return "{"
        + schemas
        + "\"Operations\":[{\"method\":\""
        + method
        + "\",\"path\":\"/Users\",\"bulkId\":\"1\",\"data\":{\"schemas\":[\""
        + USER_URN
        + "\"],\"userName\":\"bulk\"}}]}";
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void eachMessageWithoutItsSchemaIs400InvalidSyntaxSayingWhatToSend(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    ScimHttp scim = sut.scim;
    String id = sut.createUser("alice");
    String search = "\"filter\":\"userName eq \\\"alice\\\"\"}";
    String patch = "\"Operations\":[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"x\"}]}";

    for (String path : new String[] {"/Users/.search", "/.search"}) {
      assertInvalid(scim.post(path, "{" + search), SEARCH);
      assertInvalid(scim.post(path, "{\"schemas\":\"" + SEARCH + "\"," + search), SEARCH);
      assertInvalid(scim.post(path, "{" + schemas(PATCH) + search), "PATCH request", SEARCH);
      assertThat(scim.post(path, "{" + schemas(SEARCH) + search).at("/totalResults"))
          .isEqualTo("1");
    }
    assertInvalid(scim.patch("/Users/" + id, "{" + patch), PATCH);
    assertInvalid(scim.patch("/Users/" + id, "{" + schemas(SEARCH) + patch), "search request");
    assertInvalid(scim.post("/Bulk", bulkCreate("", "POST")), BULK);
    assertInvalid(scim.post("/Bulk", bulkCreate(schemas(SEARCH), "POST")), "search request", BULK);
    assertThat(scim.get("/Users/" + id).json().has("title")).isFalse();
    assertThat(scim.get("/Users").at("/totalResults")).isEqualTo("1");
    // the URN in another case is the same URN
    ScimHttp.Reply lower = scim.post("/Bulk", bulkCreate(schemas(BULK.toLowerCase()), "POST"));
    assertThat(lower.at("/Operations/0/status")).as(lower.toString()).isEqualTo("201");
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aBulkMethodInLowerCaseIsA405ForThatOperationAsOverHttp(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    ScimHttp.Reply r = sut.scim.post("/Bulk", bulkCreate(schemas(BULK), "post"));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.at("/Operations/0/method")).isEqualTo("post");
    assertThat(r.at("/Operations/0/status")).isEqualTo("405");
    assertThat(r.at("/Operations/0/response/detail")).contains("case-sensitive", "\"POST\"");
    assertThat(sut.scim.get("/Users").at("/totalResults")).isEqualTo("0");
  }

  private static void assertInvalid(ScimHttp.Reply r, String... inDetail) {
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.at("/scimType")).as(r.toString()).isEqualTo("invalidSyntax");
    assertThat(r.at("/detail")).as(r.toString()).contains(inDetail);
  }
}
