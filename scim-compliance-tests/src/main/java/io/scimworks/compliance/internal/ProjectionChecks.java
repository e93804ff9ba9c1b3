package io.scimworks.compliance.internal;

import static io.scimworks.compliance.Tag.PROJECTION;
import static io.scimworks.compliance.internal.CheckDef.check;
import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.id;
import static io.scimworks.compliance.internal.Ctx.list;
import static io.scimworks.compliance.internal.Ctx.quote;
import static io.scimworks.compliance.internal.Ctx.seg;
import static io.scimworks.compliance.internal.Ctx.status;

import io.scimworks.compliance.Profile;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code attributes} and {@code excludedAttributes} (RFC 7644 §3.9) on reads, lists and writes. */
final class ProjectionChecks {
  private ProjectionChecks() {}

  static List<CheckDef> all() {
    List<CheckDef> all = new ArrayList<>();
    all.add(
        check(
                "projection.attributes",
                "attributes=userName returns userName and id, not displayName")
            .ref("RFC 7644 §3.9")
            .tags(PROJECTION)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  ObjectNode r = read(c, c.users(), c.createUser(), "attributes=userName");
                  expect(
                      r.has("userName") && r.has("id"),
                      "userName and id (returned always)",
                      r.toString());
                  expect(
                      !r.has("displayName") && !r.has("emails"),
                      "no displayName, no emails",
                      r.toString());
                }));
    all.add(
        check(
                "projection.excluded",
                "excludedAttributes=emails leaves emails out and keeps the rest")
            .ref("RFC 7644 §3.9")
            .tags(PROJECTION)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  ObjectNode r = read(c, c.users(), c.createUser(), "excludedAttributes=emails");
                  expect(!r.has("emails"), "no emails", r.toString());
                  expect(r.has("userName") && r.has("id"), "userName and id kept", r.toString());
                }));
    all.add(
        check(
                "projection.excluded-always",
                "excludedAttributes=id,displayName drops displayName and still returns id")
            .ref("RFC 7644 §3.9 (no effect on attributes returned \"always\"), RFC 7643 §7")
            .tags(PROJECTION)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  ObjectNode r = read(c, c.users(), u, "excludedAttributes=id,displayName");
                  expect(id(r).equals(id(u)), "the id, returned always", r.toString());
                  expect(!r.has("displayName"), "no displayName", r.toString());
                  ObjectNode l = list(c.get(c.users() + "?excludedAttributes=id&count=1"));
                  for (JsonNode each : l.path("Resources")) {
                    expect(
                        each.path("id").isString(), "an id on each listed resource", l.toString());
                  }
                }));
    all.add(
        check(
                "projection.sub-attribute",
                "attributes=name.givenName returns only that sub-attribute of name")
            .ref("RFC 7644 §3.9, §3.10")
            .tags(PROJECTION)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  ObjectNode r = read(c, c.users(), c.createUser(), "attributes=name.givenName");
                  expect(
                      r.path("name").has("givenName") && !r.path("name").has("familyName"),
                      "name with only givenName",
                      r.toString());
                }));
    all.add(
        check("projection.list", "attributes applies to every resource of a list")
            .ref("RFC 7644 §3.4.2.5")
            .tags(PROJECTION)
            .writes()
            .needs(Feature.USERS, Feature.FILTER)
            .run(
                c -> {
                  Three t = Three.create(c);
                  ObjectNode l = t.list(c, "attributes=userName");
                  for (JsonNode r : l.path("Resources")) {
                    expect(
                        !r.has("displayName") && r.has("userName"),
                        "only userName (and id)",
                        r.toString());
                  }
                }));
    all.add(
        check(
                "projection.group-excluded-members",
                "A group read with excludedAttributes=members has no members")
            .ref("RFC 7644 §3.9; Entra ID")
            .tags(PROJECTION)
            .profiles(Profile.CORE, Profile.ENTRA, Profile.VALIDATOR)
            .writes()
            .needs(Feature.USERS, Feature.GROUPS)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  ObjectNode g = c.createGroup(id(u));
                  ObjectNode r = read(c, c.groups(), g, "excludedAttributes=members");
                  expect(!r.has("members"), "no members", r.toString());
                  expect(r.has("displayName"), "displayName kept", r.toString());
                }));
    all.add(
        check(
                "projection.group-filter-excluded-members",
                "Entra's group match (filter + excludedAttributes=members) returns no members")
            .ref("Entra ID group matching")
            .interop()
            .tags(PROJECTION)
            .profiles(Profile.ENTRA, Profile.VALIDATOR)
            .writes()
            .needs(Feature.USERS, Feature.GROUPS, Feature.FILTER)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  ObjectNode g = c.createGroup(id(u));
                  ObjectNode l =
                      list(
                          c.get(
                              c.groups()
                                  + "?excludedAttributes=members&filter="
                                  + Ctx.form(
                                      "displayName eq "
                                          + quote(g.path("displayName").asString()))));
                  expect(l.path("Resources").size() == 1, "one group", l.toString());
                  expect(!l.path("Resources").path(0).has("members"), "no members", l.toString());
                }));
    all.add(
        check("projection.password-never", "A password is never returned")
            .ref("RFC 7643 §4.1.1 (returned: never)")
            .tags(PROJECTION, io.scimworks.compliance.Tag.SECURITY)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  if (c.target().attribute(Target.USER, "password") == null) {
                    throw Ctx.skip("the User schema has no password attribute");
                  }
                  ObjectNode body = c.data().user();
                  body.put("password", "Secr3t-" + c.data().prefix());
                  Response created = c.post(c.users(), body);
                  status(created, 201);
                  expect(
                      !created.json().has("password"),
                      "no password in the POST response",
                      created.brief());
                  ObjectNode r = read(c, c.users(), created.json(), "attributes=password");
                  expect(!r.has("password"), "no password even when asked for", r.toString());
                }));
    all.add(
        check("projection.attributes-on-post", "attributes applies to the resource a POST returns")
            .ref("RFC 7644 §3.9")
            .should()
            .tags(PROJECTION)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  Response r = c.post(c.users() + "?attributes=userName", c.data().user());
                  status(r, 201);
                  expect(
                      !r.json().has("displayName") && r.json().has("userName"),
                      "only userName (and id)",
                      r.brief());
                }));
    all.add(
        check("projection.attribute-name-case", "attributes names are case-insensitive")
            .ref("RFC 7644 §3.10")
            .tags(PROJECTION)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  ObjectNode r = read(c, c.users(), c.createUser(), "attributes=USERNAME");
                  expect(r.has("userName") && !r.has("displayName"), "userName only", r.toString());
                }));
    return all;
  }

  /** {@code GET endpoint/id?query} of a created resource, as the service answers it. */
  private static ObjectNode read(Ctx c, String endpoint, ObjectNode created, String query) {
    return c.get(endpoint + "/" + seg(id(created)) + "?" + query).json();
  }
}
