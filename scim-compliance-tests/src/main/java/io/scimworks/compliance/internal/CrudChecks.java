package io.scimworks.compliance.internal;

import static io.scimworks.compliance.Tag.CRUD;
import static io.scimworks.compliance.Tag.ERRORS;
import static io.scimworks.compliance.internal.CheckDef.check;
import static io.scimworks.compliance.internal.Ctx.error;
import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.id;
import static io.scimworks.compliance.internal.Ctx.scimJson;
import static io.scimworks.compliance.internal.Ctx.seg;
import static io.scimworks.compliance.internal.Ctx.status;

import io.scimworks.compliance.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Create, read, replace and delete of users (RFC 7644 §3.3-3.6); then, in this order, {@link
 * CrudInputChecks} and {@link CrudGroupChecks}.
 */
final class CrudChecks {
  private CrudChecks() {}

  static List<CheckDef> all() {
    List<CheckDef> all = new ArrayList<>(users());
    all.addAll(CrudInputChecks.all());
    all.addAll(CrudGroupChecks.all());
    return all;
  }

  private static List<CheckDef> users() {
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
                  Response r = c.get(c.users() + "/" + seg(id(u)));
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
                  Response r = c.put(c.users() + "/" + seg(id(u)), body);
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
                  Response r = c.put(c.users() + "/" + seg(id(u)), body);
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
                  Response d = c.delete(c.users() + "/" + seg(id(u)));
                  status(d, 204);
                  error(c.get(c.users() + "/" + seg(id(u))), 404);
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
                  status(c.delete(c.users() + "/" + seg(id(u))), 204);
                  error(c.delete(c.users() + "/" + seg(id(u))), 404);
                }),
        check("crud.delete-unknown", "DELETE of a made-up id answers 404")
            .ref("RFC 7644 §3.6")
            .tags(CRUD, ERRORS)
            .profiles(Profile.CORE, Profile.VALIDATOR)
            .writes()
            .needs(Feature.USERS)
            .run(c -> error(c.delete(c.users() + "/" + UUID.randomUUID()), 404)));
  }

  private static String asInstant(JsonNode dateTime) {
    return java.time.OffsetDateTime.parse(dateTime.asString()).toInstant().toString();
  }
}
