package io.scimworks.compliance.internal;

import static io.scimworks.compliance.Tag.ERRORS;
import static io.scimworks.compliance.Tag.FILTER;
import static io.scimworks.compliance.internal.CheckDef.check;
import static io.scimworks.compliance.internal.Ctx.error;
import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.id;
import static io.scimworks.compliance.internal.Ctx.ids;
import static io.scimworks.compliance.internal.Ctx.list;
import static io.scimworks.compliance.internal.Ctx.quote;

import io.scimworks.compliance.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/** The filter parameter (RFC 7644 §3.4.2.2). */
final class FilterChecks {
  private FilterChecks() {}

  static List<CheckDef> all() {
    List<CheckDef> all = new ArrayList<>();
    all.add(
        check("filter.userName-eq", "userName eq finds exactly the user")
            .ref("RFC 7644 §3.4.2.2")
            .tags(FILTER)
            .profiles(Profile.CORE, Profile.ENTRA, Profile.VALIDATOR)
            .writes()
            .needs(Feature.USERS, Feature.FILTER)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  found(c, "userName eq " + quote(u.path("userName").asString()), id(u));
                }));
    all.add(
        check(
                "filter.userName-case-insensitive",
                "userName eq matches a value differing in case (userName is caseExact false)")
            .ref("RFC 7643 §4.1, RFC 7644 §3.4.2.2")
            .tags(FILTER)
            .profiles(Profile.CORE, Profile.ENTRA, Profile.OKTA, Profile.VALIDATOR)
            .writes()
            .needs(Feature.USERS, Feature.FILTER)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  String upper = u.path("userName").asString().toUpperCase(Locale.ROOT);
                  found(c, "userName eq " + quote(upper), id(u));
                }));
    all.add(
        check("filter.attribute-name-case", "Attribute names in filters are case-insensitive")
            .ref("RFC 7644 §3.4.2.2")
            .tags(FILTER)
            .writes()
            .needs(Feature.USERS, Feature.FILTER)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  found(c, "USERNAME eq " + quote(u.path("userName").asString()), id(u));
                }));
    all.add(
        check("filter.operator-case", "Operators in filters are case-insensitive")
            .ref("RFC 7644 §3.4.2.2")
            .tags(FILTER)
            .writes()
            .needs(Feature.USERS, Feature.FILTER)
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  found(c, "userName EQ " + quote(u.path("userName").asString()), id(u));
                }));
    all.add(
        check("filter.miss-empty-list", "A filter matching nothing answers 200 with totalResults 0")
            .ref("RFC 7644 §3.4.2; Entra ID Test Connection")
            .tags(FILTER)
            .profiles(Profile.CORE, Profile.ENTRA, Profile.OKTA, Profile.VALIDATOR)
            .needs(Feature.USERS, Feature.FILTER)
            .run(
                c -> {
                  ObjectNode l =
                      list(
                          c.filter(
                              c.users(), "userName eq " + quote(UUID.randomUUID().toString())));
                  expect(l.path("totalResults").asLong() == 0, "totalResults 0", l.toString());
                }));
    all.add(
        check(
                "filter.miss-resources-array",
                "An empty result still carries \"Resources\": [] (Entra requires it)")
            .ref("Entra ID Test Connection")
            .interop()
            .tags(FILTER)
            .profiles(Profile.ENTRA, Profile.VALIDATOR)
            .needs(Feature.USERS, Feature.FILTER)
            .run(
                c -> {
                  ObjectNode l =
                      list(
                          c.filter(
                              c.users(), "userName eq " + quote(UUID.randomUUID().toString())));
                  expect(
                      l.path("Resources").isArray() && l.path("Resources").isEmpty(),
                      "\"Resources\": []",
                      l.toString());
                }));
    all.add(
        check(
                "filter.group-miss-empty-list",
                "A group filter matching nothing answers 200 with totalResults 0")
            .ref("RFC 7644 §3.4.2; Entra ID")
            .tags(FILTER)
            .profiles(Profile.CORE, Profile.ENTRA, Profile.VALIDATOR)
            .needs(Feature.GROUPS, Feature.FILTER)
            .run(
                c -> {
                  ObjectNode l =
                      list(
                          c.filter(
                              c.groups(), "displayName eq " + quote(UUID.randomUUID().toString())));
                  expect(l.path("totalResults").asLong() == 0, "totalResults 0", l.toString());
                }));
    all.add(
        pairCheck(
            "filter.ne",
            "ne excludes the equal value",
            p -> "userName ne " + quote(p.a().path("userName").asString()),
            false,
            true));
    all.add(
        pairCheck(
            "filter.co",
            "co matches a substring",
            p -> "userName co " + quote(p.sub() + "a@"),
            true,
            false));
    all.add(
        pairCheck(
            "filter.sw",
            "sw matches a prefix",
            p -> "userName sw " + quote(p.sub() + "b"),
            false,
            true));
    all.add(
        pairCheck(
            "filter.ew",
            "ew matches a suffix",
            p -> "displayName ew " + quote("Alpha " + p.sub()).replace("Alpha ", ""),
            true,
            true));
    all.add(
        pairCheck(
            "filter.gt",
            "gt compares strings lexically",
            p -> "userName gt " + quote(p.sub() + "a@example.com"),
            false,
            true));
    all.add(
        pairCheck(
            "filter.ge",
            "ge includes the equal value",
            p -> "userName ge " + quote(p.sub() + "a@example.com"),
            true,
            true));
    all.add(
        pairCheck(
            "filter.lt",
            "lt compares strings lexically",
            p -> "userName lt " + quote(p.sub() + "b@example.com"),
            true,
            false));
    all.add(
        pairCheck(
            "filter.le",
            "le includes the equal value",
            p -> "userName le " + quote(p.sub() + "a@example.com"),
            true,
            false));
    all.add(
        pairCheck(
            "filter.pr",
            "pr matches resources that have the attribute",
            p -> "title pr",
            true,
            false));
    all.add(
        pairCheck(
            "filter.not",
            "not negates its filter",
            p -> "not (userName eq " + quote(p.a().path("userName").asString()) + ")",
            false,
            true));
    all.add(
        pairCheck(
            "filter.or",
            "or matches either side",
            p ->
                "(userName eq "
                    + quote(p.a().path("userName").asString())
                    + " or userName eq "
                    + quote(p.b().path("userName").asString())
                    + ")",
            true,
            true));
    all.add(
        pairCheck(
            "filter.precedence",
            "and binds tighter than or",
            p ->
                "(userName eq "
                    + quote(p.a().path("userName").asString())
                    + " or userName eq "
                    + quote(p.b().path("userName").asString())
                    + " and displayName eq \"no such name\")",
            true,
            false));
    all.add(
        pairCheck(
            "filter.active-boolean",
            "A boolean compares with eq false",
            p -> "active eq false",
            false,
            true));
    all.add(
        pairCheck(
            "filter.displayName-case",
            "displayName eq ignores case (caseExact false)",
            p -> "displayName eq " + quote(("Beta " + p.sub()).toUpperCase(Locale.ROOT)),
            false,
            true));
    all.add(
        pairCheck(
            "filter.sub-attribute",
            "A dotted sub-attribute path filters (name.givenName)",
            p -> "name.givenName eq " + quote(p.a().path("name").path("givenName").asString()),
            true,
            false));
    all.add(
        pairCheck(
            "filter.multi-valued",
            "A multi-valued sub-attribute matches any element (emails.value)",
            p -> "emails.value eq " + quote(p.sub() + "b@example.com"),
            false,
            true));
    all.add(
        pairCheck(
            "filter.value-path",
            "A value path filters elements of a multi-valued attribute",
            p -> "emails[type eq \"work\" and value sw " + quote(p.sub() + "a") + "]",
            true,
            false));
    all.add(
        pairCheck(
            "filter.id", "id eq finds the resource", p -> "id eq " + quote(p.idB()), false, true));
    all.add(
        pairCheck(
            "filter.meta-lastModified",
            "meta.lastModified compares as a dateTime",
            p -> "meta.lastModified gt \"2000-01-01T00:00:00Z\"",
            true,
            true));
    all.add(
        pairCheck(
            "filter.meta-created-past",
            "meta.created lt a past date matches nothing",
            p -> "meta.created lt \"2000-01-01T00:00:00Z\"",
            false,
            false));
    all.add(
        pairCheck(
            "filter.meta-resourceType",
            "meta.resourceType eq \"User\" matches users",
            p -> "meta.resourceType eq \"User\"",
            true,
            true));
    all.add(
        pairCheck("filter.id-present", "id pr matches every resource", p -> "id pr", true, true));
    all.add(
        pairCheck(
            "filter.externalId",
            "externalId eq finds the user (Entra matches on it)",
            p -> "externalId eq " + quote(p.a().path("externalId").asString()),
            true,
            false));
    all.add(
        check(
                "filter.value-path-same-element",
                "Conditions in a value path hold for one and the same element")
            .ref("RFC 7644 §3.4.2.2")
            .tags(FILTER)
            .writes()
            .needs(Feature.USERS, Feature.FILTER)
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
        check(
                "filter.escaped-quote",
                "An escaped quote inside a filter string matches a literal quote")
            .ref("RFC 7644 §3.4.2.2")
            .tags(FILTER)
            .writes()
            .needs(Feature.USERS, Feature.FILTER)
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
                  expect(got.equals(List.of(id(u))), "exactly [" + id(u) + "]", got.toString());
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
                  expect(got.equals(List.of(id(u))), "exactly [" + id(u) + "]", got.toString());
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
                  expect(got.equals(List.of(id(u))), "exactly [" + id(u) + "]", got.toString());
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
                  expect(got.equals(List.of(id(g))), "exactly [" + id(g) + "]", got.toString());
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
                  expect(got.equals(List.of(id(g))), "exactly [" + id(g) + "]", got.toString());
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
    for (String[] bad :
        new String[][] {
          {"trailing-input", "userName eq \"x\" garbage"},
          {"unbalanced-parenthesis", "(userName eq \"x\""},
          {"unknown-operator", "userName xx \"x\""},
          {"missing-value", "userName eq"},
          {"unterminated-string", "userName eq \"x"},
          {"dangling-and", "userName eq \"x\" and"},
          {"empty-value-path", "emails[]"},
        }) {
      all.add(
          check(
                  "filter.invalid-" + bad[0],
                  "An invalid filter (" + bad[1] + ") answers 400 invalidFilter")
              .ref("RFC 7644 §3.4.2.2, §3.12 (Table 9; scimType is OPTIONAL)")
              .should()
              .tags(FILTER, ERRORS)
              .needs(Feature.USERS, Feature.FILTER)
              .run(c -> error(c.filter(c.users(), bad[1]), 400, "invalidFilter")));
    }
    all.add(
        check("filter.deep-nesting", "A deeply nested filter answers 200 or 400, never a 5xx")
            .ref("RFC 7644 §3.12")
            .tags(FILTER, ERRORS)
            .needs(Feature.USERS, Feature.FILTER)
            .run(
                c -> {
                  String f = "(".repeat(300) + "userName eq \"x\"" + ")".repeat(300);
                  Response r = c.filter(c.users(), f);
                  expect(
                      r.status() == 200 || r.status() == 400 || r.status() == 414,
                      "HTTP 200, 400 or 414 for 300 nested parentheses",
                      r.brief());
                  String deeper = "(".repeat(5000) + "userName eq \"x\"" + ")".repeat(5000);
                  Response s =
                      c.post(
                          c.users() + "/.search",
                          "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                              + "\"filter\":"
                              + quote(deeper)
                              + "}");
                  expect(
                      s.status() < 500,
                      "a 2xx or 4xx answer to 5000 nested parentheses in POST .search",
                      s.brief());
                }));
    all.add(
        check(
                "filter.unquoted-value",
                "An unquoted value (old Entra samples) is 200 or 400 invalidFilter, never 5xx")
            .ref("Entra ID (old samples: externalId eq jyoung)")
            .interop()
            .tags(FILTER, ERRORS)
            .profiles(Profile.ENTRA)
            .needs(Feature.USERS, Feature.FILTER)
            .run(
                c -> {
                  Response r = c.filter(c.users(), "externalId eq jyoung");
                  if (r.status() != 200) {
                    error(r, 400, "invalidFilter");
                  }
                }));
    all.add(
        check("filter.boolean-ordering", "gt on a boolean attribute answers 400 invalidFilter")
            .ref("RFC 7644 §3.4.2.2 (booleans: only eq, ne)")
            .should()
            .tags(FILTER, ERRORS)
            .needs(Feature.USERS, Feature.FILTER)
            .run(c -> error(c.filter(c.users(), "active gt true"), 400, "invalidFilter")));
    return all;
  }

  /** A check over a {@link Pair}: the filter, scoped to the pair, finds a, b, both or neither. */
  private static CheckDef pairCheck(
      String id, String title, Function<Pair, String> filter, boolean a, boolean b) {
    return check(id, title)
        .ref("RFC 7644 §3.4.2.2")
        .tags(FILTER)
        .writes()
        .needs(Feature.USERS, Feature.FILTER)
        .run(
            c -> {
              Pair p = Pair.create(c);
              String f = p.scope() + " and " + filter.apply(p);
              Set<String> expected = new java.util.TreeSet<>();
              if (a) {
                expected.add(p.idA());
              }
              if (b) {
                expected.add(p.idB());
              }
              ObjectNode l = list(c.filter(c.users(), f));
              Set<String> got = new java.util.TreeSet<>(ids(l));
              expect(
                  got.equals(expected),
                  "filter " + f + " to match " + describe(p, expected),
                  describe(p, got));
              expect(
                  l.path("totalResults").asLong() == expected.size(),
                  "totalResults " + expected.size(),
                  String.valueOf(l.path("totalResults")));
            });
  }

  private static String describe(Pair p, Set<String> ids) {
    List<String> names = new ArrayList<>();
    for (String i : ids) {
      names.add(i.equals(p.idA()) ? "user a" : i.equals(p.idB()) ? "user b" : i);
    }
    return names.isEmpty() ? "nothing" : String.join(" and ", names);
  }

  /** Fails unless {@code filter} finds exactly the resource {@code id} among users. */
  static void found(Ctx c, String filter, String id) {
    ObjectNode l = list(c.filter(c.users(), filter));
    List<String> got = ids(l);
    expect(
        got.equals(List.of(id)),
        "filter " + filter + " to find exactly [" + id + "]",
        got.toString());
    expect(
        l.path("totalResults").asLong() == 1,
        "totalResults 1",
        String.valueOf(l.path("totalResults")));
  }
}
