package io.scimworks.compliance.internal;

import static io.scimworks.compliance.Tag.ERRORS;
import static io.scimworks.compliance.Tag.PATCH;
import static io.scimworks.compliance.internal.CheckDef.check;
import static io.scimworks.compliance.internal.Ctx.error;
import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.id;
import static io.scimworks.compliance.internal.Ctx.quote;
import static io.scimworks.compliance.internal.Ctx.status;

import io.scimworks.compliance.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * PATCH of users (RFC 7644 §3.5.2), in the shapes the RFC and real identity providers send; group
 * membership PATCHes are in {@link GroupPatchChecks}.
 */
final class PatchChecks {
  private PatchChecks() {}

  /** A PatchOp body holding these operations (raw JSON each). */
  static String ops(String... operations) {
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
        + String.join(",", operations)
        + "]}";
  }

  /** PATCHes a user; fails unless 200 or 204; returns the user as read afterwards. */
  static ObjectNode patchUser(Ctx c, String id, String body) {
    status(c.patch(c.users() + "/" + id, body), 200, 204);
    return c.read(c.users(), id);
  }

  private static CheckDef.Builder userPatch(String id, String title) {
    return check(id, title)
        .ref("RFC 7644 §3.5.2")
        .tags(PATCH)
        .writes()
        .needs(Feature.USERS, Feature.PATCH);
  }

  static List<CheckDef> all() {
    List<CheckDef> all = new ArrayList<>();
    all.add(
        userPatch("patch.replace-attribute", "replace with a path changes that attribute")
            .ref("RFC 7644 §3.5.2.3")
            .profiles(Profile.CORE, Profile.VALIDATOR)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  ObjectNode now =
                      patchUser(
                          c,
                          id(u),
                          ops(
                              "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Patched\"}"));
                  expect(
                      now.path("displayName").asString("").equals("Patched"),
                      "displayName Patched",
                      now.path("displayName").toString());
                }));
    all.add(
        userPatch("patch.answer", "A PATCH answers 200 with the resource or 204 with no body")
            .ref("RFC 7644 §3.5.2")
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  Response r =
                      c.patch(
                          c.users() + "/" + id(u),
                          ops(
                              "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Answered\"}"));
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
                  ObjectNode now =
                      patchUser(
                          c, id(u), ops("{\"op\":\"add\",\"path\":\"title\",\"value\":\"Chief\"}"));
                  expect(
                      now.path("title").asString("").equals("Chief"),
                      "title Chief",
                      now.path("title").toString());
                }));
    all.add(
        userPatch("patch.remove-attribute", "remove with a path removes the attribute")
            .ref("RFC 7644 §3.5.2.2")
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  ObjectNode now =
                      patchUser(c, id(u), ops("{\"op\":\"remove\",\"path\":\"title\"}"));
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
                              "{\"op\":\"replace\",\"value\":{\"displayName\":\"NoPath\",\"title\":\"Lead\"}}"));
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
                  ObjectNode u = c.createUser();
                  ObjectNode now =
                      patchUser(
                          c, id(u), ops("{\"op\":\"add\",\"value\":{\"nickName\":\"Nick\"}}"));
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
                      patchUser(
                          c,
                          id(u),
                          ops(
                              "{\"op\":\"replace\",\"path\":\"name.givenName\",\"value\":\"Renamed\"}"));
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
                  ObjectNode now =
                      patchUser(
                          c,
                          id(u),
                          ops(
                              "{\"op\":\"replace\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":"
                                  + quote(mail)
                                  + "}"));
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
                  String path = "emails[type eq \\\"work\\\"].value";
                  patchUser(
                      c,
                      id(u),
                      ops(
                          "{\"op\":\"Add\",\"path\":\""
                              + path
                              + "\",\"value\":"
                              + quote(first)
                              + "}"));
                  ObjectNode now =
                      patchUser(
                          c,
                          id(u),
                          ops(
                              "{\"op\":\"Add\",\"path\":\""
                                  + path
                                  + "\",\"value\":"
                                  + quote(second)
                                  + "}"));
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
        userPatch("patch.capitalised-op", "Capitalised ops (Replace, as Entra sends) are accepted")
            .ref("Entra ID update user (default mode)")
            .interop()
            .profiles(Profile.ENTRA)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  ObjectNode now =
                      patchUser(
                          c,
                          id(u),
                          ops(
                              "{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"Capital\"}"));
                  expect(
                      now.path("displayName").asString("").equals("Capital"),
                      "displayName Capital",
                      now.path("displayName").toString());
                }));
    all.add(
        userPatch(
                "patch.active-string",
                "active as the string \"False\" (as Entra sends) disables the user")
            .ref("Entra ID disable user (default mode)")
            .interop()
            .profiles(Profile.ENTRA, Profile.VALIDATOR)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  ObjectNode now =
                      patchUser(
                          c,
                          id(u),
                          ops("{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}"));
                  expect(
                      now.path("active").isBoolean() && !now.path("active").booleanValue(),
                      "active false (a boolean)",
                      now.path("active").toString());
                }));
    all.add(
        userPatch(
                "patch.flag-path-less-replace",
                "One path-less replace with dotted and URN keys (aadOptscim062020)")
            .ref("Entra ID with aadOptscim062020")
            .interop()
            .profiles(Profile.ENTRA_FLAG)
            .needs(Feature.ENTERPRISE)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  ObjectNode now =
                      patchUser(
                          c,
                          id(u),
                          ops(
                              "{\"op\":\"replace\",\"value\":{\"name.givenName\":\"Flagged\",\""
                                  + Target.ENTERPRISE
                                  + ":employeeNumber\":\"7\",\"active\":false}}"));
                  expect(
                      now.path("name").path("givenName").asString("").equals("Flagged"),
                      "name.givenName Flagged",
                      now.toString());
                  expect(
                      now.path(Target.ENTERPRISE).path("employeeNumber").asString("").equals("7"),
                      "employeeNumber 7",
                      now.toString());
                  expect(
                      now.path("active").isBoolean() && !now.path("active").booleanValue(),
                      "active false",
                      now.toString());
                }));
    all.add(
        userPatch(
                "patch.flag-active-boolean",
                "Lower-case replace of active with a real boolean (aadOptscim062020)")
            .ref("Entra ID with aadOptscim062020")
            .interop()
            .profiles(Profile.ENTRA_FLAG)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  ObjectNode now =
                      patchUser(
                          c,
                          id(u),
                          ops("{\"op\":\"replace\",\"path\":\"active\",\"value\":false}"));
                  expect(
                      now.path("active").isBoolean() && !now.path("active").booleanValue(),
                      "active false",
                      now.path("active").toString());
                }));
    all.add(
        userPatch(
                "patch.okta-deactivate",
                "Path-less replace {\"active\": false} (Okta's deactivate)")
            .ref("Okta deactivate user")
            .interop()
            .profiles(Profile.OKTA)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  ObjectNode now =
                      patchUser(c, id(u), ops("{\"op\":\"replace\",\"value\":{\"active\":false}}"));
                  expect(
                      now.path("active").isBoolean() && !now.path("active").booleanValue(),
                      "active false",
                      now.path("active").toString());
                }));
    all.add(
        userPatch("patch.enterprise-path", "replace on an extension path (URN:employeeNumber)")
            .ref("RFC 7644 §3.5.2, §3.10; Entra ID")
            .profiles(Profile.CORE, Profile.ENTRA)
            .needs(Feature.ENTERPRISE)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  ObjectNode now =
                      patchUser(
                          c,
                          id(u),
                          ops(
                              "{\"op\":\"Replace\",\"path\":\""
                                  + Target.ENTERPRISE
                                  + ":employeeNumber\",\"value\":\"42\"}"));
                  expect(
                      now.path(Target.ENTERPRISE).path("employeeNumber").asString("").equals("42"),
                      "employeeNumber 42",
                      now.toString());
                  expect(
                      Ctx.hasSchema(now, Target.ENTERPRISE),
                      "schemas listing the extension",
                      now.path("schemas").toString());
                }));
    all.add(
        userPatch(
                "patch.manager-bare-id",
                "Manager sent as a bare id string comes back as {\"value\": id}")
            .ref("Entra ID manager (default mode)")
            .interop()
            .profiles(Profile.ENTRA, Profile.VALIDATOR)
            .needs(Feature.ENTERPRISE)
            .run(
                c -> {
                  ObjectNode boss = c.createUser();
                  ObjectNode u = c.createUser();
                  ObjectNode now =
                      patchUser(
                          c,
                          id(u),
                          ops(
                              "{\"op\":\"Add\",\"path\":\""
                                  + Target.ENTERPRISE
                                  + ":manager\",\"value\":"
                                  + quote(id(boss))
                                  + "}"));
                  JsonNode m = now.path(Target.ENTERPRISE).path("manager");
                  expect(
                      m.isObject() && m.path("value").asString("").equals(id(boss)),
                      "manager {\"value\": \"" + id(boss) + "\"}",
                      m.toString());
                }));
    all.add(
        userPatch("patch.manager-clear", "replace of manager with {\"value\": \"\"} clears it")
            .ref("Entra ID manager removal")
            .interop()
            .profiles(Profile.ENTRA, Profile.VALIDATOR)
            .needs(Feature.ENTERPRISE)
            .run(
                c -> {
                  ObjectNode boss = c.createUser();
                  ObjectNode u = c.createUser();
                  String path = Target.ENTERPRISE + ":manager";
                  patchUser(
                      c,
                      id(u),
                      ops(
                          "{\"op\":\"replace\",\"path\":\""
                              + path
                              + "\",\"value\":{\"value\":"
                              + quote(id(boss))
                              + "}}"));
                  ObjectNode now =
                      patchUser(
                          c,
                          id(u),
                          ops(
                              "{\"op\":\"Replace\",\"path\":\""
                                  + path
                                  + "\",\"value\":{\"value\":\"\"}}"));
                  JsonNode m = now.path(Target.ENTERPRISE).path("manager");
                  expect(
                      m.isMissingNode() || m.path("value").asString("").isEmpty(),
                      "no manager",
                      m.toString());
                }));
    all.add(
        userPatch(
                "patch.roles-add",
                "Add of roles with primary \"True\" (as Entra sends) is accepted")
            .ref("Entra ID roles; Microsoft SCIM validator")
            .interop()
            .profiles(Profile.ENTRA, Profile.VALIDATOR)
            .run(
                c -> {
                  if (c.target().attribute(Target.USER, "roles") == null) {
                    throw Ctx.skip("the User schema has no roles attribute");
                  }
                  ObjectNode u = c.createUser();
                  ObjectNode now =
                      patchUser(
                          c,
                          id(u),
                          ops(
                              "{\"op\":\"Add\",\"path\":\"roles\",\"value\":[{\"primary\":\"True\",\"type\":\"WindowsAzureActiveDirectoryRole\",\"value\":\"Admin\"}]}"));
                  expect(
                      now.path("roles").toString().contains("Admin"),
                      "roles holding Admin",
                      now.path("roles").toString());
                }));
    all.add(
        userPatch(
                "patch.several-ops-same-attribute",
                "Several operations in one PATCH apply in order (last replace wins)")
            .ref("RFC 7644 §3.5.2; Microsoft SCIM validator (preview)")
            .profiles(Profile.CORE, Profile.VALIDATOR)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  ObjectNode now =
                      patchUser(
                          c,
                          id(u),
                          ops(
                              "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"First\"}",
                              "{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Other\"}",
                              "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Second\"}"));
                  expect(
                      now.path("displayName").asString("").equals("Second")
                          && now.path("title").asString("").equals("Other"),
                      "displayName Second and title Other",
                      now.toString());
                }));
    all.add(
        userPatch("patch.atomic", "A PATCH whose second operation fails changes nothing")
            .ref("RFC 7644 §3.5.2")
            .tags(ERRORS)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  Response r =
                      c.patch(
                          c.users() + "/" + id(u),
                          ops(
                              "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"ShouldNotStick\"}",
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
            .run(
                c ->
                    error(
                        c.patch(c.users() + "/" + id(c.createUser()), ops("{\"op\":\"remove\"}")),
                        400,
                        "noTarget")));
    all.add(
        userPatch("patch.invalid-path", "A malformed path answers 400 invalidPath")
            .ref("RFC 7644 §3.5.2, §3.12")
            .tags(ERRORS)
            .run(
                c ->
                    error(
                        c.patch(
                            c.users() + "/" + id(c.createUser()),
                            ops(
                                "{\"op\":\"replace\",\"path\":\"emails[type eq\",\"value\":\"x\"}")),
                        400,
                        "invalidPath")));
    all.add(
        userPatch("patch.unknown-op", "An unknown op answers 400")
            .ref("RFC 7644 §3.5.2, §3.12")
            .tags(ERRORS)
            .run(
                c ->
                    error(
                        c.patch(
                            c.users() + "/" + id(c.createUser()),
                            ops("{\"op\":\"frobnicate\",\"path\":\"title\",\"value\":\"x\"}")),
                        400,
                        null)));
    all.add(
        userPatch(
                "patch.read-only-id", "A replace of id answers 400 mutability and changes nothing")
            .ref("RFC 7644 §3.5.2, RFC 7643 §3.1")
            .tags(ERRORS)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  error(
                      c.patch(
                          c.users() + "/" + id(u),
                          ops("{\"op\":\"replace\",\"path\":\"id\",\"value\":\"new-id\"}")),
                      400,
                      "mutability");
                  status(c.get(c.users() + "/" + id(u)), 200);
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
                            ops("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"x\"}")),
                        404,
                        null)));
    all.add(
        userPatch("patch.invalid-json", "A PATCH body that is not JSON answers 400 invalidSyntax")
            .ref("RFC 7644 §3.12")
            .tags(ERRORS)
            .run(
                c ->
                    error(
                        c.patch(c.users() + "/" + id(c.createUser()), "{\"Operations\": ["),
                        400,
                        "invalidSyntax")));
    all.add(
        userPatch(
                "patch.updates-lastModified", "A PATCH advances meta.lastModified and meta.version")
            .ref("RFC 7643 §3.1")
            .should()
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  ObjectNode now =
                      patchUser(
                          c,
                          id(u),
                          ops(
                              "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Versioned\"}"));
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
    // groups
    return all;
  }
}
