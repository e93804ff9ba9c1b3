package io.scimworks.compliance.internal;

import static io.scimworks.compliance.Tag.BULK;
import static io.scimworks.compliance.Tag.CURSOR;
import static io.scimworks.compliance.Tag.ERRORS;
import static io.scimworks.compliance.Tag.ETAG;
import static io.scimworks.compliance.Tag.PAGING;
import static io.scimworks.compliance.Tag.SECURITY;
import static io.scimworks.compliance.internal.CheckDef.check;
import static io.scimworks.compliance.internal.Ctx.error;
import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.headers;
import static io.scimworks.compliance.internal.Ctx.id;
import static io.scimworks.compliance.internal.Ctx.ids;
import static io.scimworks.compliance.internal.Ctx.list;
import static io.scimworks.compliance.internal.Ctx.pct;
import static io.scimworks.compliance.internal.Ctx.quote;
import static io.scimworks.compliance.internal.Ctx.scimJson;
import static io.scimworks.compliance.internal.Ctx.status;

import io.scimworks.compliance.Profile;
import io.scimworks.core.json.ScimJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Cursors (RFC 9865), bulk (§3.7), ETags (§3.14), errors (§3.12) and authentication (§2). */
final class ProtocolChecks {
  private static final String BULK_REQUEST = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";

  private ProtocolChecks() {}

  private static String userJson(Ctx c) {
    return ScimJson.write(c.data().user());
  }

  private static String bulk(String... operations) {
    return "{\"schemas\":[\""
        + BULK_REQUEST
        + "\"],\"Operations\":["
        + String.join(",", operations)
        + "]}";
  }

  private static String etagOf(Response r) {
    String tag = r.header("ETag");
    if (tag == null) {
      throw new CheckFailure("an ETag header", "none");
    }
    return tag;
  }

  static List<CheckDef> all() {
    List<CheckDef> all = new ArrayList<>();
    // cursors
    all.add(
        check("cursor.first-page", "An empty cursor parameter starts cursor paging with nextCursor")
            .ref("RFC 9865 §3")
            .tags(CURSOR, PAGING)
            .writes()
            .needs(Feature.USERS, Feature.FILTER, Feature.CURSOR)
            .run(
                c -> {
                  Pair p = Pair.create(c);
                  ObjectNode l =
                      list(c.get(c.users() + "?cursor&count=1&filter=" + pct(p.scope())));
                  expect(l.path("nextCursor").isString(), "a nextCursor string", l.toString());
                  expect(l.path("Resources").size() == 1, "one resource", l.toString());
                }));
    all.add(
        check(
                "cursor.walk",
                "Following nextCursor visits every match once and ends without nextCursor")
            .ref("RFC 9865 §3")
            .tags(CURSOR, PAGING)
            .writes()
            .needs(Feature.USERS, Feature.FILTER, Feature.CURSOR)
            .run(
                c -> {
                  Pair p = Pair.create(c);
                  c.createUser(userIn(c, p.sub() + "c@example.com"));
                  Set<String> seen = new HashSet<>();
                  String cursor = "";
                  for (int page = 0; page < 5; page++) {
                    ObjectNode l =
                        list(
                            c.get(
                                c.users()
                                    + "?cursor="
                                    + pct(cursor)
                                    + "&count=2&filter="
                                    + pct(p.scope())));
                    for (String i : ids(l)) {
                      expect(seen.add(i), "each resource once", i + " twice");
                    }
                    if (!l.path("nextCursor").isString()) {
                      expect(seen.size() == 3, "all 3 matches", seen.size() + " resources");
                      return;
                    }
                    cursor = l.path("nextCursor").stringValue();
                  }
                  throw new CheckFailure(
                      "the last page without nextCursor", "still a nextCursor after 5 pages of 2");
                }));
    all.add(
        check("cursor.invalid", "An invalid cursor answers 400 invalidCursor")
            .ref("RFC 9865 §3.2")
            .tags(CURSOR, ERRORS)
            .needs(Feature.USERS, Feature.CURSOR)
            .run(
                c ->
                    error(
                        c.get(c.users() + "?cursor=not-a-cursor-" + c.data().prefix() + "&count=2"),
                        400,
                        "invalidCursor")));
    // bulk
    all.add(
        check(
                "bulk.create",
                "A bulk of two POSTs answers 200 with a BulkResponse of 201s and locations")
            .ref("RFC 7644 §3.7")
            .tags(BULK)
            .writes()
            .needs(Feature.USERS, Feature.BULK)
            .run(
                c -> {
                  Response r =
                      c.post(
                          "/Bulk",
                          bulk(
                              "{\"method\":\"POST\",\"path\":"
                                  + quote(c.users())
                                  + ",\"bulkId\":\"a\",\"data\":"
                                  + userJson(c)
                                  + "}",
                              "{\"method\":\"POST\",\"path\":"
                                  + quote(c.users())
                                  + ",\"bulkId\":\"b\",\"data\":"
                                  + userJson(c)
                                  + "}"));
                  status(r, 200);
                  ObjectNode body = r.json();
                  expect(
                      Ctx.hasSchema(body, "urn:ietf:params:scim:api:messages:2.0:BulkResponse"),
                      "a BulkResponse",
                      r.brief());
                  expect(body.path("Operations").size() == 2, "two operation results", r.brief());
                  for (JsonNode op : body.path("Operations")) {
                    expect(
                        op.path("status").asString("").equals("201"),
                        "status \"201\"",
                        op.toString());
                    expect(op.path("location").isString(), "a location", op.toString());
                  }
                }));
    all.add(
        check("bulk.bulk-id", "A bulkId reference in a later operation resolves to the created id")
            .ref("RFC 7644 §3.7.2")
            .tags(BULK)
            .writes()
            .needs(Feature.USERS, Feature.GROUPS, Feature.BULK)
            .run(
                c -> {
                  Response r =
                      c.post(
                          "/Bulk",
                          bulk(
                              "{\"method\":\"POST\",\"path\":"
                                  + quote(c.users())
                                  + ",\"bulkId\":\"u1\",\"data\":"
                                  + userJson(c)
                                  + "}",
                              "{\"method\":\"POST\",\"path\":"
                                  + quote(c.groups())
                                  + ",\"bulkId\":\"g1\",\"data\":{\"schemas\":[\""
                                  + Target.GROUP
                                  + "\"],\"displayName\":"
                                  + quote(c.data().unique("bulkgroup"))
                                  + ",\"members\":[{\"value\":\"bulkId:u1\"}]}}"));
                  status(r, 200);
                  JsonNode ops = r.json().path("Operations");
                  String userLoc = ops.path(0).path("location").asString("");
                  String groupLoc = ops.path(1).path("location").asString("");
                  expect(!userLoc.isEmpty() && !groupLoc.isEmpty(), "both created", r.brief());
                  String userId = userLoc.substring(userLoc.lastIndexOf('/') + 1);
                  ObjectNode g = c.get(groupLoc).json();
                  expect(
                      Memberships.memberIds(g).equals(List.of(userId)),
                      "the group holding " + userId,
                      g.path("members").toString());
                }));
    all.add(
        check(
                "bulk.errors-per-operation",
                "A failing bulk operation reports its own error status; others succeed")
            .ref("RFC 7644 §3.7.3")
            .tags(BULK, ERRORS)
            .writes()
            .needs(Feature.USERS, Feature.BULK)
            .run(
                c -> {
                  ObjectNode bad = c.data().user();
                  bad.remove("userName");
                  Response r =
                      c.post(
                          "/Bulk",
                          bulk(
                              "{\"method\":\"POST\",\"path\":"
                                  + quote(c.users())
                                  + ",\"bulkId\":\"bad\",\"data\":"
                                  + ScimJson.write(bad)
                                  + "}",
                              "{\"method\":\"POST\",\"path\":"
                                  + quote(c.users())
                                  + ",\"bulkId\":\"good\",\"data\":"
                                  + userJson(c)
                                  + "}"));
                  status(r, 200);
                  JsonNode ops = r.json().path("Operations");
                  expect(
                      ops.path(0).path("status").asString("").equals("400"),
                      "status \"400\" for the bad operation",
                      ops.toString());
                  expect(
                      ops.path(0).path("response").isObject(),
                      "an error response for it",
                      ops.toString());
                  expect(
                      ops.path(1).path("status").asString("").equals("201"),
                      "status \"201\" for the good one",
                      ops.toString());
                }));
    all.add(
        check("bulk.fail-on-errors", "failOnErrors 1 stops after the first error")
            .ref("RFC 7644 §3.7.3")
            .tags(BULK, ERRORS)
            .writes()
            .needs(Feature.USERS, Feature.BULK)
            .run(
                c -> {
                  ObjectNode bad = c.data().user();
                  bad.remove("userName");
                  String body =
                      "{\"schemas\":[\""
                          + BULK_REQUEST
                          + "\"],\"failOnErrors\":1,\"Operations\":["
                          + "{\"method\":\"POST\",\"path\":"
                          + quote(c.users())
                          + ",\"bulkId\":\"bad\",\"data\":"
                          + ScimJson.write(bad)
                          + "},"
                          + "{\"method\":\"POST\",\"path\":"
                          + quote(c.users())
                          + ",\"bulkId\":\"next\",\"data\":"
                          + userJson(c)
                          + "}]}";
                  Response r = c.post("/Bulk", body);
                  status(r, 200, 400);
                  if (r.status() == 200) {
                    JsonNode ops = r.json().path("Operations");
                    for (JsonNode op : ops) {
                      expect(
                          !op.path("status").asString("").equals("201"),
                          "no operation run after the failure",
                          ops.toString());
                    }
                  }
                }));
    all.add(
        check("bulk.delete-and-patch", "Bulk runs PATCH and DELETE operations")
            .ref("RFC 7644 §3.7")
            .tags(BULK)
            .writes()
            .needs(Feature.USERS, Feature.BULK, Feature.PATCH)
            .run(
                c -> {
                  ObjectNode a = c.createUser();
                  ObjectNode b = c.createUser();
                  Response r =
                      c.post(
                          "/Bulk",
                          bulk(
                              "{\"method\":\"PATCH\",\"path\":"
                                  + quote(c.users() + "/" + id(a))
                                  + ",\"data\":"
                                  + PatchChecks.ops(
                                      "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"BulkPatched\"}")
                                  + "}",
                              "{\"method\":\"DELETE\",\"path\":"
                                  + quote(c.users() + "/" + id(b))
                                  + "}"));
                  status(r, 200);
                  JsonNode ops = r.json().path("Operations");
                  expect(
                      ops.path(0).path("status").asString("").equals("200")
                          || ops.path(0).path("status").asString("").equals("204"),
                      "PATCH status 200 or 204",
                      ops.toString());
                  expect(
                      ops.path(1).path("status").asString("").equals("204"),
                      "DELETE status 204",
                      ops.toString());
                  expect(
                      c.read(c.users(), id(a))
                          .path("displayName")
                          .asString("")
                          .equals("BulkPatched"),
                      "the patch applied",
                      "not applied");
                  error(c.get(c.users() + "/" + id(b)), 404, null);
                }));
    all.add(
        check("bulk.too-many", "More operations than maxOperations answers 413")
            .ref("RFC 7644 §3.7.4")
            .tags(BULK, ERRORS)
            .needs(Feature.USERS, Feature.BULK)
            .run(
                c -> {
                  long max = c.target().number("bulk", "maxOperations").orElse(0L);
                  if (max <= 0 || max > 5000) {
                    throw Ctx.skip("maxOperations " + max + " is not a usable limit");
                  }
                  List<String> ops = new ArrayList<>();
                  for (long i = 0; i <= max; i++) {
                    ops.add(
                        "{\"method\":\"DELETE\",\"path\":"
                            + quote(c.users() + "/no-such-" + i)
                            + "}");
                  }
                  error(c.post("/Bulk", bulk(ops.toArray(String[]::new))), 413, null);
                }));
    // etags
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
                  status(
                      c.send("GET", c.users() + "/" + id(u), headers("If-None-Match", tag), null),
                      304);
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
                  status(
                      c.send(
                          "PUT",
                          c.users() + "/" + id(u),
                          headers("If-Match", old),
                          ScimJson.write(body)),
                      200);
                  body.put("displayName", "Stale");
                  error(
                      c.send(
                          "PUT",
                          c.users() + "/" + id(u),
                          headers("If-Match", old),
                          ScimJson.write(body)),
                      412,
                      null);
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
                  status(
                      c.send("PATCH", c.users() + "/" + id(u), headers("If-Match", old), op),
                      200,
                      204);
                  error(
                      c.send("PATCH", c.users() + "/" + id(u), headers("If-Match", old), op),
                      412,
                      null);
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
                      c.send(
                          "DELETE",
                          c.users() + "/" + id(u),
                          headers("If-Match", "W/\"stale-" + c.data().prefix() + "\""),
                          null),
                      412,
                      null);
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
                  status(
                      c.send(
                          "PUT",
                          c.users() + "/" + id(u),
                          headers("If-Match", tag),
                          ScimJson.write(body)),
                      200);
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
    // errors
    all.add(
        check("errors.shape", "An error body has the Error schema, status as a string and a detail")
            .ref("RFC 7644 §3.12")
            .tags(ERRORS)
            .profiles(Profile.CORE, Profile.ENTRA)
            .needs(Feature.USERS)
            .run(
                c -> {
                  Response r = c.get(c.users() + "/no-such-id-" + c.data().prefix());
                  ObjectNode e = error(r, 404, null);
                  scimJson(r);
                  expect(e.path("detail").isString(), "a detail", r.brief());
                }));
    all.add(
        check("errors.unknown-endpoint", "An unknown endpoint answers 404")
            .ref("RFC 7644 §3.12")
            .should()
            .tags(ERRORS)
            .run(c -> status(c.get("/NoSuchEndpoint" + c.data().prefix()), 404)));
    all.add(
        check("errors.no-stack-trace", "Error responses reveal no stack trace or exception names")
            .ref("RFC 7644 §7 (security considerations)")
            .tags(ERRORS, SECURITY)
            .needs(Feature.USERS)
            .run(
                c -> {
                  List<Response> rs = new ArrayList<>();
                  rs.add(c.post(c.users(), "{\"schemas\":[ 1, 2"));
                  rs.add(c.get(c.users() + "?filter=" + pct("userName eq")));
                  rs.add(c.post(c.users(), "[]"));
                  for (Response r : rs) {
                    expect(r.status() >= 400 && r.status() < 500, "a 4xx answer", r.brief());
                    expect(
                        !r.body().contains("Exception")
                            && !r.body().contains("\tat ")
                            && !r.body().matches("(?s).*\\bat [a-z]+\\.[a-z]+\\..*"),
                        "no stack trace",
                        r.brief());
                  }
                }));
    all.add(
        check("errors.json-array-body", "A JSON array where an object belongs answers 400")
            .ref("RFC 7644 §3.12")
            .tags(ERRORS)
            .writes()
            .needs(Feature.USERS)
            .run(c -> error(c.post(c.users(), "[]"), 400, null)));
    all.add(
        check("errors.method-not-allowed", "DELETE on the /Users collection is refused with a 4xx")
            .ref("RFC 7644 §3.12")
            .should()
            .tags(ERRORS)
            .needs(Feature.USERS)
            .run(
                c -> {
                  Response r = c.delete(c.users());
                  expect(
                      r.status() == 405
                          || r.status() == 404
                          || r.status() == 501
                          || r.status() == 400,
                      "HTTP 405 (or 404, 400, 501)",
                      r.brief());
                }));
    all.add(
        check("errors.charset-content-type", "A Content-Type with ; charset=utf-8 is accepted")
            .ref("Entra ID requests")
            .interop()
            .tags(ERRORS)
            .profiles(Profile.ENTRA)
            .writes()
            .needs(Feature.USERS)
            .run(
                c ->
                    status(
                        c.send(
                            "POST",
                            c.users(),
                            headers("Content-Type", "application/scim+json; charset=utf-8"),
                            userJson(c)),
                        201)));
    all.add(
        check(
                "errors.plain-json-content-type",
                "A request with Content-Type application/json is accepted")
            .ref("RFC 7644 §3.8")
            .should()
            .tags(ERRORS)
            .writes()
            .needs(Feature.USERS)
            .run(
                c ->
                    status(
                        c.send(
                            "POST",
                            c.users(),
                            headers("Content-Type", "application/json"),
                            userJson(c)),
                        201)));
    // security
    all.add(
        check("security.no-token", "A request without a token answers 401")
            .ref("RFC 7644 §2")
            .tags(SECURITY)
            .profiles(Profile.CORE, Profile.ENTRA)
            .needs(Feature.USERS)
            .run(c -> status(c.send("GET", c.users(), headers("Authorization", ""), null), 401)));
    all.add(
        check("security.wrong-token", "A wrong token answers 401")
            .ref("RFC 7644 §2, RFC 6750 §3.1")
            .tags(SECURITY)
            .profiles(Profile.CORE, Profile.ENTRA)
            .needs(Feature.USERS)
            .run(
                c ->
                    status(
                        c.send(
                            "GET",
                            c.users(),
                            headers("Authorization", "Bearer wrong-" + c.data().prefix()),
                            null),
                        401)));
    all.add(
        check("security.www-authenticate", "A 401 carries a WWW-Authenticate challenge")
            .ref("RFC 6750 §3, RFC 7235 §3.1")
            .should()
            .tags(SECURITY)
            .needs(Feature.USERS)
            .run(
                c -> {
                  Response r = c.send("GET", c.users(), headers("Authorization", ""), null);
                  status(r, 401);
                  expect(r.header("WWW-Authenticate") != null, "a WWW-Authenticate header", "none");
                }));
    all.add(
        check("security.no-token-write", "A write without a token answers 401 and creates nothing")
            .ref("RFC 7644 §2")
            .tags(SECURITY)
            .writes()
            .needs(Feature.USERS, Feature.FILTER)
            .run(
                c -> {
                  ObjectNode u = c.data().user();
                  status(
                      c.send("POST", c.users(), headers("Authorization", ""), ScimJson.write(u)),
                      401);
                  ObjectNode l =
                      list(
                          c.filter(
                              c.users(), "userName eq " + quote(u.path("userName").asString())));
                  expect(l.path("totalResults").asLong() == 0, "no user created", l.toString());
                }));
    all.add(
        check("security.scheme-case", "The bearer scheme name is case-insensitive")
            .ref("RFC 7235 §2.1")
            .should()
            .tags(SECURITY)
            .needs(Feature.USERS)
            .run(
                c ->
                    status(
                        c.send(
                            "GET",
                            c.users() + "?count=1",
                            headers("Authorization", "bearer " + c.token()),
                            null),
                        200)));
    all.add(
        check("security.content-type", "Responses are application/scim+json")
            .ref("RFC 7644 §3.1, §8.1")
            .tags(SECURITY)
            .profiles(Profile.CORE, Profile.ENTRA)
            .needs(Feature.USERS)
            .run(c -> scimJson(c.get(c.users() + "?count=1"))));
    return all;
  }

  private static ObjectNode userIn(Ctx c, String userName) {
    ObjectNode u = c.data().user();
    u.put("userName", userName);
    return u;
  }
}
