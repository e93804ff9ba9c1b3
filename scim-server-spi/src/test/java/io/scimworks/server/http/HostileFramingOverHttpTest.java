package io.scimworks.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Requests framed in ways HTTP forbids or a proxy may read otherwise, sent byte by byte: each is
 * answered (never a dropped connection) and nothing it carried is stored. Jetty answers some of
 * them itself, before the servlet, with its own 400 page; the JDK binding answers in the SCIM
 * format.
 */
class HostileFramingOverHttpTest extends OverHttpSuite {

  private String post(String headers, String body) {
    return "POST "
        + sut.binding.mountPath()
        + "/Users HTTP/1.1\r\n"
        + headers
        + "Authorization: Bearer "
        + ServerUnderTest.TOKEN
        + "\r\nContent-Type: application/scim+json\r\n\r\n"
        + body;
  }

  private static String user(String userName) {
    return "{\"schemas\":[\"" + ServerUnderTest.USER_URN + "\"],\"userName\":\"" + userName + "\"}";
  }

  private void assertNoUser(String userName) {
    ScimHttp.Reply r = sut.scim.get("/Users?filter=userName+eq+%22" + userName + "%22");
    assertThat(r.json().get("totalResults").intValue()).as(userName).isZero();
  }

  private static void assertAnsweredInScimFormatByTheJdkBinding(
      BindingKind kind, RawHttp.Response r, int status) {
    assertThat(r).as("an answer, not a dropped connection").isNotNull();
    assertThat(r.status()).isEqualTo(status);
    if (kind == BindingKind.JDK) {
      assertThat(r.header("Content-Type")).isEqualTo("application/scim+json");
      assertThat(r.body()).contains("\"status\":\"" + status + "\"");
    }
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aContentLengthWithASignIsRefusedNotReadAsTheNumber(BindingKind kind) throws Exception {
    sut = ServerUnderTest.start(kind);
    String body = user("signed");

    try (RawHttp http = RawHttp.connect(sut.binding.port())) {
      RawHttp.Response r =
          http.send(post("Host: localhost\r\nContent-Length: +" + body.length() + "\r\n", body))
              .readResponse();

      assertAnsweredInScimFormatByTheJdkBinding(kind, r, 400);
      assertThat(http.awaitClosedByServer()).isTrue();
    }
    assertNoUser("signed");
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aMalformedChunkIsAnswered400AndTheConnectionClosed(BindingKind kind) throws Exception {
    sut = ServerUnderTest.start(kind);

    for (String chunk : new String[] {"zz", "-1", "fffffffffffffffffffff", "1;\u0001"}) {
      try (RawHttp http = RawHttp.connect(sut.binding.port())) {
        RawHttp.Response r =
            http.send(
                    post(
                        "Host: localhost\r\nTransfer-Encoding: chunked\r\n",
                        chunk + "\r\n" + user("chunky") + "\r\n0\r\n\r\n"))
                .readResponse();

        assertThat(r).as(chunk).isNotNull();
        assertThat(r.status()).as(chunk).isEqualTo(400);
        assertThat(r.header("Connection")).as(chunk).isEqualToIgnoringCase("close");
        assertThat(http.awaitClosedByServer()).isTrue();
      }
    }
    assertNoUser("chunky");
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void anHttp11RequestWithoutHostIs400(BindingKind kind) throws Exception {
    sut = ServerUnderTest.start(kind);
    String body = user("hostless");

    try (RawHttp http = RawHttp.connect(sut.binding.port())) {
      RawHttp.Response r =
          http.send(post("Content-Length: " + body.length() + "\r\n", body)).readResponse();

      assertAnsweredInScimFormatByTheJdkBinding(kind, r, 400);
    }
    assertNoUser("hostless");
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aHostWhosePortIsBeyond65535Is400NotCopiedIntoLocation(BindingKind kind) throws Exception {
    sut = ServerUnderTest.start(kind);
    String body = user("portly");

    try (RawHttp http = RawHttp.connect(sut.binding.port())) {
      RawHttp.Response r =
          http.send(
                  post(
                      "Host: scim.example.com:65536\r\nContent-Length: " + body.length() + "\r\n",
                      body))
              .readResponse();

      assertAnsweredInScimFormatByTheJdkBinding(kind, r, 400);
      assertThat(r.header("Location")).isNull();
    }
    assertNoUser("portly");
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aHostInBracketsThatIsNoIpAddressIs400NotCopiedIntoLocation(BindingKind kind)
      throws Exception {
    // [zz] passed a check of the alphabet alone, and the JDK binding answered 201 with Location
    // http://[zz]:8080/..., which no client can parse; Jetty refuses it before the servlet
    sut = ServerUnderTest.start(kind);
    for (String host : new String[] {"[zz]:8080", "[1::2::3]", "[::1.2.3]", "[v1.]"}) {
      String body = user("bracketed");
      try (RawHttp http = RawHttp.connect(sut.binding.port())) {
        RawHttp.Response r =
            http.send(post("Host: " + host + "\r\nContent-Length: " + body.length() + "\r\n", body))
                .readResponse();

        assertAnsweredInScimFormatByTheJdkBinding(kind, r, 400);
        assertThat(r.header("Location")).as(host).isNull();
      }
      assertNoUser("bracketed");
    }
    String body = user("literal");
    try (RawHttp http = RawHttp.connect(sut.binding.port())) {
      RawHttp.Response r =
          http.send(post("Host: [::1]:8080\r\nContent-Length: " + body.length() + "\r\n", body))
              .readResponse();

      assertThat(r).isNotNull();
      assertThat(r.status()).isEqualTo(201);
      assertThat(r.header("Location")).startsWith("http://[::1]:8080/");
    }
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aTransferCodingOtherThanChunkedIs501NotAPartlyDecodedBody(BindingKind kind)
      throws Exception {
    sut = ServerUnderTest.start(kind);
    String body = user("gzipped");

    try (RawHttp http = RawHttp.connect(sut.binding.port())) {
      RawHttp.Response r =
          http.send(
                  post(
                      "Host: localhost\r\nTransfer-Encoding: gzip, chunked\r\n",
                      Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n"))
              .readResponse();

      assertThat(r).isNotNull();
      assertThat(r.status()).isEqualTo(501);
      if (kind == BindingKind.JETTY) { // the JDK server answers this one itself, in plain HTML
        assertThat(r.header("Content-Type")).isEqualTo("application/scim+json");
        assertThat(r.body()).contains("\"status\":\"501\"").contains("gzip");
      }
    }
    assertNoUser("gzipped");
  }
}
