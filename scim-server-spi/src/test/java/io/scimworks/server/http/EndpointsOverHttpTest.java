package io.scimworks.server.http;

import static io.scimworks.server.http.ServerUnderTest.ENTERPRISE;
import static io.scimworks.server.http.ServerUnderTest.USER_URN;
import static io.scimworks.server.http.ServerUnderTest.patchOp;
import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.server.ServerOptions;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** Every endpoint and status of the server, over real HTTP through each binding. */
class EndpointsOverHttpTest extends OverHttpSuite {
  private static final String LIST = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
  private static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

  private ScimHttp start(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    return sut.scim;
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void createAnswers201WithLocationETagAndMeta(BindingKind kind) {
    ScimHttp scim = start(kind);

    ScimHttp.Reply r =
        scim.post(
            "/Users",
            "{\"schemas\":[\""
                + USER_URN
                + "\"],\"id\":\"client-chosen\",\"userName\":\"bjensen@example.com\","
                + "\"displayName\":\"Babs Jensen\",\"meta\":{\"resourceType\":\"Group\"}}");

    assertThat(r.status()).isEqualTo(201);
    assertThat(r.header("Content-Type")).startsWith("application/scim+json");
    String id = r.at("/id");
    assertThat(id).isNotEqualTo("client-chosen");
    assertThat(r.header("Location")).isEqualTo(scim.base() + "/Users/" + id);
    assertThat(r.header("ETag")).startsWith("W/");
    assertThat(r.at("/meta/resourceType")).isEqualTo("User");
    assertThat(r.at("/meta/location")).isEqualTo(r.header("Location"));
    assertThat(r.at("/meta/created")).isNotNull();
    assertThat(r.at("/meta/lastModified")).isNotNull();
    assertThat(r.at("/meta/version")).isEqualTo(r.header("ETag"));
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void readReplacePatchAndDeleteAUser(BindingKind kind) {
    ScimHttp scim = start(kind);
    String id = sut.createUser("crud@example.com");

    ScimHttp.Reply read = scim.get("/Users/" + id);
    ScimHttp.Reply replaced =
        scim.put(
            "/Users/" + id,
            "{\"schemas\":[\""
                + USER_URN
                + "\"],\"userName\":\"crud@example.com\",\"displayName\":\"Replaced\","
                + "\"title\":\"Boss\"}");
    ScimHttp.Reply patched =
        scim.patch(
            "/Users/" + id,
            patchOp("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Patched\"}"));
    ScimHttp.Reply deleted = scim.delete("/Users/" + id);
    ScimHttp.Reply gone = scim.get("/Users/" + id);

    assertThat(read.status()).isEqualTo(200);
    assertThat(read.at("/userName")).isEqualTo("crud@example.com");
    assertThat(replaced.status()).isEqualTo(200);
    assertThat(replaced.at("/title")).isEqualTo("Boss");
    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.at("/displayName")).isEqualTo("Patched");
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    assertScimError(gone, 404);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aDuplicateUserNameIs409Uniqueness(BindingKind kind) {
    ScimHttp scim = start(kind);
    sut.createUser("dup@example.com");

    ScimHttp.Reply r =
        scim.post(
            "/Users", "{\"schemas\":[\"" + USER_URN + "\"],\"userName\":\"DUP@example.com\"}");

    assertScimError(r, 409);
    assertThat(r.at("/scimType")).isEqualTo("uniqueness");
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void eTagsAnswer304AndPreconditionsAnswer412(BindingKind kind) {
    ScimHttp scim = start(kind);
    String id = sut.createUser("etag@example.com");
    String etag = scim.get("/Users/" + id).header("ETag");

    ScimHttp.Reply notModified = scim.get("/Users/" + id, Map.of("If-None-Match", etag));
    ScimHttp.Reply stale =
        scim.send(
            "PATCH",
            "/Users/" + id,
            patchOp("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"x\"}"),
            Map.of("If-Match", "W/\"not-the-version\""));
    ScimHttp.Reply fresh =
        scim.send(
            "PATCH",
            "/Users/" + id,
            patchOp("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"y\"}"),
            Map.of("If-Match", etag));

    assertThat(notModified.status()).isEqualTo(304);
    assertThat(notModified.body()).isEmpty();
    assertScimError(stale, 412);
    assertThat(fresh.status()).isEqualTo(200);
    assertThat(fresh.header("ETag")).isNotEqualTo(etag);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void anUnsupportedMethodIs405WithAllow(BindingKind kind) {
    ScimHttp scim = start(kind);

    ScimHttp.Reply r = scim.delete("/Users");

    assertThat(r.status()).isEqualTo(405);
    assertThat(r.header("Allow")).contains("GET").contains("POST");
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void searchesByGetAndByPostAtTypeAndRootLevel(BindingKind kind) {
    ScimHttp scim = start(kind);
    sut.createUser("search@example.com");
    String search =
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
            + "\"filter\":\"userName eq \\\"search@example.com\\\"\"}";

    ScimHttp.Reply byGet = scim.get("/Users?filter=userName%20eq%20%22SEARCH%40example.com%22");
    ScimHttp.Reply byPost = scim.post("/Users/.search", search);
    ScimHttp.Reply atRoot = scim.post("/.search", search);
    ScimHttp.Reply empty = scim.get("/Groups?filter=displayName+eq+%22nobody%22");

    for (ScimHttp.Reply r : new ScimHttp.Reply[] {byGet, byPost, atRoot}) {
      assertThat(r.status()).as(r.toString()).isEqualTo(200);
      assertThat(r.at("/schemas/0")).isEqualTo(LIST);
      assertThat(r.json().get("totalResults").intValue()).isEqualTo(1);
    }
    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.json().get("totalResults").intValue()).isZero();
    assertThat(empty.json().get("Resources").isArray()).isTrue();
    assertThat(empty.json().get("Resources")).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void pagesTellTheTruthAboutTheirSize(BindingKind kind) {
    ScimHttp scim = start(kind);
    for (int i = 0; i < 7; i++) {
      sut.createUser("page" + i + "@example.com");
    }

    JsonNode page = scim.get("/Users?startIndex=6&count=5").json();
    JsonNode capped = scim.get("/Users?count=100000").json();

    assertThat(page.get("startIndex").intValue()).isEqualTo(6);
    assertThat(page.get("itemsPerPage").intValue()).isEqualTo(2);
    assertThat(page.get("totalResults").intValue()).isEqualTo(7);
    assertThat(page.get("Resources")).hasSize(2);
    assertThat(capped.get("itemsPerPage").intValue()).isEqualTo(capped.get("Resources").size());
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void discoveryEndpointsDescribeTheServer(BindingKind kind) {
    ScimHttp scim = start(kind);

    ScimHttp.Reply config = scim.get("/ServiceProviderConfig");
    ScimHttp.Reply types = scim.get("/ResourceTypes");
    ScimHttp.Reply userType = scim.get("/ResourceTypes/User");
    ScimHttp.Reply schemas = scim.get("/Schemas");
    ScimHttp.Reply enterprise = scim.get("/Schemas/" + ENTERPRISE);
    ScimHttp.Reply unknown = scim.get("/Schemas/urn:example:nothing");

    assertThat(config.status()).isEqualTo(200);
    assertThat(config.json().get("patch").get("supported").booleanValue()).isTrue();
    assertThat(config.json().get("bulk").get("maxOperations").intValue()).isPositive();
    assertThat(types.status()).isEqualTo(200);
    assertThat(types.at("/schemas/0")).isEqualTo(LIST);
    assertThat(userType.at("/endpoint")).isEqualTo("/Users");
    assertThat(schemas.status()).isEqualTo(200);
    assertThat(schemas.body()).contains(USER_URN, ENTERPRISE).doesNotContain(":null");
    assertThat(enterprise.at("/id")).isEqualTo(ENTERPRISE);
    assertScimError(unknown, 404);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void bulkRunsOperationsWithBulkIdReferences(BindingKind kind) {
    ScimHttp scim = start(kind);

    ScimHttp.Reply r =
        scim.post(
            "/Bulk",
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"Operations\":["
                + "{\"method\":\"POST\",\"path\":\"/Groups\",\"bulkId\":\"g\",\"data\":{\"schemas\":[\""
                + ServerUnderTest.GROUP_URN
                + "\"],\"displayName\":\"Bulk\",\"members\":[{\"value\":\"bulkId:u\"}]}},"
                + "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"u\",\"data\":{\"schemas\":[\""
                + USER_URN
                + "\"],\"userName\":\"bulk@example.com\"}}]}");

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().get("Operations")).hasSize(2);
    assertThat(r.json().get("Operations"))
        .allSatisfy(op -> assertThat(op.get("status").asString()).isEqualTo("201"));
    JsonNode group = scim.get("/Groups?filter=displayName+eq+%22Bulk%22").json();
    assertThat(group.get("Resources").get(0).get("members")).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void meWithoutAMappedUserIs501(BindingKind kind) {
    ScimHttp scim = start(kind);

    assertScimError(scim.get("/Me"), 501);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void jsonAndScimJsonAreAcceptedWithOrWithoutCharset(BindingKind kind) {
    ScimHttp scim = start(kind);
    String[] types = {
      "application/json", "application/scim+json", "application/json; charset=utf-8"
    };

    for (int i = 0; i < types.length; i++) {
      ScimHttp.Reply r =
          scim.send(
              "POST",
              "/Users",
              "{\"schemas\":[\"" + USER_URN + "\"],\"userName\":\"ct" + i + "\"}",
              Map.of("Content-Type", types[i]));
      assertThat(r.status()).as(types[i]).isEqualTo(201);
    }
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void withoutTheRightTokenNothingIsServed(BindingKind kind) {
    ScimHttp scim = start(kind);

    ScimHttp.Reply none = scim.withToken(null).get("/Users");
    ScimHttp.Reply wrong = scim.withToken("guess").get("/Users");

    assertScimError(none, 401);
    assertThat(none.header("WWW-Authenticate")).startsWithIgnoringCase("Bearer");
    assertScimError(wrong, 401);
    assertScimError(scim.withToken(null).get("/ServiceProviderConfig"), 401);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aBodyOverTheServersLimitIs413FromTheBinding(BindingKind kind) {
    sut = ServerUnderTest.start(kind, ServerOptions.builder().maxRequestBytes(2048).build());

    ScimHttp.Reply r =
        sut.scim.post(
            "/Users",
            "{\"schemas\":[\""
                + USER_URN
                + "\"],\"userName\":\"big\",\"title\":\""
                + "x".repeat(4096)
                + "\"}");

    assertScimError(r, 413);
  }

  static void assertScimError(ScimHttp.Reply r, int status) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/scim+json");
    assertThat(r.at("/schemas/0")).isEqualTo(ERROR);
    assertThat(r.at("/status")).isEqualTo(Integer.toString(status));
    assertThat(r.json().get("status").isString()).isTrue();
  }
}
