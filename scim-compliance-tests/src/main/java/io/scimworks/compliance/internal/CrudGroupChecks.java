package io.scimworks.compliance.internal;

import static io.scimworks.compliance.Tag.CRUD;
import static io.scimworks.compliance.Tag.ERRORS;
import static io.scimworks.compliance.internal.CheckDef.check;
import static io.scimworks.compliance.internal.Ctx.error;
import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.id;
import static io.scimworks.compliance.internal.Ctx.seg;
import static io.scimworks.compliance.internal.Ctx.status;

import io.scimworks.compliance.Profile;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Groups (RFC 7643 §4.2, RFC 7644 §3.3): creating them with and without members, the shape Okta
 * sends, a declared-unique {@code displayName}, and members of a deleted user.
 */
final class CrudGroupChecks {
  private CrudGroupChecks() {}

  static List<CheckDef> all() {
    return List.of(
        check("crud.create-group", "POST /Groups answers 201 with the group")
            .ref("RFC 7644 §3.3")
            .tags(CRUD)
            .profiles(Profile.CORE, Profile.OKTA, Profile.VALIDATOR)
            .writes()
            .needs(Feature.GROUPS)
            .run(
                c -> {
                  ObjectNode g = c.createGroup();
                  expect(
                      g.path("meta").path("resourceType").asString("").equals("Group"),
                      "meta.resourceType \"Group\"",
                      g.path("meta").toString());
                }),
        check("crud.group-with-members", "A group created with members lists them")
            .ref("RFC 7643 §4.2")
            .tags(CRUD)
            .writes()
            .needs(Feature.USERS, Feature.GROUPS)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  ObjectNode g = c.createGroup(id(u));
                  ObjectNode now = c.read(c.groups(), id(g));
                  expect(
                      Memberships.memberIds(now).contains(id(u)),
                      "members holding " + id(u),
                      now.path("members").toString());
                }),
        check(
                "crud.group-unknown-schema-urn",
                "A group carrying Entra's extra ADSCIM schema URN is created")
            .ref("Entra ID create group")
            .interop()
            .tags(CRUD)
            .profiles(Profile.ENTRA)
            .writes()
            .needs(Feature.GROUPS)
            .run(
                c -> {
                  ObjectNode g = c.data().group();
                  g.withArray("schemas")
                      .add(
                          "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group");
                  status(c.post(c.groups(), g), 201);
                }),
        check(
                "crud.okta-create-shape",
                "A user with password and groups: [] (as Okta creates) answers 201")
            .ref("Okta create user")
            .interop()
            .tags(CRUD)
            .profiles(Profile.OKTA)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  ObjectNode body = c.data().user();
                  if (c.target().attribute(Target.USER, "password") != null) {
                    body.put("password", "Okta-Pa55-" + c.data().prefix());
                  }
                  Response r = c.post(c.users(), body);
                  status(r, 201);
                  expect(!r.json().has("password"), "no password in the response", r.brief());
                }),
        check(
                "crud.group-duplicate-displayName",
                "A group whose displayName is declared unique rejects a duplicate with 409")
            .ref("RFC 7643 §2.1 uniqueness")
            .tags(CRUD, ERRORS)
            .profiles(Profile.CORE, Profile.VALIDATOR)
            .writes()
            .needs(Feature.GROUPS)
            .run(
                c -> {
                  JsonNode dn = c.target().attribute(Target.GROUP, "displayName");
                  if (dn == null || dn.path("uniqueness").asString("none").equals("none")) {
                    throw Ctx.skip("Group displayName is not declared unique");
                  }
                  ObjectNode g = c.createGroup();
                  ObjectNode again = c.data().group();
                  again.put("displayName", g.path("displayName").asString());
                  error(c.post(c.groups(), again), 409, "uniqueness");
                }),
        check(
                "crud.deleted-user-leaves-groups",
                "A deleted user no longer appears among its groups' members")
            .ref("RFC 7643 §4.2, RFC 7644 §3.6")
            .should()
            .tags(CRUD)
            .writes()
            .needs(Feature.USERS, Feature.GROUPS)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  ObjectNode keep = c.createUser();
                  ObjectNode g = c.createGroup(id(u), id(keep));
                  status(c.delete(c.users() + "/" + seg(id(u))), 204);
                  List<String> members = Memberships.memberIds(c.read(c.groups(), id(g)));
                  expect(
                      !members.contains(id(u)),
                      "the deleted user gone from members",
                      members.toString());
                  expect(members.contains(id(keep)), "the other member kept", members.toString());
                }));
  }
}
