package io.scimworks.compliance.internal;

import static io.scimworks.compliance.Tag.CRUD;
import static io.scimworks.compliance.Tag.DISCOVERY;
import static io.scimworks.compliance.Tag.ERRORS;
import static io.scimworks.compliance.internal.CheckDef.check;
import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.id;
import static io.scimworks.compliance.internal.Ctx.quote;
import static io.scimworks.compliance.internal.Ctx.seg;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * What HTTP asks of every resource beyond SCIM's methods (RFC 9110 §9): {@code HEAD} answered as
 * {@code GET}, {@code OPTIONS} naming the methods, and a 405 carrying {@code Allow}.
 */
final class HttpMethodChecks {
  /** Header fields that describe the connection or the moment, not the representation. */
  private static final Set<String> PER_MESSAGE =
      Set.of("date", "connection", "keep-alive", "transfer-encoding", "content-length");

  /** Header fields whose value HEAD must repeat, not only their presence. */
  private static final List<String> SAME_VALUE = List.of("etag", "content-type", "location");

  private HttpMethodChecks() {}

  static List<CheckDef> all() {
    List<CheckDef> all = new ArrayList<>();
    all.add(
        check("crud.head", "HEAD answers as GET does: same status and header fields, no body")
            .ref("RFC 9110 §9.3.2 (the server SHOULD send the header fields GET would send)")
            .should()
            .tags(CRUD, DISCOVERY)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  for (String path : readable(c)) {
                    Response get = c.get(path);
                    Response head = c.send("HEAD", path, Map.of(), null);
                    sameAsGet(path, get, head);
                  }
                }));
    all.add(
        check(
                "crud.head-content-length",
                "A Content-Length on a HEAD response is the length of the GET's body")
            .ref("RFC 9110 §8.6, §9.3.2 (MUST NOT send any other Content-Length)")
            .tags(CRUD, DISCOVERY)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  for (String path : readable(c)) {
                    Response get = c.get(path);
                    Response head = c.send("HEAD", path, Map.of(), null);
                    if (head.status() != get.status()) {
                      throw Ctx.skip("HEAD " + path + " is not answered as GET (see crud.head)");
                    }
                    String length = head.header("Content-Length");
                    int want = get.body().getBytes(StandardCharsets.UTF_8).length;
                    expect(
                        length == null || length.trim().equals(String.valueOf(want)),
                        "no Content-Length or " + want + " (the GET's body) on HEAD " + path,
                        "Content-Length: " + length);
                  }
                }));
    all.add(
        check("errors.options", "OPTIONS on /Users names its methods in Allow (or is refused)")
            .ref("RFC 9110 §9.3.7 (a successful OPTIONS SHOULD send Allow), §15.5.6 (a 405 MUST)")
            .should()
            .tags(ERRORS)
            .needs(Feature.USERS)
            .run(
                c -> {
                  Response r = c.send("OPTIONS", c.users(), Map.of(), null);
                  if (r.status() == 501) {
                    return; // OPTIONS is OPTIONAL (RFC 9110 §9.1)
                  }
                  expect(
                      r.status() / 100 == 2 || r.status() == 405,
                      "HTTP 2xx with Allow, 405 with Allow, or 501",
                      r.brief());
                  List<String> allow = allow(r);
                  expect(!allow.isEmpty(), "an Allow header", "none (" + r.brief() + ")");
                  if (r.status() / 100 == 2) {
                    expect(
                        allow.contains("GET") && allow.contains("POST"),
                        "Allow listing GET and POST, which /Users serves",
                        "Allow: " + String.join(", ", allow));
                  }
                }));
    all.add(
        check("errors.405-allow", "A 405 Method Not Allowed carries Allow without that method")
            .ref("RFC 9110 §15.5.6 (the origin server MUST generate an Allow header field)")
            .tags(ERRORS)
            .needs(Feature.USERS)
            .run(
                c -> {
                  int refused = 0;
                  for (Probe p : notServed(c)) {
                    String method = p.method();
                    String path = p.path();
                    Response r = c.send(method, path, Map.of(), p.body());
                    if (r.status() != 405) {
                      continue;
                    }
                    refused++;
                    List<String> allow = allow(r);
                    expect(
                        r.header("Allow") != null,
                        "an Allow header on the 405 to " + method + " " + path,
                        "none");
                    expect(
                        !allow.contains(method),
                        "Allow without " + method + " on the 405 to " + method + " " + path,
                        "Allow: " + r.header("Allow"));
                  }
                  if (refused == 0) {
                    throw Ctx.skip("the target answered none of its requests with 405");
                  }
                }));
    return all;
  }

  /**
   * Paths GET serves, in the answers that matter: a resource (with its ETag), a filtered list, the
   * ServiceProviderConfig and an unknown resource (404).
   */
  private static List<String> readable(Ctx c) {
    ObjectNode u = c.createUser();
    List<String> paths = new ArrayList<>();
    paths.add(c.users() + "/" + seg(id(u)));
    if (c.target().supports("filter")) {
      paths.add(
          c.users() + "?filter=" + Ctx.pct("userName eq " + quote(u.path("userName").asString())));
    }
    paths.add("/ServiceProviderConfig");
    paths.add(c.users() + "/no-such-id-" + c.data().prefix());
    return paths;
  }

  /** A request: method, path, body. */
  private record Probe(String method, String path, @Nullable String body) {}

  /** Requests SCIM defines no meaning for. */
  private static List<Probe> notServed(Ctx c) {
    return List.of(
        new Probe("DELETE", c.users(), null),
        new Probe("PUT", c.users(), "{}"),
        new Probe("POST", "/ServiceProviderConfig", "{}"),
        new Probe("GET", "/Bulk", null));
  }

  private static void sameAsGet(String path, Response get, Response head) {
    expect(
        head.status() == get.status(),
        "HTTP " + get.status() + " to HEAD " + path + ", as GET answered",
        head.brief());
    expect(head.body().isEmpty(), "no body in the answer to HEAD " + path, head.brief());
    for (String name : get.headers().keySet()) {
      if (PER_MESSAGE.contains(name)) {
        continue;
      }
      expect(
          head.header(name) != null,
          "the header fields GET sent, " + name + " among them, on HEAD " + path,
          "HEAD without " + name);
    }
    for (String name : SAME_VALUE) {
      String want = get.header(name);
      expect(
          want == null || want.equals(head.header(name)),
          name + ": " + want + " on HEAD " + path + ", as on GET",
          name + ": " + head.header(name));
    }
  }

  /** The methods an {@code Allow} header lists, upper case; empty when there is none. */
  private static List<String> allow(Response r) {
    List<String> methods = new ArrayList<>();
    List<String> values = r.headers().get("allow");
    if (values == null) {
      return methods;
    }
    for (String v : values) {
      for (String m : v.split(",")) {
        if (!m.isBlank()) {
          methods.add(m.trim().toUpperCase(Locale.ROOT));
        }
      }
    }
    return methods;
  }
}
