package io.scimworks.compliance.internal;

import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.id;
import static io.scimworks.compliance.internal.Ctx.quote;
import static io.scimworks.compliance.internal.Patches.expectInactive;
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
 * User PATCHes in the shapes identity providers send: Entra ID (default and {@code
 * aadOptscim062020} modes), Okta and the Microsoft validator.
 */
final class IdpPatchChecks {
  private static final String EMPLOYEE_NUMBER = Target.ENTERPRISE + ":employeeNumber";
  private static final String MANAGER = Target.ENTERPRISE + ":manager";

  private IdpPatchChecks() {}

  static List<CheckDef> all() {
    List<CheckDef> all = new ArrayList<>();
    all.add(
        userPatch("patch.capitalised-op", "Capitalised ops (Replace, as Entra sends) are accepted")
            .ref("Entra ID update user (default mode)")
            .interop()
            .profiles(Profile.ENTRA)
            .run(
                c -> {
                  ObjectNode now =
                      patchUserCreated(c, op("Replace", "displayName", quote("Capital")));
                  expectText(now.path("displayName"), "Capital", "displayName Capital");
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
                  ObjectNode now = patchUserCreated(c, op("Replace", "active", quote("False")));
                  expectInactive(
                      now.path("active"),
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
                  ObjectNode now =
                      patchUserCreated(
                          c,
                          pathless(
                              "replace",
                              "{\"name.givenName\":\"Flagged\",\""
                                  + EMPLOYEE_NUMBER
                                  + "\":\"7\",\"active\":false}"));
                  expect(
                      now.path("name").path("givenName").asString("").equals("Flagged"),
                      "name.givenName Flagged",
                      now.toString());
                  expect(
                      now.path(Target.ENTERPRISE).path("employeeNumber").asString("").equals("7"),
                      "employeeNumber 7",
                      now.toString());
                  expectInactive(now.path("active"), "active false", now.toString());
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
                  ObjectNode now = patchUserCreated(c, op("replace", "active", "false"));
                  expectInactive(now.path("active"), "active false", now.path("active").toString());
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
                  ObjectNode now = patchUserCreated(c, pathless("replace", "{\"active\":false}"));
                  expectInactive(now.path("active"), "active false", now.path("active").toString());
                }));
    all.add(
        userPatch("patch.enterprise-path", "replace on an extension path (URN:employeeNumber)")
            .ref("RFC 7644 §3.5.2, §3.10; Entra ID")
            .profiles(Profile.CORE, Profile.ENTRA)
            .needs(Feature.ENTERPRISE)
            .run(
                c -> {
                  ObjectNode now = patchUserCreated(c, op("Replace", EMPLOYEE_NUMBER, quote("42")));
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
                  ObjectNode now = patchUser(c, id(u), ops(op("Add", MANAGER, quote(id(boss)))));
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
                  patchUser(
                      c, id(u), ops(op("replace", MANAGER, "{\"value\":" + quote(id(boss)) + "}")));
                  ObjectNode now =
                      patchUser(c, id(u), ops(op("Replace", MANAGER, "{\"value\":\"\"}")));
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
                  ObjectNode now =
                      patchUserCreated(
                          c,
                          op(
                              "Add",
                              "roles",
                              "[{\"primary\":\"True\",\"type\":\"WindowsAzureActiveDirectoryRole\",\"value\":\"Admin\"}]"));
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
                  ObjectNode now =
                      patchUserCreated(
                          c,
                          op("replace", "displayName", quote("First")),
                          op("replace", "title", quote("Other")),
                          op("replace", "displayName", quote("Second")));
                  expect(
                      now.path("displayName").asString("").equals("Second")
                          && now.path("title").asString("").equals("Other"),
                      "displayName Second and title Other",
                      now.toString());
                }));
    return all;
  }
}
