package io.scimworks.compliance.internal;

import static io.scimworks.compliance.Tag.ETAG;
import static io.scimworks.compliance.internal.CheckDef.check;
import static io.scimworks.compliance.internal.Ctx.error;
import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.headers;
import static io.scimworks.compliance.internal.Ctx.id;
import static io.scimworks.compliance.internal.Ctx.seg;
import static io.scimworks.compliance.internal.Ctx.status;

import io.scimworks.core.json.ScimJson;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/** ETags (RFC 7644 §3.14): the header, conditional reads and lost-update protection. */
final class EtagChecks {
  private EtagChecks() {}

  static List<CheckDef> all() {
    List<CheckDef> all = new ArrayList<>();
    all.add(
        etagCheck("etag.header", "GET of a resource carries an ETag equal to meta.version")
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  Response r = c.get(c.users() + "/" + seg(id(u)));
                  String tag = etagOf(r);
                  expect(
                      tag.equals(r.json().path("meta").path("version").asString("")),
                      "ETag equal to meta.version",
                      tag + " vs " + r.json().path("meta").path("version"));
                }));
    all.add(
        etagCheck("etag.if-none-match", "If-None-Match with the current ETag answers 304")
            .ref("RFC 7644 §3.14, RFC 7232 §3.2")
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  String tag = currentEtag(c, u);
                  status(conditional(c, "GET", u, "If-None-Match", tag, null), 304);
                }));
    all.add(
        etagCheck(
                "etag.if-none-match-stale",
                "If-None-Match with a stale ETag answers 200 with the resource")
            .ref("RFC 7644 §3.14, RFC 9110 §13.1.2 (the condition holds: the GET is answered)")
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  String stale = "W/\"stale-" + c.data().prefix() + "\"";
                  Response r = conditional(c, "GET", u, "If-None-Match", stale, null);
                  status(r, 200);
                  expect(id(r.json()).equals(id(u)), "the resource", r.brief());
                }));
    all.add(
        etagCheck("etag.if-match-put", "PUT with a stale If-Match answers 412 and changes nothing")
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  String old = currentEtag(c, u);
                  ObjectNode body = u.deepCopy();
                  body.put("displayName", "First");
                  status(conditional(c, "PUT", u, "If-Match", old, ScimJson.write(body)), 200);
                  body.put("displayName", "Stale");
                  error(conditional(c, "PUT", u, "If-Match", old, ScimJson.write(body)), 412);
                  expect(
                      c.read(c.users(), id(u)).path("displayName").asString("").equals("First"),
                      "displayName First",
                      "changed");
                }));
    all.add(
        etagCheck("etag.if-match-patch", "PATCH with a stale If-Match answers 412")
            .needs(Feature.PATCH)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  String old = currentEtag(c, u);
                  String op = Patches.ops(Patches.op("replace", "displayName", Ctx.quote("X")));
                  status(conditional(c, "PATCH", u, "If-Match", old, op), 200, 204);
                  error(conditional(c, "PATCH", u, "If-Match", old, op), 412);
                }));
    all.add(
        etagCheck(
                "etag.if-match-delete",
                "DELETE with a stale If-Match answers 412 and keeps the resource")
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  error(
                      conditional(
                          c,
                          "DELETE",
                          u,
                          "If-Match",
                          "W/\"stale-" + c.data().prefix() + "\"",
                          null),
                      412);
                  status(c.get(c.users() + "/" + seg(id(u))), 200);
                }));
    all.add(
        etagCheck("etag.if-match-current", "A write with the current If-Match succeeds")
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  String tag = currentEtag(c, u);
                  ObjectNode body = u.deepCopy();
                  body.put("displayName", "Current");
                  status(conditional(c, "PUT", u, "If-Match", tag, ScimJson.write(body)), 200);
                }));
    all.add(
        etagCheck(
                "etag.if-match-list",
                "If-Match listing a stale and the current ETag lets the write through")
            .ref("RFC 9110 §13.1.1 (true when any listed entity tag matches), RFC 7644 §3.14")
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  String tags = "W/\"stale-" + c.data().prefix() + "\", " + currentEtag(c, u);
                  status(conditional(c, "PUT", u, "If-Match", tags, renamed(u, "Listed")), 200);
                  expectDisplayName(c, u, "Listed");
                }));
    all.add(
        etagCheck("etag.if-match-star", "If-Match: * lets a write to an existing resource through")
            .ref("RFC 9110 §13.1.1 (* is true when a current representation exists)")
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  status(conditional(c, "PUT", u, "If-Match", "*", renamed(u, "Starred")), 200);
                  expectDisplayName(c, u, "Starred");
                }));
    all.add(
        etagCheck(
                "etag.if-match-weak",
                "If-Match with the weak form of a strong ETag answers 412 (strong comparison)")
            .ref(
                "RFC 9110 §13.1.1, §8.8.3.2 (If-Match uses strong comparison); RFC 7644 §3.14"
                    + " sends weak ETags in If-Match, so this applies to strong ETags only")
            .should()
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  String tag = currentEtag(c, u);
                  if (tag.startsWith("W/")) {
                    throw Ctx.skip(
                        "the target's ETags are weak ("
                            + tag
                            + "); strong comparison never matches them, and RFC 7644 §3.14"
                            + " sends them in If-Match all the same");
                  }
                  error(conditional(c, "PUT", u, "If-Match", "W/" + tag, renamed(u, "Weak")), 412);
                  expectDisplayName(c, u, u.path("displayName").asString(""));
                }));
    all.add(
        etagCheck("etag.changes", "The ETag changes when the resource changes")
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  String before = currentEtag(c, u);
                  ObjectNode body = u.deepCopy();
                  body.put("displayName", "Changed");
                  status(c.put(c.users() + "/" + seg(id(u)), body), 200);
                  String after = currentEtag(c, u);
                  expect(!before.equals(after), "a new ETag", after);
                }));
    all.add(
        etagCheck("etag.on-create", "201 Created carries an ETag header")
            .should()
            .run(c -> etagOf(c.post(c.users(), c.data().user()))));
    return all;
  }

  /** A check of ETags on users: writes, needs users and ETags. */
  private static CheckDef.Builder etagCheck(String id, String title) {
    return check(id, title)
        .ref("RFC 7644 §3.14")
        .tags(ETAG)
        .writes()
        .needs(Feature.USERS, Feature.ETAG);
  }

  /** The ETag of user {@code u} as a GET answers it now. */
  private static String currentEtag(Ctx c, ObjectNode u) {
    return etagOf(c.get(c.users() + "/" + seg(id(u))));
  }

  /** {@code method} on user {@code u} with the precondition header {@code header: tag}. */
  private static Response conditional(
      Ctx c, String method, ObjectNode u, String header, String tag, @Nullable String body) {
    return c.send(method, c.users() + "/" + seg(id(u)), headers(header, tag), body);
  }

  /** The body of a PUT replacing user {@code u} with {@code displayName} changed. */
  private static String renamed(ObjectNode u, String displayName) {
    ObjectNode body = u.deepCopy();
    body.put("displayName", displayName);
    return ScimJson.write(body);
  }

  /** Fails unless user {@code u} as read now has {@code displayName}. */
  private static void expectDisplayName(Ctx c, ObjectNode u, String displayName) {
    String now = c.read(c.users(), id(u)).path("displayName").asString("");
    expect(now.equals(displayName), "displayName " + displayName, now);
  }

  private static String etagOf(Response r) {
    String tag = r.header("ETag");
    if (tag == null) {
      throw new CheckFailure("an ETag header", "none");
    }
    return tag;
  }
}
