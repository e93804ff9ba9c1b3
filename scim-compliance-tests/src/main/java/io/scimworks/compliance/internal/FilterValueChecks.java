package io.scimworks.compliance.internal;

import static io.scimworks.compliance.Tag.FILTER;
import static io.scimworks.compliance.internal.CheckDef.check;
import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.id;
import static io.scimworks.compliance.internal.Ctx.ids;
import static io.scimworks.compliance.internal.Ctx.list;
import static io.scimworks.compliance.internal.Ctx.quote;
import static io.scimworks.compliance.internal.FilterChecks.filterCheck;
import static io.scimworks.compliance.internal.FilterChecks.found;

import io.scimworks.compliance.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ObjectNode;

/**
 * Filters on harder values and by other routes (RFC 7644 §3.4.2.2, §3.4.3): value paths over one
 * element, escapes in strings, the encodings Entra ID and Okta send, POST {@code .search}, groups
 * and extension attributes.
 */
final class FilterValueChecks {
  private FilterValueChecks() {}

  static List<CheckDef> all() {
    List<CheckDef> all = new ArrayList<>();
    all.add(
        filterCheck(
                "filter.value-path-same-element",
                "Conditions in a value path hold for one and the same element")
            .run(
                c -> {
                  ObjectNode body = c.data().user();
                  String home = c.data().unique("home") + "@example.net";
                  ObjectNode e2 = body.withArray("emails").addObject();
                  e2.put("value", home);
                  e2.put("type", c.data().canonical(Target.USER, "emails", "type", "home"));
                  ObjectNode u = c.createUser(body);
                  String f =
                      "userName eq "
                          + quote(u.path("userName").asString())
                          + " and emails[type eq \"work\" and value eq "
                          + quote(home)
                          + "]";
                  List<String> got = ids(list(c.filter(c.users(), f)));
                  expect(
                      got.isEmpty(),
                      "no match (the work email is not " + home + ")",
                      got.toString());
                  found(
                      c,
                      "userName eq "
                          + quote(u.path("userName").asString())
                          + " and emails[value eq "
                          + quote(home)
                          + "]",
                      id(u));
                }));
    all.add(
        check("filter.unicode-escape", "\\uXXXX escapes in filter strings are decoded")
            .ref("RFC 7644 §3.4.2.2 (JSON string rules, RFC 8259 §7)")
            .tags(FILTER)
            .writes()
            .needs(Feature.USERS, Feature.FILTER)
            .run(
                c -> {
                  ObjectNode body = c.data().user();
                  String name = "Caf\u00e9 " + c.data().prefix();
                  body.put("displayName", name);
                  ObjectNode u = c.createUser(body);
                  found(c, "displayName eq \"Caf\\u00e9 " + c.data().prefix() + "\"", id(u));
                }));
    all.add(
        filterCheck(
                "filter.escaped-quote",
                "An escaped quote inside a filter string matches a literal quote")
            .run(
                c -> {
                  ObjectNode body = c.data().user();
                  String name = "The \"Boss\" " + c.data().prefix();
                  body.put("displayName", name);
                  ObjectNode u = c.createUser(body);
                  found(c, "displayName eq " + quote(name), id(u));
                }));
    all.add(
        check("filter.plus-as-space", "A form-encoded filter (+ for space, as Entra sends) works")
            .ref("Entra ID matching; HTML form encoding")
            .interop()
            .tags(FILTER)
            .profiles(Profile.ENTRA)
            .writes()
            .needs(Feature.USERS, Feature.FILTER)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  String f = "userName eq " + quote(u.path("userName").asString());
                  List<String> got = ids(list(c.get(c.users() + "?filter=" + Ctx.form(f))));
                  exactly(got, u);
                }));
    all.add(
        check("filter.okta-existence", "Okta's existence check (%20, startIndex=1&count=100) works")
            .ref("Okta user existence check")
            .interop()
            .tags(FILTER)
            .profiles(Profile.OKTA)
            .writes()
            .needs(Feature.USERS, Feature.FILTER)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  String f = "userName eq " + quote(u.path("userName").asString());
                  List<String> got =
                      ids(
                          list(
                              c.get(
                                  c.users()
                                      + "?filter="
                                      + Ctx.pct(f)
                                      + "&startIndex=1&count=100")));
                  exactly(got, u);
                }));
    all.add(
        check("filter.post-search", "POST /Users/.search with a filter finds the same as GET")
            .ref("RFC 7644 §3.4.3")
            .tags(FILTER)
            .writes()
            .needs(Feature.USERS, Feature.FILTER)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  String body =
                      "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                          + "\"filter\":"
                          + quote("userName eq " + quote(u.path("userName").asString()))
                          + "}";
                  Response r = c.post(c.users() + "/.search", body);
                  List<String> got = ids(list(r));
                  exactly(got, u);
                }));
    all.add(
        check("filter.group-displayName", "Groups filter on displayName, ignoring case")
            .ref("RFC 7643 §4.2; Entra ID group matching")
            .tags(FILTER)
            .profiles(Profile.CORE, Profile.ENTRA, Profile.VALIDATOR)
            .writes()
            .needs(Feature.GROUPS, Feature.FILTER)
            .run(
                c -> {
                  ObjectNode g = c.createGroup();
                  String dn = g.path("displayName").asString().toUpperCase(Locale.ROOT);
                  List<String> got =
                      ids(
                          list(
                              c.get(
                                  c.groups()
                                      + "?excludedAttributes=members&filter="
                                      + Ctx.form("displayName eq " + quote(dn)))));
                  exactly(got, g);
                }));
    all.add(
        check("filter.group-members-value", "Groups filter on members.value (the groups of a user)")
            .ref("RFC 7644 §3.4.2.2")
            .should()
            .tags(FILTER)
            .writes()
            .needs(Feature.USERS, Feature.GROUPS, Feature.FILTER)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  ObjectNode g = c.createGroup(id(u));
                  List<String> got =
                      ids(list(c.filter(c.groups(), "members.value eq " + quote(id(u)))));
                  exactly(got, g);
                }));
    all.add(
        check(
                "filter.extension-attribute",
                "A filter on an extension attribute finds users that have it, and no error for those that lack it")
            .ref("RFC 7644 §3.4.2.2, §3.10")
            .tags(FILTER)
            .writes()
            .needs(Feature.USERS, Feature.FILTER, Feature.ENTERPRISE)
            .run(
                c -> {
                  c.createUser(); // one without the extension
                  ObjectNode body = c.data().user();
                  body.withArray("schemas").add(Target.ENTERPRISE);
                  String number = c.data().unique("emp");
                  body.putObject(Target.ENTERPRISE).put("employeeNumber", number);
                  ObjectNode u = c.createUser(body);
                  found(c, Target.ENTERPRISE + ":employeeNumber eq " + quote(number), id(u));
                  list(c.filter(c.users(), Target.ENTERPRISE + ":department pr"));
                }));
    return all;
  }

  /** Fails unless {@code got} lists exactly {@code resource}'s id. */
  private static void exactly(List<String> got, ObjectNode resource) {
    expect(got.equals(List.of(id(resource))), "exactly [" + id(resource) + "]", got.toString());
  }
}
