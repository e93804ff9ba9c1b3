package io.scimworks.compliance.internal;

import static io.scimworks.compliance.Tag.CRUD;
import static io.scimworks.compliance.Tag.ERRORS;
import static io.scimworks.compliance.internal.CheckDef.check;
import static io.scimworks.compliance.internal.Ctx.error;
import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.id;
import static io.scimworks.compliance.internal.Ctx.list;
import static io.scimworks.compliance.internal.Ctx.quote;

import io.scimworks.compliance.Profile;
import io.scimworks.core.json.ScimJson;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * What creating a user must refuse (RFC 7644 §3.3, §3.12): a taken {@code userName}, a missing or
 * mistyped value, a body that is not JSON or holds text that is not Unicode; and a disabled user
 * stays readable.
 */
final class CrudInputChecks {
  private CrudInputChecks() {}

  static List<CheckDef> all() {
    return List.of(
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
        check(
                "crud.unpaired-surrogate",
                "A string holding an unpaired surrogate escape (\\ud800) answers 400 and stores"
                    + " nothing")
            .ref(
                "RFC 8259 §8.2, RFC 7159 §8.2 (such a string is not Unicode text; what a receiver"
                    + " makes of it is unpredictable), RFC 7644 §3.12 (Table 9)")
            .should()
            .tags(CRUD, ERRORS)
            .writes()
            .needs(Feature.USERS)
            .run(
                c -> {
                  ObjectNode body = c.data().user();
                  String userName = body.path("userName").asString();
                  body.put("displayName", "Broken SURROGATE text");
                  String json = ScimJson.write(body).replace("SURROGATE", "\\ud800");
                  Response r = c.post(c.users(), json);
                  ObjectNode e = error(r, 400);
                  String type = e.path("scimType").asString("");
                  expect(
                      type.isEmpty() || type.equals("invalidValue") || type.equals("invalidSyntax"),
                      "no scimType, invalidValue or invalidSyntax",
                      r.brief());
                  if (c.target().supports("filter")) {
                    ObjectNode l = list(c.filter(c.users(), "userName eq " + quote(userName)));
                    expect(l.path("totalResults").asLong() == 0, "no user stored", l.toString());
                  }
                }),
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
                }));
  }
}
