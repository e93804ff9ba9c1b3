package io.scimworks.server.http;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The same raw request, sent to both bindings, gets the same status; and where both answers come
 * from SCIMworks (not from the container's own checks), the same {@code Content-Type}. A request on
 * which the bindings disagree is a defect in one of them. Not here: what Jetty refuses on grounds
 * of its own before the servlet (an encoded dot segment or slash, an empty segment, obs-fold),
 * which the JDK binding answers 404 or serves.
 */
class BindingsAgreeOverHttpTest {
  private static final String AUTH = "Authorization: Bearer " + ServerUnderTest.TOKEN + "\r\n";
  private static final String USER =
      "{\"schemas\":[\"" + ServerUnderTest.USER_URN + "\"],\"userName\":\"agree\"}";

  /** Requests with {@code {M}} for the mount path; each ends its connection. */
  private static final List<String> REQUESTS =
      List.of(
          get("/Users?count=1&count=2", ""),
          get("/Users?FILTER=userName+eq+%22a%22&filter=x", ""),
          get("/Users?count=%D9%A3", ""),
          get("/Users?count=%E3%80%801", ""),
          get("/Users?count=+1", ""),
          get("/Users?startIndex=", ""),
          get("/Users/" + "x".repeat(3000), ""),
          get("/Users", "Accept: application/xml\r\n"),
          get("/Users", "Accept: application/scim+json;q=0, application/json\r\n"),
          get("/Users", "Accept: */*;q=abc;;;,,\r\n"),
          get("/Users", "Authorization: Bearer other\r\n"),
          get("/Users;v=1", ""),
          get("/Users/..", ""),
          get("/ServiceProviderConfig/", ""),
          get("/Users#fragment", ""),
          get("/Users", "").replace("HTTP/1.1", "HTTP/1.2"),
          get("/Users", "").replace("HTTP/1.1", "HTTX/1.1"),
          get("/Users", "").replace("HTTP/1.1", "HTTP/1.0"),
          post("Content-Type: application/scim+json\r\nExpect: 100-continue, x-later\r\n", USER),
          post("Content-Type: application/scim+json\r\nExpect: 200-ok\r\n", USER),
          "delete {M}/Users/x HTTP/1.1\r\nHost: localhost\r\n" + AUTH + "Connection: close\r\n\r\n",
          "FOO {M}/Users HTTP/1.1\r\nHost: localhost\r\n" + AUTH + "Connection: close\r\n\r\n",
          "OPTIONS {M}/Users/x HTTP/1.1\r\nHost: localhost\r\n"
              + AUTH
              + "Connection: close\r\n\r\n",
          post("Content-Type: application/scim+json; charset=UTF-16\r\n", USER),
          post("Content-Type: text/plain\r\n", USER),
          post("Content-Type: application/scim+json\r\nContent-Encoding: br\r\n", USER),
          post(
              "Content-Type: application/scim+json\r\n", "{\"userName\":\"a\",\"userName\":\"b\"}"),
          post("Content-Type: application/scim+json\r\n", ""),
          post("Content-Type: application/scim+json\r\n", "[1,2]"),
          post("Content-Type: application/scim+json\r\nExpect: 100-continue\r\n", USER),
          "POST {M}/Users HTTP/1.1\r\nHost: localhost\r\n"
              + AUTH
              + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
          "POST {M}/Users HTTP/1.1\r\nHost: localhost\r\n"
              + AUTH
              + "Transfer-Encoding: gzip, chunked\r\nConnection: close\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
          "POST {M}/Users HTTP/1.1\r\nHost: localhost:70000\r\n"
              + AUTH
              + "Content-Length: 2\r\nConnection: close\r\n\r\n{}",
          "POST {M}/Users HTTP/1.1\r\n" + AUTH + "Content-Length: 2\r\nConnection: close\r\n\r\n{}",
          "POST {M}/Users HTTP/1.1\r\nHost: localhost\r\n"
              + AUTH
              + "Content-Length: +2\r\nConnection: close\r\n\r\n{}");

  private static String get(String target, String headers) {
    String auth = headers.startsWith("Authorization") ? "" : AUTH;
    return "GET {M}"
        + target
        + " HTTP/1.1\r\nHost: localhost\r\n"
        + auth
        + headers
        + "Connection: close\r\n\r\n";
  }

  private static String post(String headers, String body) {
    return "POST {M}/Users HTTP/1.1\r\nHost: localhost\r\n"
        + AUTH
        + headers
        + "Content-Length: "
        + body.length()
        + "\r\nConnection: close\r\n\r\n"
        + body;
  }

  private static List<RawHttp.Response> answers(BindingKind kind) throws Exception {
    List<RawHttp.Response> out = new ArrayList<>();
    try (ServerUnderTest sut = ServerUnderTest.start(kind)) {
      for (String request : REQUESTS) {
        try (RawHttp http = RawHttp.connect(sut.binding.port())) {
          String raw = request.replace("{M}", sut.binding.mountPath());
          out.add(
              request.startsWith("OPTIONS") ? http.send(raw).readHeadResponse() : read(http, raw));
        }
      }
    }
    return out;
  }

  private static RawHttp.Response read(RawHttp http, String raw) throws Exception {
    RawHttp.Response r = http.send(raw).readResponse();
    // An interim 100 Continue is not the answer.
    return r != null && r.status() == 100 ? http.readResponse() : r;
  }

  @Test
  void bothBindingsAnswerEveryHostileRequestAlike() throws Exception {
    List<RawHttp.Response> jdk = answers(BindingKind.JDK);
    List<RawHttp.Response> jetty = answers(BindingKind.JETTY);
    SoftAssertions soft = new SoftAssertions();

    for (int i = 0; i < REQUESTS.size(); i++) {
      String request = REQUESTS.get(i);
      String shown = request.substring(0, Math.min(120, request.length()));
      RawHttp.Response a = jdk.get(i);
      RawHttp.Response b = jetty.get(i);
      if (a == null || b == null) {
        soft.fail("no answer from " + (a == null ? "the JDK binding" : "Jetty") + " to " + shown);
        continue;
      }
      soft.assertThat(a.status()).as(shown).isEqualTo(b.status());
      String typeA = a.header("Content-Type");
      String typeB = b.header("Content-Type");
      boolean bothOurs = isJson(typeA) && isJson(typeB);
      if (bothOurs || (typeA == null && typeB == null)) {
        soft.assertThat(typeA).as(shown).isEqualTo(typeB);
      }
    }
    soft.assertAll();
  }

  private static boolean isJson(String type) {
    return type != null && type.startsWith("application/") && type.contains("json");
  }
}
