package io.scimworks.compliance.internal;

import static io.scimworks.compliance.Tag.PATCH;
import static io.scimworks.compliance.internal.CheckDef.check;
import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.id;
import static io.scimworks.compliance.internal.Ctx.quote;
import static io.scimworks.compliance.internal.Ctx.status;
import static io.scimworks.compliance.internal.PatchChecks.ops;

import io.scimworks.compliance.Profile;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * PATCH of group memberships (RFC 7644 §3.5.2), as Entra ID, Okta and the RFC send it: several
 * members at once, {@code "$ref": null} values, removal by value array and by value filter.
 */
final class GroupPatchChecks {
  private GroupPatchChecks() {}

  /** PATCHes a group; fails unless 200 or 204; returns the group as read afterwards. */
  static ObjectNode patchGroup(Ctx c, String id, String body) {
    status(c.patch(c.groups() + "/" + id, body), 200, 204);
    return c.read(c.groups(), id);
  }

  private static CheckDef.Builder groupPatch(String id, String title) {
    return check(id, title)
        .ref("RFC 7644 §3.5.2")
        .tags(PATCH)
        .writes()
        .needs(Feature.USERS, Feature.GROUPS, Feature.PATCH);
  }

  static List<CheckDef> all() {
    List<CheckDef> all = new ArrayList<>();
    all.add(
        groupPatch("patch.group-add-members", "add on members adds several members at once")
            .profiles(Profile.CORE, Profile.OKTA)
            .run(
                c -> {
                  ObjectNode a = c.createUser();
                  ObjectNode b = c.createUser();
                  ObjectNode g = c.createGroup();
                  ObjectNode now =
                      patchGroup(
                          c,
                          id(g),
                          ops(
                              "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":"
                                  + quote(id(a))
                                  + "},{\"value\":"
                                  + quote(id(b))
                                  + "}]}"));
                  expect(
                      Memberships.memberIds(now).containsAll(List.of(id(a), id(b))),
                      "both members",
                      now.path("members").toString());
                }));
    all.add(
        groupPatch(
                "patch.group-add-members-null-ref",
                "Add of members carrying \"$ref\": null (as Entra sends)")
            .ref("Entra ID add members")
            .interop()
            .profiles(Profile.ENTRA)
            .run(
                c -> {
                  ObjectNode a = c.createUser();
                  ObjectNode g = c.createGroup();
                  ObjectNode now =
                      patchGroup(
                          c,
                          id(g),
                          ops(
                              "{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"$ref\":null,\"value\":"
                                  + quote(id(a))
                                  + "}]}"));
                  expect(
                      Memberships.memberIds(now).equals(List.of(id(a))),
                      "exactly the member added",
                      now.path("members").toString());
                }));
    all.add(
        groupPatch(
                "patch.group-remove-member-by-value",
                "Remove on members with a value removes exactly those members")
            .ref("Entra ID remove members (default mode); RFC 7644 §3.5.2.2")
            .interop()
            .profiles(Profile.ENTRA)
            .run(
                c -> {
                  ObjectNode a = c.createUser();
                  ObjectNode b = c.createUser();
                  ObjectNode g = c.createGroup(id(a), id(b));
                  ObjectNode now =
                      patchGroup(
                          c,
                          id(g),
                          ops(
                              "{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"$ref\":null,\"value\":"
                                  + quote(id(a))
                                  + "}]}"));
                  expect(
                      Memberships.memberIds(now).equals(List.of(id(b))),
                      "only " + id(b) + " left",
                      now.path("members").toString());
                }));
    all.add(
        groupPatch(
                "patch.group-remove-member-filter",
                "remove on members[value eq \"id\"] removes that member")
            .ref("RFC 7644 §3.5.2.2; Okta, Entra flag mode, validator")
            .profiles(Profile.CORE, Profile.ENTRA_FLAG, Profile.OKTA, Profile.VALIDATOR)
            .run(
                c -> {
                  ObjectNode a = c.createUser();
                  ObjectNode b = c.createUser();
                  ObjectNode g = c.createGroup(id(a), id(b));
                  ObjectNode now =
                      patchGroup(
                          c,
                          id(g),
                          ops(
                              "{\"op\":\"remove\",\"path\":\"members[value eq "
                                  + quote(id(a)).replace("\"", "\\\"")
                                  + "]\"}"));
                  expect(
                      Memberships.memberIds(now).equals(List.of(id(b))),
                      "only " + id(b) + " left",
                      now.path("members").toString());
                }));
    all.add(
        groupPatch(
                "patch.group-replace-members", "replace on members sets exactly the members given")
            .ref("RFC 7644 §3.5.2.3; Okta, validator")
            .profiles(Profile.CORE, Profile.OKTA, Profile.VALIDATOR)
            .run(
                c -> {
                  ObjectNode a = c.createUser();
                  ObjectNode b = c.createUser();
                  ObjectNode g = c.createGroup(id(a));
                  ObjectNode now =
                      patchGroup(
                          c,
                          id(g),
                          ops(
                              "{\"op\":\"replace\",\"path\":\"members\",\"value\":[{\"value\":"
                                  + quote(id(b))
                                  + "}]}"));
                  expect(
                      Memberships.memberIds(now).equals(List.of(id(b))),
                      "exactly [" + id(b) + "]",
                      now.path("members").toString());
                }));
    all.add(
        groupPatch("patch.group-rename", "replace of displayName renames the group")
            .ref("RFC 7644 §3.5.2.3; Entra ID, validator")
            .profiles(Profile.CORE, Profile.ENTRA, Profile.VALIDATOR)
            .run(
                c -> {
                  ObjectNode g = c.createGroup();
                  String name = c.data().unique("renamed");
                  ObjectNode now =
                      patchGroup(
                          c,
                          id(g),
                          ops(
                              "{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":"
                                  + quote(name)
                                  + "}"));
                  expect(
                      now.path("displayName").asString("").equals(name),
                      "displayName " + name,
                      now.path("displayName").toString());
                }));
    all.add(
        groupPatch(
                "patch.okta-group-push",
                "Okta's group push: remove by filter, add {value, display} and rename in one PATCH")
            .ref("Okta group push")
            .interop()
            .profiles(Profile.OKTA)
            .run(
                c -> {
                  ObjectNode a = c.createUser();
                  ObjectNode b = c.createUser();
                  ObjectNode g = c.createGroup(id(a));
                  String name = c.data().unique("okta");
                  ObjectNode now =
                      patchGroup(
                          c,
                          id(g),
                          ops(
                              "{\"op\":\"remove\",\"path\":\"members[value eq "
                                  + quote(id(a)).replace("\"", "\\\"")
                                  + "]\"}",
                              "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":"
                                  + quote(id(b))
                                  + ",\"display\":\"B\"}]}",
                              "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":"
                                  + quote(name)
                                  + "}"));
                  expect(
                      Memberships.memberIds(now).equals(List.of(id(b))),
                      "exactly [" + id(b) + "]",
                      now.path("members").toString());
                  expect(
                      now.path("displayName").asString("").equals(name),
                      "displayName " + name,
                      now.path("displayName").toString());
                }));
    all.add(
        groupPatch("patch.group-add-existing-member", "Adding a member twice keeps one membership")
            .ref("RFC 7644 §3.5.2.1 (no duplicates in multi-valued attributes)")
            .should()
            .run(
                c -> {
                  ObjectNode a = c.createUser();
                  ObjectNode g = c.createGroup(id(a));
                  ObjectNode now =
                      patchGroup(
                          c,
                          id(g),
                          ops(
                              "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":"
                                  + quote(id(a))
                                  + "}]}"));
                  expect(
                      Memberships.memberIds(now).equals(List.of(id(a))),
                      "one membership",
                      now.path("members").toString());
                }));
    return all;
  }
}
