package io.scimworks.compliance.internal;

import static io.scimworks.compliance.Tag.ERRORS;
import static io.scimworks.compliance.internal.Ctx.error;
import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.id;
import static io.scimworks.compliance.internal.Ctx.quote;
import static io.scimworks.compliance.internal.Ctx.seg;
import static io.scimworks.compliance.internal.Ctx.status;
import static io.scimworks.compliance.internal.Patches.groupPatch;
import static io.scimworks.compliance.internal.Patches.members;
import static io.scimworks.compliance.internal.Patches.op;
import static io.scimworks.compliance.internal.Patches.ops;
import static io.scimworks.compliance.internal.Patches.patchNewUser;
import static io.scimworks.compliance.internal.Patches.patchUser;
import static io.scimworks.compliance.internal.Patches.userPatch;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a user PATCH must do when it fails (atomicity, error answers) and to {@code meta} when it
 * succeeds.
 */
final class PatchErrorChecks {
  private PatchErrorChecks() {}

  static List<CheckDef> all() {
    List<CheckDef> all = new ArrayList<>();
    all.add(
        userPatch("patch.atomic", "A PATCH whose second operation fails changes nothing")
            .ref("RFC 7644 §3.5.2")
            .tags(ERRORS)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  Response r =
                      c.patch(
                          c.users() + "/" + seg(id(u)),
                          ops(
                              op("replace", "displayName", quote("ShouldNotStick")),
                              "{\"op\":\"remove\"}"));
                  status(r, 400);
                  ObjectNode now = c.read(c.users(), id(u));
                  expect(
                      now.path("displayName").equals(u.path("displayName")),
                      "displayName unchanged",
                      now.path("displayName").toString());
                }));
    all.add(
        userPatch("patch.remove-without-path", "remove without a path answers 400 noTarget")
            .ref("RFC 7644 §3.5.2.2")
            .tags(ERRORS)
            .run(c -> error(patchNewUser(c, ops("{\"op\":\"remove\"}")), 400, "noTarget")));
    all.add(
        userPatch("patch.invalid-path", "A malformed path answers 400 invalidPath or invalidFilter")
            .ref(
                "RFC 7644 §3.5.2, §3.12 (Table 9: both apply to a path filter; scimType is OPTIONAL)")
            .should()
            .tags(ERRORS)
            .run(
                c ->
                    error(
                        patchNewUser(c, ops(op("replace", "emails[type eq", quote("x")))),
                        400,
                        "invalidPath",
                        "invalidFilter")));
    all.add(
        userPatch("patch.unknown-op", "An unknown op answers 400")
            .ref("RFC 7644 §3.5.2, §3.12")
            .tags(ERRORS)
            .run(c -> error(patchNewUser(c, ops(op("frobnicate", "title", quote("x")))), 400)));
    all.add(
        userPatch(
                "patch.read-only-id",
                "A replace or a remove of id answers 400 mutability and changes nothing")
            .ref("RFC 7644 §3.5.2, RFC 7643 §3.1")
            .tags(ERRORS)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  String at = c.users() + "/" + seg(id(u));
                  error(c.patch(at, ops(op("replace", "id", quote("new-id")))), 400, "mutability");
                  error(c.patch(at, ops(op("remove", "id"))), 400, "mutability");
                  status(c.get(at), 200);
                }));
    all.add(
        userPatch(
                "patch.read-only-meta",
                "A replace of meta.created answers 400 mutability and changes nothing")
            .ref("RFC 7644 §3.5.2, RFC 7643 §3.1 (meta and its sub-attributes are readOnly)")
            .tags(ERRORS)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  error(
                      c.patch(
                          c.users() + "/" + seg(id(u)),
                          ops(op("replace", "meta.created", quote("2000-01-01T00:00:00Z")))),
                      400,
                      "mutability");
                  ObjectNode now = c.read(c.users(), id(u));
                  expect(
                      now.path("meta").path("created").equals(u.path("meta").path("created")),
                      "meta.created unchanged",
                      now.path("meta").toString());
                }));
    all.add(
        groupPatch(
                "patch.read-only-groups",
                "An add to a user's groups answers 400 mutability and joins no group")
            .ref(
                "RFC 7643 §4.1.2 (groups is readOnly; membership changes MUST go through the"
                    + " Group), RFC 7644 §3.5.2")
            .tags(ERRORS)
            .run(
                c -> {
                  JsonNode groups = c.target().attribute(Target.USER, "groups");
                  if (groups == null
                      || !groups.path("mutability").asString("").equalsIgnoreCase("readOnly")) {
                    throw Ctx.skip("the User schema declares no readOnly groups attribute");
                  }
                  ObjectNode u = c.createUser();
                  ObjectNode g = c.createGroup();
                  error(
                      c.patch(
                          c.users() + "/" + seg(id(u)), ops(op("add", "groups", members(id(g))))),
                      400,
                      "mutability");
                  ObjectNode group = c.read(c.groups(), id(g));
                  expect(
                      !Memberships.memberIds(group).contains(id(u)),
                      "the group without the user",
                      group.path("members").toString());
                  ObjectNode user = c.read(c.users(), id(u));
                  expect(
                      !user.path("groups").toString().contains(quote(id(g))),
                      "the user in no group",
                      user.path("groups").toString());
                }));
    all.add(
        userPatch("patch.unknown-id", "A PATCH of an unknown id answers 404")
            .ref("RFC 7644 §3.5.2, §3.12")
            .tags(ERRORS)
            .run(
                c ->
                    error(
                        c.patch(
                            c.users() + "/" + UUID.randomUUID(),
                            ops(op("replace", "title", quote("x")))),
                        404)));
    all.add(
        userPatch("patch.invalid-json", "A PATCH body that is not JSON answers 400 invalidSyntax")
            .ref("RFC 7644 §3.12 (Table 9; scimType is OPTIONAL)")
            .should()
            .tags(ERRORS)
            .run(c -> error(patchNewUser(c, "{\"Operations\": ["), 400, "invalidSyntax")));
    all.add(
        userPatch(
                "patch.updates-lastModified", "A PATCH advances meta.lastModified and meta.version")
            .ref("RFC 7643 §3.1")
            .should()
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  ObjectNode now =
                      patchUser(c, id(u), ops(op("replace", "displayName", quote("Versioned"))));
                  expect(
                      !now.path("meta").path("version").equals(u.path("meta").path("version"))
                          || u.path("meta").path("version").isMissingNode(),
                      "a new meta.version",
                      now.path("meta").toString());
                  expect(
                      now.path("meta")
                              .path("lastModified")
                              .asString("")
                              .compareTo(u.path("meta").path("lastModified").asString(""))
                          >= 0,
                      "meta.lastModified not earlier",
                      now.path("meta").toString());
                }));
    return all;
  }
}
