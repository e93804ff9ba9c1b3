package io.scimworks.server.http;

import static io.scimworks.server.http.ServerUnderTest.ENTERPRISE;
import static io.scimworks.server.http.ServerUnderTest.GROUP_URN;
import static io.scimworks.server.http.ServerUnderTest.USER_URN;
import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.validation.ValidationOptions;
import io.scimworks.server.ServerOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A resource sent by POST, PUT or in a bulk operation lists its schemas (RFC 7643 §3: {@code
 * schemas} is REQUIRED; RFC 7644 §3.3). Missing, empty, not naming the type's core schema, or
 * naming a schema of another type: 400 {@code invalidValue} whose detail says what to send, and
 * nothing is written. Entra ID's own schema URI beside the core one, and its extension objects
 * under a URN it does not list, are accepted by default and refused by a strict server.
 */
class SchemasOverHttpTest extends OverHttpSuite {
  private static final String MICROSOFT =
      "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group";

  private static String user(String schemas, String userName) {
    return "{" + schemas + "\"userName\":\"" + userName + "\"}";
  }

  private static String list(String... urns) {
    return "\"schemas\":[\"" + String.join("\",\"", urns) + "\"],";
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aPostWithoutTheTypesCoreSchemaIs400InvalidValueAndCreatesNothing(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    ScimHttp scim = sut.scim;

    ScimHttp.Reply missing = scim.post("/Users", user("", "a"));
    ScimHttp.Reply empty = scim.post("/Users", user("\"schemas\":[],", "b"));
    ScimHttp.Reply notArray = scim.post("/Users", user("\"schemas\":\"" + USER_URN + "\",", "c"));
    ScimHttp.Reply group = scim.post("/Users", user(list(GROUP_URN), "d"));
    ScimHttp.Reply unknown = scim.post("/Users", user(list("urn:example:Unknown"), "e"));
    ScimHttp.Reply groupBeside = scim.post("/Users", user(list(USER_URN, GROUP_URN), "f"));
    ScimHttp.Reply enterpriseOnGroup =
        scim.post("/Groups", "{" + list(GROUP_URN, ENTERPRISE) + "\"displayName\":\"g\"}");

    assertInvalid(missing, "schemas is required", USER_URN);
    assertInvalid(empty, "must not be empty", USER_URN);
    assertInvalid(notArray, "JSON array");
    assertInvalid(group, GROUP_URN, "not a schema of User");
    assertInvalid(unknown, "must list the core schema of User", USER_URN);
    assertInvalid(groupBeside, GROUP_URN, "not a schema of User");
    assertInvalid(enterpriseOnGroup, ENTERPRISE, "not a schema of Group");
    assertThat(scim.get("/Users").at("/totalResults")).isEqualTo("0");
    assertThat(scim.get("/Groups").at("/totalResults")).isEqualTo("0");
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aPutOrABulkOperationIsCheckedAlike(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    ScimHttp scim = sut.scim;
    String id = sut.createUser("put@example.com");
    String etag = scim.get("/Users/" + id).header("ETag");

    ScimHttp.Reply put = scim.put("/Users/" + id, user("", "put@example.com"));
    ScimHttp.Reply bulk =
        scim.post(
            "/Bulk",
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"Operations\":["
                + "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"1\",\"data\":"
                + user(list(GROUP_URN), "bulk")
                + "}]}");

    assertInvalid(put, "schemas is required");
    assertThat(scim.get("/Users/" + id).header("ETag")).isEqualTo(etag);
    assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);
    assertThat(bulk.at("/Operations/0/status")).isEqualTo("400");
    assertThat(bulk.at("/Operations/0/response/scimType")).isEqualTo("invalidValue");
    assertThat(bulk.at("/Operations/0/response/detail")).contains(GROUP_URN);
    assertThat(scim.get("/Users").at("/totalResults")).isEqualTo("1");
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void entraIdsHabitsAreAcceptedByDefaultAndRefusedByAStrictServer(BindingKind kind) {
    String entraGroup = "{" + list(GROUP_URN, MICROSOFT) + "\"displayName\":\"Admins\"}";
    String unlisted =
        "{"
            + list(USER_URN)
            + "\"userName\":\"u\",\""
            + ENTERPRISE
            + "\":{\"employeeNumber\":\"7\"}}";
    sut = ServerUnderTest.start(kind);

    ScimHttp.Reply group = sut.scim.post("/Groups", entraGroup);
    ScimHttp.Reply user = sut.scim.post("/Users", unlisted);

    assertThat(group.status()).as(group.toString()).isEqualTo(201);
    assertThat(group.body()).doesNotContain(MICROSOFT);
    assertThat(user.status()).as(user.toString()).isEqualTo(201);
    assertThat(user.at("/schemas/1")).isEqualTo(ENTERPRISE);

    sut.close();
    sut =
        ServerUnderTest.start(
            kind,
            ServerOptions.builder()
                .validationOptions(
                    ValidationOptions.builder()
                        .ignoreUnknownSchemas(false)
                        .acceptUnlistedExtensions(false)
                        .build())
                .build());
    assertInvalid(sut.scim.post("/Groups", entraGroup), MICROSOFT);
    assertInvalid(sut.scim.post("/Users", unlisted), ENTERPRISE, "does not list it");
  }

  private static void assertInvalid(ScimHttp.Reply r, String... inDetail) {
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.at("/scimType")).as(r.toString()).isEqualTo("invalidValue");
    assertThat(r.at("/detail")).as(r.toString()).contains(inDetail);
  }
}
