package io.scimworks.compliance.internal;

import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.id;
import static io.scimworks.compliance.internal.Ctx.quote;
import static io.scimworks.compliance.internal.Patches.expectMembers;
import static io.scimworks.compliance.internal.Patches.expectText;
import static io.scimworks.compliance.internal.Patches.groupPatch;
import static io.scimworks.compliance.internal.Patches.memberPath;
import static io.scimworks.compliance.internal.Patches.members;
import static io.scimworks.compliance.internal.Patches.membersWithNullRef;
import static io.scimworks.compliance.internal.Patches.op;
import static io.scimworks.compliance.internal.Patches.ops;
import static io.scimworks.compliance.internal.Patches.patchGroup;

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
                      patchGroup(c, id(g), ops(op("add", "members", members(id(a), id(b)))));
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
                      patchGroup(c, id(g), ops(op("Add", "members", membersWithNullRef(id(a)))));
                  expectMembers(now, List.of(id(a)), "exactly the member added");
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
                      patchGroup(c, id(g), ops(op("Remove", "members", membersWithNullRef(id(a)))));
                  expectMembers(now, List.of(id(b)), "only " + id(b) + " left");
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
                  ObjectNode now = patchGroup(c, id(g), ops(op("remove", memberPath(id(a)))));
                  expectMembers(now, List.of(id(b)), "only " + id(b) + " left");
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
                      patchGroup(c, id(g), ops(op("replace", "members", members(id(b)))));
                  expectMembers(now, List.of(id(b)), "exactly [" + id(b) + "]");
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
                      patchGroup(c, id(g), ops(op("Replace", "displayName", quote(name))));
                  expectText(now.path("displayName"), name, "displayName " + name);
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
                              op("remove", memberPath(id(a))),
                              op(
                                  "add",
                                  "members",
                                  "[{\"value\":" + quote(id(b)) + ",\"display\":\"B\"}]"),
                              op("replace", "displayName", quote(name))));
                  expectMembers(now, List.of(id(b)), "exactly [" + id(b) + "]");
                  expectText(now.path("displayName"), name, "displayName " + name);
                }));
    all.add(
        groupPatch("patch.group-add-existing-member", "Adding a member twice keeps one membership")
            .ref("RFC 7644 §3.5.2.1 (no duplicates in multi-valued attributes)")
            .should()
            .run(
                c -> {
                  ObjectNode a = c.createUser();
                  ObjectNode g = c.createGroup(id(a));
                  ObjectNode now = patchGroup(c, id(g), ops(op("add", "members", members(id(a)))));
                  expectMembers(now, List.of(id(a)), "one membership");
                }));
    return all;
  }
}
