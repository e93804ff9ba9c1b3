package io.scimworks.compliance.internal;

import static io.scimworks.compliance.Tag.CRUD;
import static io.scimworks.compliance.Tag.ERRORS;
import static io.scimworks.compliance.internal.CheckDef.check;
import static io.scimworks.compliance.internal.Ctx.error;
import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.id;
import static io.scimworks.compliance.internal.Ctx.scimJson;
import static io.scimworks.compliance.internal.Ctx.status;

import io.scimworks.compliance.Profile;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Create, read, replace and delete (RFC 7644 §3.3-3.6). */
final class CrudChecks {
  private CrudChecks() {}

  static List<CheckDef> all() {
    return List.of(
        check("crud.create-user", "POST /Users answers 201 with the new resource")
            .ref("RFC 7644 §3.3")
            .tags(CRUD)
            .profiles(Profile.CORE, Profile.ENTRA, Profile.OKTA, Profile.VALIDATOR)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  Response r = c.post(c.users(), c.data().user());
                  status(r, 201);
                  scimJson(r);
                  ObjectNode u = r.json();
                  expect(id(u).length() > 0, "an \"id\"", r.brief());
                  expect(Ctx.hasSchema(u, Target.USER), "schemas holding the User URN", r.brief());
                }),
        check(
                "crud.create-meta",
                "A created resource has meta resourceType, created, lastModified, location")
            .ref("RFC 7643 §3.1")
            .tags(CRUD)
            .profiles(Profile.CORE, Profile.ENTRA)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  JsonNode meta = c.createUser().path("meta");
                  expect(
                      meta.path("resourceType").asString("").equals("User"),
                      "meta.resourceType \"User\"",
                      meta.toString());
                  for (String f : List.of("created", "lastModified", "location")) {
                    expect(meta.path(f).isString(), "meta." + f, meta.toString());
                  }
                  expect(
                      java.time.OffsetDateTime.parse(meta.path("created").asString()) != null,
                      "meta.created as an xsd:dateTime",
                      meta.toString());
                }),
        check(
                "crud.create-location",
                "201 Created carries a Location header equal to meta.location")
            .ref("RFC 7644 §3.3")
            .tags(CRUD)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  Response r = c.post(c.users(), c.data().user());
                  status(r, 201);
                  String location = r.header("Location");
                  expect(location != null, "a Location header", "none");
                  expect(
                      location.equals(r.json().path("meta").path("location").asString("")),
                      "Location equal to meta.location",
                      location + " vs " + r.json().path("meta").path("location"));
                }),
        check("crud.create-echo", "A created user returns the values sent")
            .ref("RFC 7644 §3.3")
            .tags(CRUD)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  ObjectNode sent = c.data().user();
                  ObjectNode u = c.createUser(sent);
                  expect(
                      u.path("userName").asString("").equals(sent.path("userName").asString()),
                      "userName " + sent.path("userName"),
                      String.valueOf(u.path("userName")));
                  if (sent.has("name")) {
                    expect(
                        u.path("name")
                            .path("givenName")
                            .equals(sent.path("name").path("givenName")),
                        "name.givenName " + sent.path("name").path("givenName"),
                        u.path("name").toString());
                  }
                  if (sent.has("emails")) {
                    expect(
                        u.path("emails")
                            .path(0)
                            .path("value")
                            .equals(sent.path("emails").path(0).path("value")),
                        "emails as sent",
                        u.path("emails").toString());
                  }
                }),
        check("crud.create-ignores-client-id", "A client-chosen id on POST is not used")
            .ref("RFC 7643 §3.1 (id is readOnly)")
            .tags(CRUD)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  ObjectNode body = c.data().user();
                  String mine = "client-chosen-" + c.data().prefix();
                  body.put("id", mine);
                  Response r = c.post(c.users(), body);
                  if (r.status() == 400) {
                    return; // rejecting is allowed too
                  }
                  status(r, 201);
                  expect(
                      !id(r.json()).equals(mine),
                      "an id the server assigned",
                      "the client's id " + mine);
                }),
        check(
                "crud.create-ignores-client-meta",
                "A client-sent meta (as Entra sends) is ignored, not an error")
            .ref("Entra ID create user; RFC 7643 §3.1")
            .interop()
            .tags(CRUD)
            .profiles(Profile.ENTRA)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  ObjectNode body = c.data().user();
                  body.putObject("meta").put("resourceType", "User");
                  if (c.target().attribute(Target.USER, "roles") != null) {
                    body.putArray("roles");
                  }
                  ObjectNode u = c.createUser(body);
                  expect(
                      u.path("meta").path("created").isString(),
                      "server-set meta.created",
                      u.path("meta").toString());
                }),
        check("crud.get-user", "GET /Users/{id} answers 200 with the user")
            .ref("RFC 7644 §3.4.1")
            .tags(CRUD)
            .profiles(Profile.CORE, Profile.ENTRA)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  Response r = c.get(c.users() + "/" + id(u));
                  status(r, 200);
                  scimJson(r);
                  expect(
                      r.json().path("userName").equals(u.path("userName")),
                      "the user created",
                      r.brief());
                }),
        check("crud.get-unknown", "GET of an unknown id answers 404 with an Error body")
            .ref("RFC 7644 §3.12")
            .tags(CRUD, ERRORS)
            .profiles(Profile.CORE, Profile.OKTA)
            .needs(Feature.USERS)
            .run(c -> error(c.get(c.users() + "/" + UUID.randomUUID()), 404)),
        check("crud.replace-user", "PUT replaces the user; attributes left out are cleared")
            .ref("RFC 7644 §3.5.1")
            .tags(CRUD)
            .profiles(Profile.CORE, Profile.OKTA)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  ObjectNode body = c.data().user();
                  body.put("userName", u.path("userName").asString());
                  body.put("displayName", "Replaced " + c.data().prefix());
                  body.remove("title");
                  Response r = c.put(c.users() + "/" + id(u), body);
                  status(r, 200);
                  ObjectNode now = c.read(c.users(), id(u));
                  expect(
                      now.path("displayName").asString("").startsWith("Replaced"),
                      "the new displayName",
                      String.valueOf(now.path("displayName")));
                  expect(
                      !now.has("title"),
                      "title cleared (left out of the PUT)",
                      String.valueOf(now.path("title")));
                }),
        check("crud.replace-unknown", "PUT to an unknown id answers 404")
            .ref("RFC 7644 §3.5.1, §3.12")
            .tags(CRUD, ERRORS)
            .writes()
            .needs(Feature.USERS)
            .run(c -> error(c.put(c.users() + "/" + UUID.randomUUID(), c.data().user()), 404)),
        check(
                "crud.replace-keeps-id",
                "PUT keeps the id and meta.created, and advances lastModified")
            .ref("RFC 7644 §3.5.1, RFC 7643 §3.1")
            .tags(CRUD)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  ObjectNode body = u.deepCopy();
                  body.put("displayName", "Again " + c.data().prefix());
                  Response r = c.put(c.users() + "/" + id(u), body);
                  status(r, 200);
                  ObjectNode now = r.json();
                  expect(id(now).equals(id(u)), "the same id", id(now));
                  expect(
                      now.path("meta").path("created").equals(u.path("meta").path("created")),
                      "meta.created unchanged",
                      now.path("meta").toString());
                  expect(
                      java.time.Instant.parse(asInstant(now.path("meta").path("lastModified")))
                              .compareTo(
                                  java.time.Instant.parse(
                                      asInstant(u.path("meta").path("lastModified"))))
                          >= 0,
                      "meta.lastModified not earlier than before",
                      now.path("meta").toString());
                }),
        check("crud.delete-user", "DELETE answers 204; a GET then answers 404")
            .ref("RFC 7644 §3.6")
            .tags(CRUD)
            .profiles(Profile.CORE, Profile.ENTRA, Profile.VALIDATOR)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  Response d = c.delete(c.users() + "/" + id(u));
                  status(d, 204);
                  error(c.get(c.users() + "/" + id(u)), 404);
                }),
        check("crud.delete-twice", "A second DELETE of the same user answers 404")
            .ref("RFC 7644 §3.6")
            .tags(CRUD, ERRORS)
            .profiles(Profile.CORE, Profile.ENTRA, Profile.VALIDATOR)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  status(c.delete(c.users() + "/" + id(u)), 204);
                  error(c.delete(c.users() + "/" + id(u)), 404);
                }),
        check("crud.delete-unknown", "DELETE of a made-up id answers 404")
            .ref("RFC 7644 §3.6")
            .tags(CRUD, ERRORS)
            .profiles(Profile.CORE, Profile.VALIDATOR)
            .writes()
            .needs(Feature.USERS)
            .run(c -> error(c.delete(c.users() + "/" + UUID.randomUUID()), 404)),
        check(
                "crud.duplicate-userName",
                "A second user with the same userName answers 409 uniqueness")
            .ref("RFC 7644 §3.3, §3.12")
            .tags(CRUD, ERRORS)
            .profiles(Profile.CORE, Profile.ENTRA, Profile.OKTA, Profile.VALIDATOR)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  ObjectNode again = c.data().user();
                  again.put("userName", u.path("userName").asString());
                  error(c.post(c.users(), again), 409, "uniqueness");
                }),
        check(
                "crud.duplicate-userName-case",
                "A userName differing only in case is a duplicate (userName is caseExact false)")
            .ref("RFC 7643 §4.1")
            .tags(CRUD, ERRORS)
            .profiles(Profile.CORE, Profile.VALIDATOR)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  ObjectNode again = c.data().user();
                  again.put(
                      "userName", u.path("userName").asString().toUpperCase(java.util.Locale.ROOT));
                  error(c.post(c.users(), again), 409, "uniqueness");
                }),
        check("crud.missing-userName", "A user without userName answers 400 invalidValue")
            .ref("RFC 7643 §4.1, RFC 7644 §3.12 (Table 9; scimType is OPTIONAL)")
            .should()
            .tags(CRUD, ERRORS)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  ObjectNode body = c.data().user();
                  body.remove("userName");
                  error(c.post(c.users(), body), 400, "invalidValue");
                }),
        check("crud.wrong-type", "A value of the wrong JSON type answers 400 invalidValue")
            .ref("RFC 7644 §3.12 (Table 9; scimType is OPTIONAL)")
            .should()
            .tags(CRUD, ERRORS)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  ObjectNode body = c.data().user();
                  body.putObject("displayName").put("oops", 1);
                  error(c.post(c.users(), body), 400, "invalidValue");
                }),
        check("crud.invalid-json", "A body that is not JSON answers 400 invalidSyntax")
            .ref("RFC 7644 §3.12 (Table 9; scimType is OPTIONAL)")
            .should()
            .tags(CRUD, ERRORS)
            .writes()
            .needs(Feature.USERS)
            .run(
                c ->
                    error(
                        c.post(c.users(), "{\"schemas\": [\"" + Target.USER + "\", "),
                        400,
                        "invalidSyntax")),
        check("crud.disabled-user-readable", "A user with active false is still returned by GET")
            .ref("Entra ID disable; RFC 7643 §4.1.1")
            .interop()
            .tags(CRUD)
            .profiles(Profile.ENTRA, Profile.VALIDATOR)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  if (c.target().attribute(Target.USER, "active") == null) {
                    throw Ctx.skip("the User schema has no active attribute");
                  }
                  ObjectNode body = c.data().user();
                  body.put("active", false);
                  ObjectNode u = c.createUser(body);
                  ObjectNode now = c.read(c.users(), id(u));
                  expect(
                      now.path("active").isBoolean() && !now.path("active").booleanValue(),
                      "active false",
                      String.valueOf(now.path("active")));
                }),
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
                  status(c.delete(c.users() + "/" + id(u)), 204);
                  List<String> members = Memberships.memberIds(c.read(c.groups(), id(g)));
                  expect(
                      !members.contains(id(u)),
                      "the deleted user gone from members",
                      members.toString());
                  expect(members.contains(id(keep)), "the other member kept", members.toString());
                }));
  }

  private static String asInstant(JsonNode dateTime) {
    return java.time.OffsetDateTime.parse(dateTime.asString()).toInstant().toString();
  }
}
