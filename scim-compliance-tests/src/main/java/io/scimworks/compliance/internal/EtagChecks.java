package io.scimworks.compliance.internal;

import static io.scimworks.compliance.Tag.ETAG;
import static io.scimworks.compliance.internal.CheckDef.check;
import static io.scimworks.compliance.internal.Ctx.error;
import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.headers;
import static io.scimworks.compliance.internal.Ctx.id;
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
        check("etag.header", "GET of a resource carries an ETag equal to meta.version")
            .ref("RFC 7644 §3.14")
            .tags(ETAG)
            .writes()
            .needs(Feature.USERS, Feature.ETAG)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  Response r = c.get(c.users() + "/" + id(u));
                  String tag = etagOf(r);
                  expect(
                      tag.equals(r.json().path("meta").path("version").asString("")),
                      "ETag equal to meta.version",
                      tag + " vs " + r.json().path("meta").path("version"));
                }));
    all.add(
        check("etag.if-none-match", "If-None-Match with the current ETag answers 304")
            .ref("RFC 7644 §3.14, RFC 7232 §3.2")
            .tags(ETAG)
            .writes()
            .needs(Feature.USERS, Feature.ETAG)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  String tag = etagOf(c.get(c.users() + "/" + id(u)));
                  status(conditional(c, "GET", u, "If-None-Match", tag, null), 304);
                }));
    all.add(
        check("etag.if-match-put", "PUT with a stale If-Match answers 412 and changes nothing")
            .ref("RFC 7644 §3.14")
            .tags(ETAG)
            .writes()
            .needs(Feature.USERS, Feature.ETAG)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  String old = etagOf(c.get(c.users() + "/" + id(u)));
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
        check("etag.if-match-patch", "PATCH with a stale If-Match answers 412")
            .ref("RFC 7644 §3.14")
            .tags(ETAG)
            .writes()
            .needs(Feature.USERS, Feature.ETAG, Feature.PATCH)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  String old = etagOf(c.get(c.users() + "/" + id(u)));
                  String op =
                      PatchChecks.ops(
                          "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"X\"}");
                  status(conditional(c, "PATCH", u, "If-Match", old, op), 200, 204);
                  error(conditional(c, "PATCH", u, "If-Match", old, op), 412);
                }));
    all.add(
        check(
                "etag.if-match-delete",
                "DELETE with a stale If-Match answers 412 and keeps the resource")
            .ref("RFC 7644 §3.14")
            .tags(ETAG)
            .writes()
            .needs(Feature.USERS, Feature.ETAG)
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
                  status(c.get(c.users() + "/" + id(u)), 200);
                }));
    all.add(
        check("etag.if-match-current", "A write with the current If-Match succeeds")
            .ref("RFC 7644 §3.14")
            .tags(ETAG)
            .writes()
            .needs(Feature.USERS, Feature.ETAG)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  String tag = etagOf(c.get(c.users() + "/" + id(u)));
                  ObjectNode body = u.deepCopy();
                  body.put("displayName", "Current");
                  status(conditional(c, "PUT", u, "If-Match", tag, ScimJson.write(body)), 200);
                }));
    all.add(
        check("etag.changes", "The ETag changes when the resource changes")
            .ref("RFC 7644 §3.14")
            .tags(ETAG)
            .writes()
            .needs(Feature.USERS, Feature.ETAG)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  String before = etagOf(c.get(c.users() + "/" + id(u)));
                  ObjectNode body = u.deepCopy();
                  body.put("displayName", "Changed");
                  status(c.put(c.users() + "/" + id(u), body), 200);
                  String after = etagOf(c.get(c.users() + "/" + id(u)));
                  expect(!before.equals(after), "a new ETag", after);
                }));
    all.add(
        check("etag.on-create", "201 Created carries an ETag header")
            .ref("RFC 7644 §3.14")
            .should()
            .tags(ETAG)
            .writes()
            .needs(Feature.USERS, Feature.ETAG)
            .run(c -> etagOf(c.post(c.users(), c.data().user()))));
    return all;
  }

  /** {@code method} on user {@code u} with the precondition header {@code header: tag}. */
  private static Response conditional(
      Ctx c, String method, ObjectNode u, String header, String tag, @Nullable String body) {
    return c.send(method, c.users() + "/" + id(u), headers(header, tag), body);
  }

  private static String etagOf(Response r) {
    String tag = r.header("ETag");
    if (tag == null) {
      throw new CheckFailure("an ETag header", "none");
    }
    return tag;
  }
}
