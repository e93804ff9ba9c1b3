package io.scimworks.compliance.internal;

import static io.scimworks.compliance.Tag.BULK;
import static io.scimworks.compliance.Tag.ERRORS;
import static io.scimworks.compliance.internal.CheckDef.check;
import static io.scimworks.compliance.internal.Ctx.error;
import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.id;
import static io.scimworks.compliance.internal.Ctx.quote;
import static io.scimworks.compliance.internal.Ctx.seg;
import static io.scimworks.compliance.internal.Ctx.status;

import io.scimworks.core.json.ScimJson;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Bulk (RFC 7644 §3.7): operations, bulkId references, errors per operation and limits. */
final class BulkChecks {
  private static final String BULK_REQUEST = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";

  private BulkChecks() {}

  static List<CheckDef> all() {
    List<CheckDef> all = new ArrayList<>();
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
                              post(c.users(), "a", userJson(c)),
                              post(c.users(), "b", userJson(c))));
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
                              post(c.users(), "u1", userJson(c)),
                              post(
                                  c.groups(),
                                  "g1",
                                  "{\"schemas\":[\""
                                      + Target.GROUP
                                      + "\"],\"displayName\":"
                                      + quote(c.data().unique("bulkgroup"))
                                      + ",\"members\":[{\"value\":\"bulkId:u1\"}]}")));
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
                              post(c.users(), "bad", ScimJson.write(bad)),
                              post(c.users(), "good", userJson(c))));
                  status(r, 200);
                  JsonNode ops = r.json().path("Operations");
                  expect(
                      opStatus(ops, 0).equals("400"),
                      "status \"400\" for the bad operation",
                      ops.toString());
                  expect(
                      ops.path(0).path("response").isObject(),
                      "an error response for it",
                      ops.toString());
                  expect(
                      opStatus(ops, 1).equals("201"),
                      "status \"201\" for the good one",
                      ops.toString());
                }));
    all.add(
        check("bulk.fail-on-errors", "failOnErrors 1 stops after the first error")
            .ref("RFC 7644 §3.7, §3.7.3 (200, or \"an appropriate HTTP error code\")")
            .tags(BULK, ERRORS)
            .writes()
            .needs(Feature.USERS, Feature.BULK)
            .run(
                c -> {
                  ObjectNode bad = c.data().user();
                  bad.remove("userName");
                  String body =
                      bulk(
                          1,
                          post(c.users(), "bad", ScimJson.write(bad)),
                          post(c.users(), "next", userJson(c)));
                  Response r = c.post("/Bulk", body);
                  expect(
                      r.status() == 200 || r.status() >= 400 && r.status() < 500,
                      "HTTP 200 or a 4xx error",
                      r.brief());
                  JsonNode ops = r.json().path("Operations");
                  for (JsonNode op : ops) {
                    expect(
                        !op.path("status").asString("").equals("201"),
                        "no operation run after the failure",
                        ops.toString());
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
                              op(
                                  "PATCH",
                                  c.users() + "/" + seg(id(a)),
                                  Patches.ops(
                                      "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"BulkPatched\"}")),
                              op("DELETE", c.users() + "/" + seg(id(b)), null)));
                  status(r, 200);
                  JsonNode ops = r.json().path("Operations");
                  expect(
                      opStatus(ops, 0).equals("200") || opStatus(ops, 0).equals("204"),
                      "PATCH status 200 or 204",
                      ops.toString());
                  expect(opStatus(ops, 1).equals("204"), "DELETE status 204", ops.toString());
                  expect(
                      c.read(c.users(), id(a))
                          .path("displayName")
                          .asString("")
                          .equals("BulkPatched"),
                      "the patch applied",
                      "not applied");
                  error(c.get(c.users() + "/" + seg(id(b))), 404);
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
                    ops.add(op("DELETE", c.users() + "/no-such-" + i, null));
                  }
                  error(c.post("/Bulk", bulk(ops.toArray(String[]::new))), 413);
                }));
    all.add(
        check("bulk.too-large", "A request over maxPayloadSize answers 413 and runs nothing")
            .ref("RFC 7644 §3.7.4 (the service provider MUST return 413)")
            .tags(BULK, ERRORS)
            .writes()
            .needs(Feature.USERS, Feature.BULK)
            .run(
                c -> {
                  long max = c.target().number("bulk", "maxPayloadSize").orElse(0L);
                  if (max <= 0 || max > 8L * 1024 * 1024) {
                    throw Ctx.skip("maxPayloadSize " + max + " is not a usable limit");
                  }
                  ObjectNode user = c.data().user();
                  String padding = "x".repeat((int) max);
                  user.put("title", padding);
                  String body = bulk(post(c.users(), "big", ScimJson.write(user)));
                  error(c.post("/Bulk", body), 413);
                  if (c.target().supports("filter")) {
                    String f = "userName eq " + quote(user.path("userName").asString());
                    ObjectNode l = Ctx.list(c.filter(c.users(), f));
                    expect(l.path("totalResults").asLong() == 0, "no user created", l.toString());
                  }
                }));
    return all;
  }

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

  private static String bulk(int failOnErrors, String... operations) {
    return "{\"schemas\":[\""
        + BULK_REQUEST
        + "\"],\"failOnErrors\":"
        + failOnErrors
        + ",\"Operations\":["
        + String.join(",", operations)
        + "]}";
  }

  /** A POST operation creating a resource at {@code endpoint} under {@code bulkId}. */
  private static String post(String endpoint, String bulkId, String data) {
    return "{\"method\":\"POST\",\"path\":"
        + quote(endpoint)
        + ",\"bulkId\":"
        + quote(bulkId)
        + ",\"data\":"
        + data
        + "}";
  }

  /** An operation on an existing resource, with {@code data} unless it is null (DELETE). */
  private static String op(String method, String path, @Nullable String data) {
    return "{\"method\":"
        + quote(method)
        + ",\"path\":"
        + quote(path)
        + (data == null ? "" : ",\"data\":" + data)
        + "}";
  }

  /** The status of the {@code i}th operation result, as the string it must be. */
  private static String opStatus(JsonNode ops, int i) {
    return ops.path(i).path("status").asString("");
  }
}
