package io.scimworks.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * RFC 9110 §9.1: a general-purpose server MUST support GET and HEAD. {@code HEAD} answers wherever
 * {@code GET} does, with the same status and headers and no body; {@code OPTIONS} answers with the
 * methods of its target; a 405 lists the same methods.
 */
class HeadAndOptionsOverHttpTest extends OverHttpSuite {

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void headAnswersAsGetWouldWithTheGetBodysLengthAndNoBody(BindingKind kind) throws Exception {
    sut = ServerUnderTest.start(kind);
    String id = sut.createUser("head@example.com");
    List<String> targets =
        List.of(
            "/Users/" + id,
            "/Users?filter=userName%20eq%20%22head%40example.com%22",
            "/Users/" + id + "?attributes=userName",
            "/Users/no-such-user",
            "/ServiceProviderConfig",
            "/Schemas/urn:ietf:params:scim:schemas:core:2.0:User",
            "/ResourceTypes");

    try (RawHttp http = RawHttp.connect(sut.binding.port())) {
      for (String target : targets) {
        RawHttp.Response get = http.send(request("GET", target)).readResponse();
        RawHttp.Response head = http.send(request("HEAD", target)).readHeadResponse();

        assertThat(get).isNotNull();
        assertThat(head).as(target).isNotNull();
        assertThat(head.status()).as(target).isEqualTo(get.status());
        assertThat(head.header("Content-Length"))
            .as(target)
            .isEqualTo(Integer.toString(get.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(head.header("Content-Type")).as(target).isEqualTo(get.header("Content-Type"));
        assertThat(head.header("ETag")).as(target).isEqualTo(get.header("ETag"));
      }
      // Had a HEAD carried a body, its bytes would stand where this status line is expected.
      RawHttp.Response after =
          http.send(
                  request("GET", "/Users/" + id)
                      .replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n"))
              .readResponse();
      assertThat(after).isNotNull();
      assertThat(after.status()).isEqualTo(200);
      assertThat(after.body()).contains("head@example.com");
    }
  }

  @Test
  void headOutsideTheMountOfTheJdkBindingIsTheGets404HeadersQuietly() throws Exception {
    sut = ServerUnderTest.start(BindingKind.JDK);
    Logger jdkServer = Logger.getLogger("com.sun.net.httpserver");
    List<LogRecord> logged = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
              logged.add(r);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    jdkServer.addHandler(capture);
    try (RawHttp http = RawHttp.connect(sut.binding.port())) {
      String host = "\r\nHost: 127.0.0.1:" + sut.binding.port() + "\r\n\r\n";
      RawHttp.Response get = http.send("GET /elsewhere HTTP/1.1" + host).readResponse();
      RawHttp.Response head = http.send("HEAD /elsewhere HTTP/1.1" + host).readHeadResponse();
      RawHttp.Response after =
          http.send("GET /elsewhere HTTP/1.1\r\nConnection: close" + host).readResponse();

      assertThat(get).isNotNull();
      assertThat(head).isNotNull();
      assertThat(head.status()).isEqualTo(404);
      assertThat(head.header("Content-Length"))
          .isEqualTo(Integer.toString(get.body().getBytes(StandardCharsets.UTF_8).length));
      assertThat(after).isNotNull();
      assertThat(after.body()).isEqualTo(get.body());
    } finally {
      jdkServer.removeHandler(capture);
    }
    assertThat(logged).extracting(LogRecord::getMessage).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void headHonoursIfNoneMatchAndAuthenticationAsGetDoes(BindingKind kind) throws Exception {
    sut = ServerUnderTest.start(kind);
    String id = sut.createUser("head-etag@example.com");
    String etag = sut.scim.get("/Users/" + id).header("ETag");

    ScimHttp.Reply notModified =
        sut.scim.send("HEAD", "/Users/" + id, null, Map.of("If-None-Match", etag));
    ScimHttp.Reply anonymous = sut.scim.withToken(null).send("HEAD", "/Users", null, Map.of());

    assertThat(notModified.status()).isEqualTo(304);
    assertThat(notModified.header("ETag")).isEqualTo(etag);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(anonymous.body()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void a405ListsHeadWhereGetIsAllowedAndOptionsEverywhere(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    String id = sut.createUser("allow@example.com");

    ScimHttp.Reply list = sut.scim.delete("/Users");
    ScimHttp.Reply one = sut.scim.post("/Users/" + id, "{}");
    ScimHttp.Reply discovery = sut.scim.delete("/Schemas");
    ScimHttp.Reply search = sut.scim.send("HEAD", "/Users/.search", null, Map.of());
    ScimHttp.Reply bulk = sut.scim.get("/Bulk");

    assertThat(list.status()).isEqualTo(405);
    assertThat(list.header("Allow")).isEqualTo("GET, HEAD, POST, OPTIONS");
    assertThat(one.header("Allow")).isEqualTo("GET, HEAD, PUT, PATCH, DELETE, OPTIONS");
    assertThat(discovery.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
    assertThat(search.status()).isEqualTo(405);
    assertThat(search.header("Allow")).isEqualTo("POST, OPTIONS");
    assertThat(search.body()).isEmpty();
    assertThat(bulk.status()).isEqualTo(405);
    assertThat(bulk.header("Allow")).isEqualTo("POST, OPTIONS");
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void optionsAnswers204WithTheMethodsOfItsTarget(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    String id = sut.createUser("options@example.com");

    ScimHttp.Reply list = sut.scim.send("OPTIONS", "/Users", null, Map.of());
    ScimHttp.Reply one = sut.scim.send("OPTIONS", "/Users/" + id, null, Map.of());
    ScimHttp.Reply search = sut.scim.send("OPTIONS", "/.search", null, Map.of());
    ScimHttp.Reply config = sut.scim.send("OPTIONS", "/ServiceProviderConfig", null, Map.of());
    ScimHttp.Reply nowhere = sut.scim.send("OPTIONS", "/Nothing", null, Map.of());
    ScimHttp.Reply anonymous = sut.scim.withToken(null).send("OPTIONS", "/Users", null, Map.of());

    assertThat(list.status()).isEqualTo(204);
    assertThat(list.header("Allow")).isEqualTo("GET, HEAD, POST, OPTIONS");
    assertThat(list.body()).isEmpty();
    assertThat(one.header("Allow")).isEqualTo("GET, HEAD, PUT, PATCH, DELETE, OPTIONS");
    assertThat(search.header("Allow")).isEqualTo("POST, OPTIONS");
    assertThat(config.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
    assertThat(nowhere.status()).isEqualTo(404);
    assertThat(anonymous.status()).isEqualTo(401);
  }

  private String request(String method, String target) {
    StringBuilder r =
        new StringBuilder(method)
            .append(' ')
            .append(sut.binding.mountPath())
            .append(target)
            .append(" HTTP/1.1\r\nHost: 127.0.0.1:")
            .append(sut.binding.port())
            .append("\r\nAuthorization: Bearer ")
            .append(ServerUnderTest.TOKEN)
            .append("\r\n\r\n");
    return r.toString();
  }
}
