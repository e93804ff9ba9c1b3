package io.scimworks.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.json.ScimJson;
import io.scimworks.server.ServerOptions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A table of hostile requests (bad {@code Host} values, odd targets, odd media types, odd framing),
 * each sent as raw bytes to both bindings: both give the same status, the same {@code scimType} and
 * an equivalent body (the same SCIM error, or the same resource but for its id and {@code meta}).
 * Both servers have a configured public base URL, so no {@code Location} may start anywhere else,
 * and no response header may hold a control character.
 *
 * <p>Jetty runs with {@link ScimErrorPages}, as an application that wants SCIM bodies everywhere
 * configures it, so that what Jetty refuses itself (a bad {@code Host}, an empty path segment,
 * headers too large) is a SCIM error too: there the two answers are compared by {@code schemas},
 * {@code status} and {@code scimType}, the container's detail being its own. What the JDK server
 * answers before the binding (a plain 400 for a target it cannot parse or for both {@code
 * Content-Length} and {@code Transfer-Encoding}, a plain 501 for an unknown transfer coding, a 404
 * for {@code OPTIONS *}) is compared by status alone. Such cases are marked in the table ({@code
 * byContainer}), so that a new difference of this kind fails the test too; the one status on which
 * the two containers differ ({@code Transfer-Encoding: foo}) is named with the JDK server's.
 */
class HostileInputAgreeOverHttpTest {
  private static final String BASE = "https://scim.example.com/scim/v2";
  private static final String AUTH = "Authorization: Bearer " + ServerUnderTest.TOKEN + "\r\n";

  private static @Nullable ServerUnderTest jdk;
  private static @Nullable ServerUnderTest jetty;

  /**
   * A raw request with {@code {M}} for the mount path, whose status both bindings must give; {@code
   * container} when a container may answer it with a page of its own.
   */
  record Case(String name, String raw, int status, boolean container, int jdkStatus) {
    Case(String name, String raw, int status, boolean container) {
      this(name, raw, status, container, status);
    }

    /** The same request, which a container may refuse before the binding. */
    Case byContainer() {
      return new Case(name, raw, status, true, jdkStatus);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void start() {
    ServerOptions options = ServerOptions.builder().publicBaseUrl(BASE).build();
    jdk = ServerUnderTest.start(BindingKind.JDK, options, true);
    jetty = ServerUnderTest.start(BindingKind.JETTY, options, true);
  }

  @AfterAll
  static void stop() {
    if (jdk != null) {
      jdk.close();
    }
    if (jetty != null) {
      jetty.close();
    }
  }

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    // Host values, on a POST that would create a user and answer its Location
    cases.add(host("Host missing (HTTP/1.1)", "", 400).byContainer());
    cases.add(new Case("Host missing (HTTP/1.0)", createUser("HTTP/1.0", "", "h10"), 201, false));
    cases.add(host("Host empty", "Host: \r\n", 400).byContainer());
    cases.add(host("Host a b", "Host: a b\r\n", 400).byContainer());
    cases.add(host("Host host:", "Host: host:\r\n", 400).byContainer());
    cases.add(host("Host host:0080", "Host: host:0080\r\n", 201));
    cases.add(host("Host host:99999", "Host: host:99999\r\n", 400).byContainer());
    cases.add(host("Host host:-1", "Host: host:-1\r\n", 400).byContainer());
    cases.add(host("Host [::1]", "Host: [::1]\r\n", 201));
    cases.add(host("Host [::1]:8080", "Host: [::1]:8080\r\n", 201));
    cases.add(host("Host [zz]", "Host: [zz]\r\n", 400).byContainer());
    cases.add(host("Host [v1.x]", "Host: [v1.x]\r\n", 400).byContainer());
    cases.add(host("Host user@host", "Host: user@host\r\n", 400).byContainer());
    cases.add(host("Host host.", "Host: host.\r\n", 201));
    cases.add(host("Host ho%41st", "Host: ho%41st\r\n", 201));
    cases.add(host("Host non-ASCII", "Host: h\u00f6st.example\r\n", 400).byContainer());
    cases.add(
        host("Host of 10,000 characters", "Host: " + "h".repeat(10_000) + "\r\n", 431)
            .byContainer());
    cases.add(
        host("two Host headers", "Host: a.example\r\nHost: b.example\r\n", 400).byContainer());
    cases.add(
        host("two equal Host headers", "Host: a.example\r\nHost: a.example\r\n", 400)
            .byContainer());
    cases.add(host("Host with a tab", "Host: ho\tst\r\n", 400).byContainer());
    cases.add(host("Host with a NUL", "Host: ho\u0000st\r\n", 400).byContainer());
    cases.add(host("Host with a comma", "Host: a.example, b.example\r\n", 400).byContainer());
    // request targets
    cases.add(get("target with %00", "{M}/Users/%00", "", 400).byContainer());
    cases.add(get("target with %01", "{M}/Users/%01", "", 400).byContainer());
    cases.add(get("target with %7f", "{M}/Users/%7f", "", 400).byContainer());
    cases.add(get("target with %zz", "{M}/Users/%zz", "", 400).byContainer());
    cases.add(get("target //Users", "{M}//Users", "", 400).byContainer());
    cases.add(get("target /Users/../Users", "{M}/Users/../Users", "", 404));
    cases.add(get("target /Users/./x", "{M}/Users/./x", "", 404));
    cases.add(
        get("absolute-form target, another authority", "http://other{M}/Users", "", 400)
            .byContainer());
    cases.add(get("absolute-form target, the Host", "http://localhost{M}/Users", "", 200));
    cases.add(
        get("absolute-form target, other scheme", "ftp://other{M}/Users", "", 400).byContainer());
    cases.add(
        new Case(
            "OPTIONS *",
            "OPTIONS * HTTP/1.1\r\nHost: localhost\r\n" + AUTH + "Connection: close\r\n\r\n",
            404,
            true));
    cases.add(get("query of 20 KB", "{M}/Users?x=" + "a".repeat(20 * 1024), "", 414).byContainer());
    cases.add(
        get(
                "filter of 20 KB",
                "{M}/Users?filter=userName+eq+%22" + "a".repeat(20 * 1024) + "%22",
                "",
                414)
            .byContainer());
    // media types and framing
    cases.add(
        post(
            "two Content-Type headers",
            "Content-Type: application/scim+json\r\nContent-Type: application/json\r\n",
            "ct1",
            415));
    cases.add(
        post(
            "Content-Type with charset=latin1",
            "Content-Type: application/scim+json; charset=latin1\r\n",
            "ct2",
            415));
    cases.add(
        post(
            "Content-Type application/json;charset=UTF-8",
            "Content-Type: application/json;charset=UTF-8\r\n",
            "ct3",
            201));
    cases.add(
        post(
            "Content-Type with empty parameters",
            "Content-Type: application/scim+json;;\r\n",
            "ct4",
            201));
    cases.add(
        new Case(
            "unknown Transfer-Encoding",
            "POST {M}/Users HTTP/1.1\r\nHost: localhost\r\n"
                + AUTH
                + "Content-Type: application/scim+json\r\nTransfer-Encoding: foo\r\n"
                + "Connection: close\r\n\r\n"
                + chunked(user("te1")),
            400, // RFC 9112 §6.3: chunked is not the last coding, so the body has no length
            true,
            501)); // the JDK server answers any coding but chunked itself, before the binding
    cases.add(
        new Case(
            "Content-Length and Transfer-Encoding",
            "POST {M}/Users HTTP/1.1\r\nHost: localhost\r\n"
                + AUTH
                + "Content-Type: application/scim+json\r\nContent-Length: 3\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + chunked(user("te2")),
            400,
            true));
    return cases.stream();
  }

  private static String user(String userName) {
    return "{\"schemas\":[\"" + ServerUnderTest.USER_URN + "\"],\"userName\":\"" + userName + "\"}";
  }

  private static String chunked(String body) {
    return Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n";
  }

  private static String createUser(String version, String hostLines, String userName) {
    String body = user(userName);
    return "POST {M}/Users "
        + version
        + "\r\n"
        + hostLines
        + AUTH
        + "Content-Type: application/scim+json\r\nContent-Length: "
        + body.length()
        + "\r\nConnection: close\r\n\r\n"
        + body;
  }

  private static Case host(String name, String hostLines, int status) {
    String userName = "u" + Integer.toHexString(name.hashCode());
    return new Case(name, createUser("HTTP/1.1", hostLines, userName), status, false);
  }

  private static Case get(String name, String target, String headers, int status) {
    return new Case(
        name,
        "GET "
            + target
            + " HTTP/1.1\r\nHost: localhost\r\n"
            + AUTH
            + headers
            + "Connection: close\r\n\r\n",
        status,
        false);
  }

  private static Case post(String name, String headers, String userName, int status) {
    String body = user(userName);
    return new Case(
        name,
        "POST {M}/Users HTTP/1.1\r\nHost: localhost\r\n"
            + AUTH
            + headers
            + "Content-Length: "
            + body.length()
            + "\r\nConnection: close\r\n\r\n"
            + body,
        status,
        false);
  }

  private static RawHttp.@Nullable Response send(ServerUnderTest sut, Case c) throws Exception {
    try (RawHttp http = RawHttp.connect(sut.binding.port())) {
      byte[] raw =
          c.raw()
              .replace("{M}", sut.binding.mountPath())
              .getBytes(
                  c.raw().chars().anyMatch(ch -> ch > 0xFF)
                      ? java.nio.charset.StandardCharsets.UTF_8
                      : java.nio.charset.StandardCharsets.ISO_8859_1);
      return http.send(raw).readResponse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void bothBindingsGiveTheSameAnswer(Case c) throws Exception {
    RawHttp.Response a = send(jdk, c);
    RawHttp.Response b = send(jetty, c);
    assertThat(a).as("an answer from the JDK binding").isNotNull();
    assertThat(b).as("an answer from Jetty").isNotNull();
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(a.status()).as("JDK status").isEqualTo(c.jdkStatus());
    soft.assertThat(b.status()).as("Jetty status").isEqualTo(c.status());
    for (RawHttp.Response r : List.of(a, b)) {
      for (Map.Entry<String, String> h : r.headers().entrySet()) {
        soft.assertThat(h.getValue().chars().noneMatch(ch -> ch < 0x20 || ch == 0x7F))
            .as("no control character in %s: %s", h.getKey(), h.getValue())
            .isTrue();
      }
      String location = r.header("Location");
      if (location != null) {
        soft.assertThat(location).as("Location").startsWith(BASE + "/");
      }
    }
    boolean oursA = isScim(a) && a.header(ScimErrorPages.MARK) == null;
    boolean oursB = isScim(b) && b.header(ScimErrorPages.MARK) == null;
    if (oursA && oursB) {
      soft.assertThat(comparable(b.body(), jetty))
          .as("equivalent bodies")
          .isEqualTo(comparable(a.body(), jdk));
    } else if (!c.container()) {
      soft.fail(
          "answered by %s: %s",
          oursA ? "Jetty" : "the JDK server",
          oursA ? b.header("Content-Type") + " " + b.body() : a.header("Content-Type") + a.body());
    } else if (isScim(a) && isScim(b)) {
      // a container's page and the binding's error: the same error but for the detail
      soft.assertThat(errorShape(b.body())).as("error").isEqualTo(errorShape(a.body()));
    }
    soft.assertAll();
  }

  private static boolean isScim(RawHttp.Response r) {
    return "application/scim+json".equals(r.header("Content-Type"));
  }

  /** An error body's {@code schemas}, {@code status} and {@code scimType}. */
  private static JsonNode errorShape(String body) {
    JsonNode tree = ScimJson.mapper().readTree(body);
    ObjectNode shape = ScimJson.object();
    shape.set("schemas", tree.get("schemas"));
    shape.set("status", tree.get("status"));
    shape.set("scimType", tree.get("scimType"));
    return shape;
  }

  /**
   * The body without what differs between two servers (ids, {@code meta}) and with the mount path
   * in details replaced, as a tree.
   */
  private static JsonNode comparable(String body, ServerUnderTest sut) {
    if (body.isEmpty()) {
      return ScimJson.object();
    }
    JsonNode tree = ScimJson.mapper().readTree(body.replace(sut.binding.mountPath(), "{M}"));
    strip(tree);
    return tree;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode o) {
      o.remove("id");
      o.remove("meta");
      if (o.get("Resources") instanceof tools.jackson.databind.node.ArrayNode resources) {
        List<JsonNode> sorted = new ArrayList<>();
        resources.forEach(sorted::add);
        sorted.forEach(HostileInputAgreeOverHttpTest::strip);
        sorted.sort(java.util.Comparator.comparing(JsonNode::toString));
        resources.removeAll();
        sorted.forEach(resources::add);
      }
    }
    for (Iterator<JsonNode> it = node.values().iterator(); it.hasNext(); ) {
      strip(it.next());
    }
  }
}
