package io.scimworks.server.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.server.CapturedLog;
import io.scimworks.server.ScimRequest;
import io.scimworks.server.ScimResponse;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Both bindings carry requests and responses between the wire and the handler unchanged. */
class HttpBindingTranslationTest {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private RunningBinding binding;

  @AfterEach
  void stop() {
    if (binding != null) {
      binding.close();
    }
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void theHandlerSeesMethodPathRawQueryHeadersAndBodyAsSent(BindingKind kind) throws Exception {
    RecordingHandler handler = RecordingHandler.ok();
    binding = kind.start(handler);
    String body = "{\"displayName\":\"Zoë Ñúñez 🚀\"}";

    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(
                    binding.uri("/Users/2819c223?filter=userName+eq+%22a%40b.com%22&count=%2010"))
                .method("PATCH", BodyPublishers.ofString(body, UTF_8))
                .header("Content-Type", "application/scim+json; charset=utf-8")
                .header("Authorization", "Bearer s3cr3t")
                .header("X-Multi", "one")
                .header("X-Multi", "two")
                .build(),
            BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    ScimRequest seen = handler.only();
    assertThat(seen.method()).isEqualTo("PATCH");
    assertThat(seen.path()).isEqualTo("/Users/2819c223");
    assertThat(seen.rawQuery()).isEqualTo("filter=userName+eq+%22a%40b.com%22&count=%2010");
    assertThat(seen.header("content-type")).isEqualTo("application/scim+json; charset=utf-8");
    assertThat(seen.header("AUTHORIZATION")).isEqualTo("Bearer s3cr3t");
    assertThat(String.join(",", seen.headers().get("x-multi"))).isIn("one,two", "one, two");
    assertThat(new String(seen.body(), UTF_8)).isEqualTo(body);
    assertThat(seen.remoteAddress()).isEqualTo("127.0.0.1");
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aRequestWithoutQueryOrBodyReachesTheHandlerAsSuch(BindingKind kind) throws Exception {
    RecordingHandler handler = RecordingHandler.ok();
    binding = kind.start(handler);

    HTTP.send(HttpRequest.newBuilder(binding.uri("/ServiceProviderConfig")).build(), discard());

    ScimRequest seen = handler.only();
    assertThat(seen.method()).isEqualTo("GET");
    assertThat(seen.path()).isEqualTo("/ServiceProviderConfig");
    assertThat(seen.rawQuery()).isNull();
    assertThat(seen.body()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void theMountPointItselfIsTheRootPath(BindingKind kind) throws Exception {
    RecordingHandler handler = RecordingHandler.ok();
    binding = kind.start(handler);

    HTTP.send(HttpRequest.newBuilder(binding.base()).build(), discard());

    assertThat(handler.only().path()).isEqualTo("/");
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void theClientGetsStatusHeadersAndUtf8BodyAsAnswered(BindingKind kind) throws Exception {
    String json = "{\"id\":\"42\",\"displayName\":\"Åsa Łukasz 中文 🚀\"}";
    binding =
        kind.start(
            r ->
                new ScimResponse(
                    201,
                    Map.of(
                        "Content-Type", "application/scim+json",
                        "Location", binding.base() + "/Users/42",
                        "ETag", "W/\"1\""),
                    json.getBytes(UTF_8)));

    HttpResponse<byte[]> response =
        HTTP.send(
            HttpRequest.newBuilder(binding.uri("/Users"))
                .POST(BodyPublishers.ofString("{}"))
                .build(),
            BodyHandlers.ofByteArray());

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("content-type")).hasValue("application/scim+json");
    assertThat(response.headers().firstValue("location")).hasValue(binding.base() + "/Users/42");
    assertThat(response.headers().firstValue("etag")).hasValue("W/\"1\"");
    assertThat(response.headers().firstValueAsLong("content-length"))
        .hasValue(json.getBytes(UTF_8).length);
    assertThat(new String(response.body(), UTF_8)).isEqualTo(json);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void noContentAndNotModifiedGoOutWithoutABody(BindingKind kind) throws Exception {
    binding =
        kind.start(
            r ->
                new ScimResponse(
                    r.path().equals("/Users/1") ? 204 : 304,
                    Map.of("ETag", "W/\"7\""),
                    new byte[0]));

    try (RawHttp raw = RawHttp.connect(binding.port())) {
      raw.send(
          "DELETE "
              + binding.mountPath()
              + "/Users/1 HTTP/1.1\r\nHost: x\r\n\r\n"
              + "GET "
              + binding.mountPath()
              + "/Users/2 HTTP/1.1\r\nHost: x\r\n\r\n");
      RawHttp.Response deleted = raw.readResponse();
      RawHttp.Response notModified = raw.readResponse();

      assertThat(deleted.status()).isEqualTo(204);
      assertThat(deleted.body()).isEmpty();
      assertThat(notModified.status()).isEqualTo(304);
      assertThat(notModified.header("ETag")).isEqualTo("W/\"7\"");
      assertThat(notModified.body()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void anEncodedSlashIsNeverDecodedIntoAPathSeparator(BindingKind kind) throws Exception {
    RecordingHandler handler = RecordingHandler.ok();
    binding = kind.start(handler);

    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(binding.uri("/Users/a%2Fb")).build(), BodyHandlers.ofString());

    if (kind == BindingKind.JETTY) {
      // Jetty's default URI compliance refuses the ambiguous path before any servlet runs.
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(handler.requests()).isEmpty();
    } else {
      assertThat(handler.only().path()).isEqualTo("/Users/a%2Fb");
    }
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void rawNonAsciiBytesInTheRequestLineReachTheHandlerPercentEncoded(BindingKind kind)
      throws Exception {
    RecordingHandler handler = RecordingHandler.ok();
    binding = kind.start(handler);

    try (RawHttp raw = RawHttp.connect(binding.port())) {
      raw.send(
          ("GET " + binding.mountPath() + "/Users/zoë?q=é HTTP/1.1\r\nHost: x\r\n\r\n")
              .getBytes(UTF_8));
      RawHttp.Response response = raw.readResponse();

      if (kind == BindingKind.JETTY) {
        // Jetty refuses unencoded non-ASCII bytes in the request target.
        assertThat(response.status()).isEqualTo(400);
        assertThat(handler.requests()).isEmpty();
      } else {
        assertThat(handler.only().path()).isEqualTo("/Users/zo%C3%AB");
        assertThat(handler.only().rawQuery()).isEqualTo("q=%C3%A9");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aHandlerThatThrowsBecomesAScimErrorThatRevealsNothing(BindingKind kind) throws Exception {
    binding =
        kind.start(
            r -> {
              throw new IllegalStateException("database password is hunter2");
            });

    HttpResponse<String> response;
    try (CapturedLog log = CapturedLog.start()) {
      response =
          HTTP.send(HttpRequest.newBuilder(binding.uri("/Users")).build(), BodyHandlers.ofString());
      assertThat(log.records())
          .singleElement()
          .satisfies(record -> assertThat(record.getThrown()).hasMessageContaining("hunter2"));
    }

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.headers().firstValue("content-type")).hasValue("application/scim+json");
    assertThat(response.body())
        .contains("urn:ietf:params:scim:api:messages:2.0:Error", "\"status\":\"500\"")
        .doesNotContain("hunter2", "IllegalStateException");
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void keepAliveConnectionsServeManyRequestsInOrder(BindingKind kind) throws Exception {
    binding = kind.start(r -> RecordingHandler.json(200, "{\"path\":\"" + r.path() + "\"}"));

    try (RawHttp raw = RawHttp.connect(binding.port())) {
      for (String id : List.of("a", "b", "c")) {
        raw.send("GET " + binding.mountPath() + "/Users/" + id + " HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(raw.readResponse().body()).isEqualTo("{\"path\":\"/Users/" + id + "\"}");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void dotSegmentsAreLeftForTheHandlerToJudge(BindingKind kind) throws Exception {
    RecordingHandler handler = RecordingHandler.ok();
    binding = kind.start(handler);

    try (RawHttp raw = RawHttp.connect(binding.port())) {
      raw.send("GET " + binding.mountPath() + "/Users/../Groups HTTP/1.1\r\nHost: x\r\n\r\n");
      raw.readResponse();
    }

    assertThat(handler.only().path()).isEqualTo("/Users/../Groups");
  }

  private static HttpResponse.BodyHandler<Void> discard() {
    return BodyHandlers.discarding();
  }
}
