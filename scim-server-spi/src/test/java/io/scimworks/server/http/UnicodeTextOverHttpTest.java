package io.scimworks.server.http;

import static io.scimworks.server.http.ServerUnderTest.USER_URN;
import static io.scimworks.server.http.ServerUnderTest.patchOp;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * RFC 7643 §2.3.1: a SCIM string is Unicode text. A JSON escape of a UTF-16 surrogate without its
 * other half ({@code "\ud800"}) is refused wherever a client can send one (resource bodies, PATCH
 * values and paths, filters in the query and in {@code .search}, bulk) with a 400 that names the
 * value, before any store sees it: every store answers alike (PostgreSQL cannot hold such a string,
 * memory and H2 could). U+0000 (NUL) is refused alike in bodies, for the same reason: PostgreSQL
 * cannot hold it, memory and H2 could.
 */
class UnicodeTextOverHttpTest extends OverHttpSuite {
  private static final String SEARCH =
      "\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],";

  private static final String LONE = "\\ud800";

  private static String user(String userName, String displayName) {
    return "{\"schemas\":[\""
        + USER_URN
        + "\"],\"userName\":\""
        + userName
        + "\",\"displayName\":\""
        + displayName
        + "\",\"emails\":[{\"value\":\"x@example.com\",\"type\":\"work\"}]}";
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void resourceBodiesWithAnUnpairedSurrogateAre400InvalidValueNamingTheValue(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    ScimHttp scim = sut.scim;
    String id = sut.createUser("unicode@example.com");

    ScimHttp.Reply post = scim.post("/Users", user("lone" + LONE + "@example.com", "Lone"));
    ScimHttp.Reply low = scim.post("/Users", user("low@example.com", "\\udc00 low"));
    ScimHttp.Reply inEmail =
        scim.post(
            "/Users",
            user("mail@example.com", "Mail").replace("x@example.com", "x" + LONE + "@example.com"));
    ScimHttp.Reply put = scim.put("/Users/" + id, user("unicode@example.com", "a" + LONE));
    ScimHttp.Reply inName =
        scim.post(
            "/Users",
            "{\"schemas\":[\""
                + USER_URN
                + "\"],\"userName\":\"k@example.com\",\"x"
                + LONE
                + "\":1}");

    assertInvalidValue(post, "'userName'");
    assertInvalidValue(low, "'displayName'");
    assertInvalidValue(inEmail, "'emails[0].value'");
    assertInvalidValue(put, "'displayName'");
    assertThat(inName.status()).isEqualTo(400); // the parser itself refuses such a name
    assertThat(inName.at("/scimType")).isEqualTo("invalidSyntax");
    assertThat(inName.at("/detail")).contains("surrogate");
    assertThat(scim.get("/Users").at("/totalResults")).isEqualTo("1");
    assertThat(scim.get("/Users/" + id).at("/displayName")).isEqualTo("unicode@example.com");
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void patchValuesAndPathsWithOneAreRefused(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    ScimHttp scim = sut.scim;
    String id = sut.createUser("patch-unicode@example.com");
    String etag = scim.get("/Users/" + id).header("ETag");

    ScimHttp.Reply value =
        scim.patch(
            "/Users/" + id,
            patchOp("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"" + LONE + "\"}"));
    ScimHttp.Reply noPath =
        scim.patch(
            "/Users/" + id,
            patchOp("{\"op\":\"replace\",\"value\":{\"title\":\"t" + LONE + "\"}}"));
    ScimHttp.Reply path =
        scim.patch(
            "/Users/" + id,
            patchOp(
                "{\"op\":\"replace\",\"path\":\"emails[value eq \\\""
                    + "\\"
                    + LONE
                    + "\\\"].type\",\"value\":\"home\"}"));

    assertInvalidValue(value, "'Operations[0].value'");
    assertInvalidValue(noPath, "'Operations[0].value.title'");
    assertThat(path.status()).as(path.toString()).isEqualTo(400);
    assertThat(path.at("/scimType")).isEqualTo("invalidPath");
    assertThat(path.at("/detail")).contains("unpaired UTF-16 surrogate");
    assertThat(scim.get("/Users/" + id).header("ETag")).isEqualTo(etag);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void filtersWithOneAreInvalidFiltersInTheQueryAndInSearches(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    ScimHttp scim = sut.scim;
    String escapedInFilter = "displayName eq \\\"\\" + LONE + "\\\"";

    ScimHttp.Reply query = scim.get("/Users?filter=displayName+eq+%22%5Cud800%22");
    ScimHttp.Reply search =
        scim.post("/Users/.search", "{" + SEARCH + "\"filter\":\"" + escapedInFilter + "\"}");
    ScimHttp.Reply root =
        scim.post("/.search", "{" + SEARCH + "\"filter\":\"" + escapedInFilter + "\"}");
    ScimHttp.Reply inBody =
        scim.post(
            "/Users/.search", "{" + SEARCH + "\"filter\":\"displayName eq \\\"" + LONE + "\\\"\"}");
    ScimHttp.Reply pair = scim.get("/Users?filter=displayName+eq+%22%5Cud83d%5Cude00%22");

    for (ScimHttp.Reply r : new ScimHttp.Reply[] {query, search, root}) {
      assertThat(r.status()).as(r.toString()).isEqualTo(400);
      assertThat(r.at("/scimType")).isEqualTo("invalidFilter");
      assertThat(r.at("/detail")).contains("unpaired UTF-16 surrogate");
    }
    assertInvalidValue(inBody, "'filter'");
    assertThat(pair.status()).isEqualTo(200);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aBulkRequestCarryingOneIsRefusedWholeAndWritesNothing(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    String bulk =
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"Operations\":["
            + "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"a\",\"data\":"
            + user("fine@example.com", "Fine")
            + "},{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"b\",\"data\":"
            + user("bad@example.com", "Bad" + LONE)
            + "}]}";

    ScimHttp.Reply r = sut.scim.post("/Bulk", bulk);

    assertInvalidValue(r, "'Operations[1].data.displayName'");
    assertThat(sut.scim.get("/Users").at("/totalResults")).isEqualTo("0");
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void pairsAreTextAndRawSurrogateBytesAreNotJson(BindingKind kind) throws Exception {
    sut = ServerUnderTest.start(kind);

    ScimHttp.Reply pair = sut.scim.post("/Users", user("pair@example.com", "\\ud83d\\ude00"));
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    raw.writeBytes(
        ("{\"schemas\":[\"" + USER_URN + "\"],\"userName\":\"").getBytes(StandardCharsets.UTF_8));
    raw.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // U+D800 as if UTF-8
    raw.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
    RawHttp.Response bytes;
    try (RawHttp http = RawHttp.connect(sut.binding.port())) {
      http.send(
          ("POST "
                  + sut.binding.mountPath()
                  + "/Users HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                  + ServerUnderTest.TOKEN
                  + "\r\nConnection: close\r\nContent-Type: application/scim+json"
                  + "\r\nContent-Length: "
                  + raw.size()
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      bytes = http.send(raw.toByteArray()).readResponse();
    }

    assertThat(pair.status()).as(pair.toString()).isEqualTo(201);
    assertThat(pair.at("/displayName")).isEqualTo("😀");
    assertThat(bytes).isNotNull();
    assertThat(bytes.status()).isEqualTo(400);
    assertThat(bytes.body()).contains("invalidSyntax");
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void nulInABodyIsRefusedAsInvalidValueNamingThePlaceAndNothingIsWritten(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    ScimHttp scim = sut.scim;
    String id = sut.createUser("nul@example.com");
    String etag = scim.get("/Users/" + id).header("ETag");

    ScimHttp.Reply post = scim.post("/Users", user("a\\u0000b@example.com", "A"));
    ScimHttp.Reply inEmail =
        scim.post(
            "/Users", user("m@example.com", "M").replace("x@example.com", "x\\u0000@example.com"));
    ScimHttp.Reply inName =
        scim.post(
            "/Users",
            "{\"schemas\":[\"" + USER_URN + "\"],\"userName\":\"k@example.com\",\"x\\u0000y\":1}");
    ScimHttp.Reply put = scim.put("/Users/" + id, user("nul@example.com", "\\u0000"));
    ScimHttp.Reply patch =
        scim.patch(
            "/Users/" + id, patchOp("{\"op\":\"Replace\",\"value\":{\"title\":\"t\\u0000\"}}"));
    ScimHttp.Reply group =
        scim.post(
            "/Groups",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                + "\"displayName\":\"g\",\"members\":[{\"value\":\"\\u0000\"}]}");

    assertNul(post, "'userName'");
    assertNul(inEmail, "'emails[0].value'");
    assertNul(inName, "'x\uFFFDy'");
    assertNul(put, "'displayName'");
    assertNul(patch, "'Operations[0].value.title'");
    assertNul(group, "'members[0].value'");
    assertThat(scim.get("/Users").at("/totalResults")).isEqualTo("1");
    assertThat(scim.get("/Groups").at("/totalResults")).isEqualTo("0");
    assertThat(scim.get("/Users/" + id).header("ETag")).isEqualTo(etag);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aFilterValueHoldingNulMatchesNothing(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    sut.createUser("a");

    ScimHttp.Reply filter = sut.scim.get("/Users?filter=userName+eq+%22a%5Cu0000%22");

    assertThat(filter.status()).as(filter.toString()).isEqualTo(200);
    assertThat(filter.at("/totalResults")).isEqualTo("0");
  }

  private static void assertNul(ScimHttp.Reply r, String names) {
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.at("/scimType")).as(r.toString()).isEqualTo("invalidValue");
    assertThat(r.at("/detail")).as(r.toString()).contains(names).contains("U+0000");
  }

  private static void assertInvalidValue(ScimHttp.Reply r, String names) {
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.at("/scimType")).as(r.toString()).isEqualTo("invalidValue");
    assertThat(r.at("/detail")).as(r.toString()).contains(names).contains("unpaired UTF-16");
  }
}
