package io.scimworks.compliance.internal;

import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.id;
import static io.scimworks.compliance.internal.Ctx.quote;
import static io.scimworks.compliance.internal.Ctx.seg;
import static io.scimworks.compliance.internal.Ctx.status;
import static io.scimworks.compliance.internal.Patches.expectText;
import static io.scimworks.compliance.internal.Patches.op;
import static io.scimworks.compliance.internal.Patches.ops;
import static io.scimworks.compliance.internal.Patches.patchUser;
import static io.scimworks.compliance.internal.Patches.patchUserCreated;
import static io.scimworks.compliance.internal.Patches.pathless;
import static io.scimworks.compliance.internal.Patches.userPatch;

import io.scimworks.compliance.Profile;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * PATCH of users (RFC 7644 §3.5.2) as the RFC describes it; the shapes identity providers send are
 * in {@link IdpPatchChecks}, failures in {@link PatchErrorChecks}, group membership in {@link
 * GroupPatchChecks}, what they share in {@link Patches}.
 */
final class PatchChecks {
  /** {@code emails[type eq "work"].value}, escaped to stand inside a JSON string. */
  private static final String WORK_EMAIL = "emails[type eq \\\"work\\\"].value";

  private PatchChecks() {}

  static List<CheckDef> all() {
    List<CheckDef> all = new ArrayList<>();
    all.add(
        userPatch("patch.replace-attribute", "replace with a path changes that attribute")
            .ref("RFC 7644 §3.5.2.3")
            .profiles(Profile.CORE, Profile.VALIDATOR)
            .run(
                c -> {
                  ObjectNode now =
                      patchUserCreated(c, op("replace", "displayName", quote("Patched")));
                  expectText(now.path("displayName"), "Patched", "displayName Patched");
                }));
    all.add(
        userPatch("patch.answer", "A PATCH answers 200 with the resource or 204 with no body")
            .ref("RFC 7644 §3.5.2")
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  Response r =
                      c.patch(
                          c.users() + "/" + seg(id(u)),
                          ops(op("replace", "displayName", quote("Answered"))));
                  status(r, 200, 204);
                  if (r.status() == 200) {
                    expect(
                        r.json().path("displayName").asString("").equals("Answered"),
                        "the patched resource in the body",
                        r.brief());
                  } else {
                    expect(r.body().isEmpty(), "no body with 204", r.brief());
                  }
                }));
    all.add(
        userPatch("patch.add-attribute", "add with a path sets an absent attribute")
            .ref("RFC 7644 §3.5.2.1")
            .run(
                c -> {
                  ObjectNode body = c.data().user();
                  body.remove("title");
                  ObjectNode u = c.createUser(body);
                  ObjectNode now = patchUser(c, id(u), ops(op("add", "title", quote("Chief"))));
                  expectText(now.path("title"), "Chief", "title Chief");
                }));
    all.add(
        userPatch("patch.remove-attribute", "remove with a path removes the attribute")
            .ref("RFC 7644 §3.5.2.2")
            .run(
                c -> {
                  ObjectNode now = patchUserCreated(c, op("remove", "title"));
                  expect(!now.has("title"), "no title", now.path("title").toString());
                }));
    all.add(
        userPatch("patch.replace-no-path", "replace without a path merges the value object")
            .ref("RFC 7644 §3.5.2.3")
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  ObjectNode now =
                      patchUser(
                          c,
                          id(u),
                          ops(
                              pathless(
                                  "replace", "{\"displayName\":\"NoPath\",\"title\":\"Lead\"}")));
                  expect(
                      now.path("displayName").asString("").equals("NoPath")
                          && now.path("title").asString("").equals("Lead"),
                      "displayName NoPath and title Lead",
                      now.toString());
                  expect(
                      now.path("userName").equals(u.path("userName")),
                      "userName kept",
                      now.path("userName").toString());
                }));
    all.add(
        userPatch("patch.add-no-path", "add without a path adds the value object's attributes")
            .ref("RFC 7644 §3.5.2.1")
            .run(
                c -> {
                  ObjectNode now = patchUserCreated(c, pathless("add", "{\"nickName\":\"Nick\"}"));
                  expect(
                      now.path("nickName").asString("").equals("Nick"),
                      "nickName Nick",
                      now.toString());
                }));
    all.add(
        userPatch(
                "patch.sub-attribute", "replace on name.givenName changes only that sub-attribute")
            .ref("RFC 7644 §3.5.2.3")
            .profiles(Profile.CORE, Profile.ENTRA)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  ObjectNode now =
                      patchUser(c, id(u), ops(op("replace", "name.givenName", quote("Renamed"))));
                  expect(
                      now.path("name").path("givenName").asString("").equals("Renamed"),
                      "name.givenName Renamed",
                      now.path("name").toString());
                  expect(
                      now.path("name").path("familyName").equals(u.path("name").path("familyName")),
                      "name.familyName kept",
                      now.path("name").toString());
                }));
    all.add(
        userPatch(
                "patch.value-filter",
                "replace on emails[type eq \"work\"].value changes that email")
            .ref("RFC 7644 §3.5.2.3")
            .profiles(Profile.CORE, Profile.ENTRA)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  String mail = c.data().unique("new") + "@example.com";
                  ObjectNode now = patchUser(c, id(u), ops(op("replace", WORK_EMAIL, quote(mail))));
                  expect(
                      now.path("emails").size() == 1
                          && now.path("emails").path(0).path("value").asString("").equals(mail),
                      "one email " + mail,
                      now.path("emails").toString());
                }));
    all.add(
        userPatch(
                "patch.filtered-add-creates",
                "Add on emails[type eq \"work\"].value creates the element once, then updates it")
            .ref("Entra ID update user (default mode)")
            .interop()
            .profiles(Profile.ENTRA)
            .run(
                c -> {
                  ObjectNode body = c.data().user();
                  body.remove("emails");
                  ObjectNode u = c.createUser(body);
                  String first = c.data().unique("w") + "@example.com";
                  String second = c.data().unique("w") + "@example.com";
                  patchUser(c, id(u), ops(op("Add", WORK_EMAIL, quote(first))));
                  ObjectNode now = patchUser(c, id(u), ops(op("Add", WORK_EMAIL, quote(second))));
                  expect(
                      now.path("emails").size() == 1,
                      "one work email",
                      now.path("emails").toString());
                  expect(
                      now.path("emails").path(0).path("value").asString("").equals(second),
                      "the second value",
                      now.path("emails").toString());
                }));
    all.add(
        userPatch(
                "patch.primary-exclusive",
                "Adding an email with primary true makes it the only primary one")
            .ref("RFC 7644 §3.5.2 (the server SHALL set primary to false on the other values)")
            .run(
                c -> {
                  if (c.target().subAttribute(Target.USER, "emails", "primary") == null) {
                    throw Ctx.skip("the User schema has no emails.primary");
                  }
                  ObjectNode u = c.createUser();
                  String home = c.data().unique("home") + "@example.net";
                  String email =
                      "[{\"value\":"
                          + quote(home)
                          + ",\"type\":"
                          + quote(c.data().canonical(Target.USER, "emails", "type", "home"))
                          + ",\"primary\":true}]";
                  ObjectNode now = patchUser(c, id(u), ops(op("add", "emails", email)));
                  List<String> primary = new ArrayList<>();
                  for (JsonNode e : now.path("emails")) {
                    if (e.path("primary").asBoolean(false)) {
                      primary.add(e.path("value").asString(""));
                    }
                  }
                  expect(
                      primary.equals(List.of(home)),
                      "exactly one primary email, " + home,
                      now.path("emails").toString());
                }));
    return all;
  }
}
