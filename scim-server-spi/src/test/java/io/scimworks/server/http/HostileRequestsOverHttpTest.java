package io.scimworks.server.http;

import static io.scimworks.server.http.EndpointsOverHttpTest.assertScimError;
import static io.scimworks.server.http.ServerUnderTest.USER_URN;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a sloppy or hostile client sends in well-framed requests, through each binding: repeated
 * query parameters, methods in the wrong case, bodies in another charset or coding, {@code Accept}
 * headers that rule JSON out, and identifiers long enough to be echoed back at length.
 */
class HostileRequestsOverHttpTest extends OverHttpSuite {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private static String user(String userName) {
    return "{\"schemas\":[\"" + USER_URN + "\"],\"userName\":\"" + userName + "\"}";
  }

  /** POSTs raw bytes to /Users with exactly these headers (besides the token). */
  private HttpResponse<String> postUser(byte[] body, Map<String, String> headers) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(sut.binding.base() + "/Users"))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + ServerUnderTest.TOKEN)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    return HTTP.send(b.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private int usersNamed(String userName) {
    ScimHttp.Reply r = sut.scim.get("/Users?filter=userName+eq+%22" + userName + "%22");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().get("totalResults").intValue();
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aQueryParameterTheServerReadsGivenTwiceIsInvalidValueNotOneOfThemPickedSilently(
      BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    sut.createUser("twice@example.com");

    for (String query :
        new String[] {
          "filter=userName+eq+%22twice%40example.com%22&filter=userName+eq+%22x%22",
          "count=1&count=1",
          "count=1&COUNT=5",
          "attributes=userName&attributes=id",
          "sortBy=userName&sortby=id"
        }) {
      ScimHttp.Reply r = sut.scim.get("/Users?" + query);

      assertScimError(r, 400);
      assertThat(r.at("/scimType")).as(query).isEqualTo("invalidValue");
      assertThat(r.at("/detail")).as(query).contains("only once");
    }
    // A parameter the server does not read may repeat: it is ignored either way.
    assertThat(sut.scim.get("/Users?utm=a&utm=b&count=1").status()).isEqualTo(200);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aLowerCaseMethodIsNotServedAsItsUpperCaseNamesake(BindingKind kind) throws Exception {
    sut = ServerUnderTest.start(kind);
    String id = sut.createUser("lower@example.com");

    try (RawHttp http = RawHttp.connect(sut.binding.port())) {
      RawHttp.Response r =
          http.send(
                  "delete "
                      + sut.binding.mountPath()
                      + "/Users/"
                      + id
                      + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                      + ServerUnderTest.TOKEN
                      + "\r\nConnection: close\r\n\r\n")
              .readResponse();

      assertThat(r).isNotNull();
      assertThat(r.status()).isEqualTo(405);
      assertThat(r.header("Content-Type")).startsWith("application/scim+json");
      assertThat(r.header("Allow")).contains("DELETE");
    }
    assertThat(sut.scim.get("/Users/" + id).status()).isEqualTo(200);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aBodyDeclaredInACharsetOtherThanUtf8Is415AndNothingIsStored(BindingKind kind)
      throws Exception {
    sut = ServerUnderTest.start(kind);

    for (String charset : new String[] {"ISO-8859-1", "UTF-16", "windows-1252"}) {
      byte[] body = user("caf\u00e9").getBytes(Charset.forName(charset));
      HttpResponse<String> r =
          postUser(body, Map.of("Content-Type", "application/scim+json; charset=" + charset));

      assertThat(r.statusCode()).as(charset + ": " + r.body()).isEqualTo(415);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("application/scim+json");
      assertThat(r.body()).contains("\"status\":\"415\"").contains("UTF-8");
    }
    assertThat(usersNamed("caf%C3%A9")).isZero();

    HttpResponse<String> quoted =
        postUser(
            user("caf\u00e9").getBytes(StandardCharsets.UTF_8),
            Map.of("Content-Type", "application/scim+json; charset=\"UTF-8\""));
    assertThat(quoted.statusCode()).as(quoted.body()).isEqualTo(201);
    assertThat(usersNamed("caf%C3%A9")).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aUtf16BodyIsInvalidSyntaxWhileAUtf8ByteOrderMarkIsIgnored(BindingKind kind)
      throws Exception {
    sut = ServerUnderTest.start(kind);
    Map<String, String> json = Map.of("Content-Type", "application/scim+json");

    for (Charset utf16 :
        new Charset[] {
          StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE
        }) {
      HttpResponse<String> r = postUser(user("sixteen").getBytes(utf16), json);

      assertThat(r.statusCode()).as(utf16 + ": " + r.body()).isEqualTo(400);
      assertThat(r.body()).contains("\"scimType\":\"invalidSyntax\"");
    }
    assertThat(usersNamed("sixteen")).isZero();

    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = user("bom").getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, withBom, 0, bom.length);
    System.arraycopy(text, 0, withBom, bom.length, text.length);
    assertThat(postUser(withBom, json).statusCode()).isEqualTo(201);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aCompressedBodyIs415RatherThanGarbageForTheJsonParser(BindingKind kind) throws Exception {
    sut = ServerUnderTest.start(kind);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(user("zipped").getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> r =
        postUser(
            gz.toByteArray(),
            Map.of("Content-Type", "application/scim+json", "Content-Encoding", "gzip"));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(415);
    assertThat(r.body()).contains("\"status\":\"415\"").contains("Content-Encoding");
    assertThat(usersNamed("zipped")).isZero();
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void anAcceptRulingOutJsonIs406AndOnePreferringPlainJsonGetsIt(BindingKind kind) {
    sut = ServerUnderTest.start(kind);

    for (String accept :
        new String[] {
          "application/xml", "text/html, text/plain;q=0.5", "application/scim+json;q=0"
        }) {
      ScimHttp.Reply r = sut.scim.get("/Users", Map.of("Accept", accept));
      assertScimError(r, 406);
    }
    for (String accept :
        new String[] {
          "application/json",
          "application/scim+json;q=0, */*;q=0.2",
          "application/scim+json;q=0.5, application/json"
        }) {
      ScimHttp.Reply r = sut.scim.get("/Users", Map.of("Accept", accept));
      assertThat(r.status()).as(accept).isEqualTo(200);
      assertThat(r.header("Content-Type")).as(accept).isEqualTo("application/json");
    }
    for (String accept :
        new String[] {
          "*/*",
          "application/*",
          "text/html, */*;q=0.1",
          "application/scim+json, application/json",
          "application/scim+json; charset=utf-8",
          "nonsense"
        }) {
      ScimHttp.Reply r = sut.scim.get("/Users", Map.of("Accept", accept));
      assertThat(r.status()).as(accept).isEqualTo(200);
      assertThat(r.header("Content-Type")).as(accept).isEqualTo("application/scim+json");
    }
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void anErrorDetailQuotesAHugeIdentifierOnlyInPart(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    String id = "a".repeat(6_000); // below Jetty's request-line limit

    ScimHttp.Reply r = sut.scim.get("/Users/" + id);

    assertScimError(r, 404);
    // the quoted id is cut to 200 characters and an ellipsis, the rest of the detail kept
    assertThat(r.at("/detail"))
        .hasSizeLessThan(300)
        .contains("a".repeat(200) + "...")
        .doesNotContain("a".repeat(201));
    assertThat(r.body().length()).isLessThan(500);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void conditionalHeadersSentAsSeveralLinesAreOneList(BindingKind kind) throws Exception {
    sut = ServerUnderTest.start(kind);
    String id = sut.createUser("lines@example.com");
    String etag = sut.scim.get("/Users/" + id).header("ETag");
    String target = sut.binding.mountPath() + "/Users/" + id;
    String auth = "Host: localhost\r\nAuthorization: Bearer " + ServerUnderTest.TOKEN + "\r\n";
    String body = user("lines@example.com").replace("}", ",\"displayName\":\"Two lines\"}");

    try (RawHttp http = RawHttp.connect(sut.binding.port())) {
      RawHttp.Response notModified =
          http.send(
                  "GET "
                      + target
                      + " HTTP/1.1\r\n"
                      + auth
                      + "If-None-Match: W/\"stale\"\r\nIf-None-Match: "
                      + etag
                      + "\r\n\r\n")
              .readResponse();
      RawHttp.Response put =
          http.send(
                  "PUT "
                      + target
                      + " HTTP/1.1\r\n"
                      + auth
                      + "If-Match: W/\"stale\"\r\nIf-Match: "
                      + etag
                      + "\r\n"
                      + "Content-Type: application/scim+json\r\nContent-Length: "
                      + body.length()
                      + "\r\nConnection: close\r\n\r\n"
                      + body)
              .readResponse();

      assertThat(notModified).isNotNull();
      assertThat(notModified.status()).isEqualTo(304);
      assertThat(put).isNotNull();
      assertThat(put.status()).as(put.body()).isEqualTo(200);
      assertThat(put.body()).contains("Two lines");
    }
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aMemberNamedTwiceInABodyIsInvalidSyntaxNotTheLastOneTakenSilently(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    String id = sut.createUser("once@example.com");

    ScimHttp.Reply post =
        sut.scim.post("/Users", user("twice@example.com").replace("}", ",\"userName\":\"admin\"}"));
    ScimHttp.Reply nested =
        sut.scim.post(
            "/Users",
            user("nested@example.com")
                .replace(
                    "}",
                    ",\"emails\":[{\"value\":\"n@example.com\",\"primary\":false,"
                        + "\"primary\":true}]}"));
    ScimHttp.Reply patch =
        sut.scim.patch(
            "/Users/" + id,
            ServerUnderTest.patchOp(
                "{\"op\":\"add\",\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"X\"}"));

    for (ScimHttp.Reply r : new ScimHttp.Reply[] {post, nested, patch}) {
      assertScimError(r, 400);
      assertThat(r.at("/scimType")).isEqualTo("invalidSyntax");
      assertThat(r.at("/detail")).contains("appears twice");
    }
    assertThat(usersNamed("admin")).isZero();
    assertThat(usersNamed("nested%40example.com")).isZero();
    assertThat(sut.scim.get("/Users/" + id).at("/displayName")).isEqualTo("once@example.com");
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aJsonSyntaxErrorIsExplainedWithoutTheParsersInternals(BindingKind kind) {
    sut = ServerUnderTest.start(kind);

    for (String body :
        new String[] {user("trailing") + "{", "{\"a\":NaN}", "{\"a\":" + "1".repeat(2_000) + "}"}) {
      ScimHttp.Reply r = sut.scim.post("/Users", body);

      assertScimError(r, 400);
      assertThat(r.at("/scimType")).isEqualTo("invalidSyntax");
      assertThat(r.at("/detail"))
          .as(body.substring(0, Math.min(12, body.length())))
          .doesNotContain("`")
          .doesNotContainIgnoringCase("jackson")
          .doesNotContain("Feature")
          .doesNotContain("Constraints");
    }
  }
}
