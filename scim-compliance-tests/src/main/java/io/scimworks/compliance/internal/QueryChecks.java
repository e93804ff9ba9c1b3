package io.scimworks.compliance.internal;

import static io.scimworks.compliance.Tag.ERRORS;
import static io.scimworks.compliance.Tag.PAGING;
import static io.scimworks.compliance.Tag.PROJECTION;
import static io.scimworks.compliance.Tag.SORT;
import static io.scimworks.compliance.internal.CheckDef.check;
import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.id;
import static io.scimworks.compliance.internal.Ctx.ids;
import static io.scimworks.compliance.internal.Ctx.list;
import static io.scimworks.compliance.internal.Ctx.pct;
import static io.scimworks.compliance.internal.Ctx.quote;
import static io.scimworks.compliance.internal.Ctx.status;

import io.scimworks.compliance.Profile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** attributes / excludedAttributes (RFC 7644 §3.9), sorting (§3.4.2.3), paging (§3.4.2.4). */
final class QueryChecks {
  private QueryChecks() {}

  /** Three users under one prefix, created in order; returns the prefix filter and their ids. */
  private record Three(String scope, List<ObjectNode> users) {
    static Three create(Ctx c) {
      String sub = c.data().unique("t") + "-";
      List<ObjectNode> users = new ArrayList<>();
      for (String n : List.of("c", "a", "b")) {
        ObjectNode u = c.data().user();
        u.put("userName", sub + n + "@example.com");
        users.add(c.createUser(u));
      }
      return new Three("userName sw " + quote(sub), users);
    }

    String q() {
      return "filter=" + pct(scope);
    }
  }

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
                  ObjectNode u = c.createUser();
                  ObjectNode r = c.get(c.users() + "/" + id(u) + "?attributes=userName").json();
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
                  ObjectNode u = c.createUser();
                  ObjectNode r =
                      c.get(c.users() + "/" + id(u) + "?excludedAttributes=emails").json();
                  expect(!r.has("emails"), "no emails", r.toString());
                  expect(r.has("userName") && r.has("id"), "userName and id kept", r.toString());
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
                  ObjectNode u = c.createUser();
                  ObjectNode r =
                      c.get(c.users() + "/" + id(u) + "?attributes=name.givenName").json();
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
                  ObjectNode l = list(c.get(c.users() + "?attributes=userName&" + t.q()));
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
                  ObjectNode r =
                      c.get(c.groups() + "/" + id(g) + "?excludedAttributes=members").json();
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
                  ObjectNode r =
                      c.get(c.users() + "/" + id(created.json()) + "?attributes=password").json();
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
                  ObjectNode u = c.createUser();
                  ObjectNode r = c.get(c.users() + "/" + id(u) + "?attributes=USERNAME").json();
                  expect(r.has("userName") && !r.has("displayName"), "userName only", r.toString());
                }));
    // sorting
    all.add(
        check("sort.ascending", "sortBy=userName sorts ascending by default")
            .ref("RFC 7644 §3.4.2.3")
            .tags(SORT)
            .writes()
            .needs(Feature.USERS, Feature.FILTER, Feature.SORT)
            .run(
                c -> {
                  Three t = Three.create(c);
                  List<String> got = ids(list(c.get(c.users() + "?sortBy=userName&" + t.q())));
                  List<String> want =
                      List.of(id(t.users().get(1)), id(t.users().get(2)), id(t.users().get(0)));
                  expect(got.equals(want), "a, b, c " + want, got.toString());
                }));
    all.add(
        check("sort.descending", "sortOrder=descending reverses the order")
            .ref("RFC 7644 §3.4.2.3")
            .tags(SORT)
            .writes()
            .needs(Feature.USERS, Feature.FILTER, Feature.SORT)
            .run(
                c -> {
                  Three t = Three.create(c);
                  List<String> got =
                      ids(
                          list(
                              c.get(c.users() + "?sortBy=userName&sortOrder=descending&" + t.q())));
                  List<String> want =
                      List.of(id(t.users().get(0)), id(t.users().get(2)), id(t.users().get(1)));
                  expect(got.equals(want), "c, b, a " + want, got.toString());
                }));
    all.add(
        check("sort.attribute-case", "sortBy is case-insensitive")
            .ref("RFC 7644 §3.10")
            .tags(SORT)
            .writes()
            .needs(Feature.USERS, Feature.FILTER, Feature.SORT)
            .run(
                c -> {
                  Three t = Three.create(c);
                  List<String> got = ids(list(c.get(c.users() + "?sortBy=USERNAME&" + t.q())));
                  expect(got.get(0).equals(id(t.users().get(1))), "user a first", got.toString());
                }));
    all.add(
        check("sort.with-paging", "Sorting applies before paging")
            .ref("RFC 7644 §3.4.2.3, §3.4.2.4")
            .tags(SORT, PAGING)
            .writes()
            .needs(Feature.USERS, Feature.FILTER, Feature.SORT)
            .run(
                c -> {
                  Three t = Three.create(c);
                  List<String> got =
                      ids(
                          list(
                              c.get(c.users() + "?sortBy=userName&startIndex=2&count=1&" + t.q())));
                  expect(got.equals(List.of(id(t.users().get(2)))), "user b alone", got.toString());
                }));
    all.add(
        check("sort.post-search", "POST .search honours sortBy and sortOrder")
            .ref("RFC 7644 §3.4.3")
            .tags(SORT)
            .writes()
            .needs(Feature.USERS, Feature.FILTER, Feature.SORT)
            .run(
                c -> {
                  Three t = Three.create(c);
                  String body =
                      "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],\"filter\":"
                          + quote(t.scope())
                          + ",\"sortBy\":\"userName\",\"sortOrder\":\"descending\"}";
                  List<String> got = ids(list(c.post(c.users() + "/.search", body)));
                  expect(got.get(0).equals(id(t.users().get(0))), "user c first", got.toString());
                }));
    // paging
    all.add(
        check("paging.count", "count=1 returns one resource and the total of all matches")
            .ref("RFC 7644 §3.4.2.4")
            .tags(PAGING)
            .profiles(Profile.CORE, Profile.ENTRA)
            .writes()
            .needs(Feature.USERS, Feature.FILTER)
            .run(
                c -> {
                  Three t = Three.create(c);
                  ObjectNode l = list(c.get(c.users() + "?count=1&" + t.q()));
                  expect(l.path("Resources").size() == 1, "one resource", l.toString());
                  expect(
                      l.path("totalResults").asLong() == 3,
                      "totalResults 3 (all matches, not the page)",
                      l.path("totalResults").toString());
                  expect(
                      l.path("itemsPerPage").asLong() == 1,
                      "itemsPerPage 1",
                      l.path("itemsPerPage").toString());
                }));
    all.add(
        check("paging.start-index", "startIndex and count page through all matches without overlap")
            .ref("RFC 7644 §3.4.2.4")
            .tags(PAGING)
            .profiles(Profile.CORE, Profile.OKTA)
            .writes()
            .needs(Feature.USERS, Feature.FILTER)
            .run(
                c -> {
                  Three t = Three.create(c);
                  Set<String> seen = new HashSet<>();
                  for (int start = 1; start <= 3; start += 2) {
                    ObjectNode l =
                        list(c.get(c.users() + "?startIndex=" + start + "&count=2&" + t.q()));
                    expect(
                        l.path("startIndex").asLong() == start,
                        "startIndex " + start,
                        l.path("startIndex").toString());
                    for (String i : ids(l)) {
                      expect(seen.add(i), "no resource on two pages", i + " twice");
                    }
                  }
                  expect(seen.size() == 3, "all three users over the pages", seen.toString());
                }));
    all.add(
        check("paging.count-zero", "count=0 returns no resources but the total")
            .ref("RFC 7644 §3.4.2.4")
            .tags(PAGING)
            .writes()
            .needs(Feature.USERS, Feature.FILTER)
            .run(
                c -> {
                  Three t = Three.create(c);
                  ObjectNode l = list(c.get(c.users() + "?count=0&" + t.q()));
                  expect(l.path("Resources").isEmpty(), "no resources", l.toString());
                  expect(l.path("totalResults").asLong() == 3, "totalResults 3", l.toString());
                }));
    all.add(
        check("paging.start-index-below-one", "startIndex=0 is treated as 1")
            .ref("RFC 7644 §3.4.2.4")
            .tags(PAGING)
            .writes()
            .needs(Feature.USERS, Feature.FILTER)
            .run(
                c -> {
                  Three t = Three.create(c);
                  ObjectNode l = list(c.get(c.users() + "?startIndex=0&" + t.q()));
                  expect(
                      l.path("Resources").size() == 3 && l.path("startIndex").asLong() == 1,
                      "all three from startIndex 1",
                      l.toString());
                }));
    all.add(
        check("paging.negative-count", "A negative count is treated as 0")
            .ref("RFC 7644 §3.4.2.4")
            .tags(PAGING)
            .writes()
            .needs(Feature.USERS, Feature.FILTER)
            .run(
                c -> {
                  Three t = Three.create(c);
                  ObjectNode l = list(c.get(c.users() + "?count=-5&" + t.q()));
                  expect(l.path("Resources").isEmpty(), "no resources", l.toString());
                }));
    all.add(
        check("paging.beyond-end", "A startIndex past the end returns an empty page and the total")
            .ref("RFC 7644 §3.4.2.4")
            .tags(PAGING)
            .writes()
            .needs(Feature.USERS, Feature.FILTER)
            .run(
                c -> {
                  Three t = Three.create(c);
                  ObjectNode l = list(c.get(c.users() + "?startIndex=10&" + t.q()));
                  expect(
                      l.path("Resources").isMissingNode() || l.path("Resources").isEmpty(),
                      "no resources",
                      l.toString());
                  expect(l.path("totalResults").asLong() == 3, "totalResults 3", l.toString());
                }));
    all.add(
        check(
                "paging.okta-first-contact",
                "Okta's first contact GET /Users?startIndex=1&count=2 answers a page of at most 2")
            .ref("Okta first contact")
            .interop()
            .tags(PAGING)
            .profiles(Profile.OKTA)
            .needs(Feature.USERS)
            .run(
                c -> {
                  ObjectNode l = list(c.get(c.users() + "?startIndex=1&count=2"));
                  expect(
                      l.path("Resources").size() <= 2,
                      "at most 2 resources",
                      l.path("Resources").size() + "");
                  expect(
                      l.path("startIndex").asLong() == 1,
                      "startIndex 1",
                      l.toString().substring(0, Math.min(200, l.toString().length())));
                }));
    all.add(
        check("paging.groups", "GET /Groups?startIndex=1&count=100 answers a ListResponse")
            .ref("Okta first contact; RFC 7644 §3.4.2.4")
            .tags(PAGING)
            .profiles(Profile.CORE, Profile.OKTA)
            .needs(Feature.GROUPS)
            .run(c -> list(c.get(c.groups() + "?startIndex=1&count=100"))));
    all.add(
        check(
                "paging.entra-validator",
                "count=5 pages report startIndex and itemsPerPage (gallery validation)")
            .ref("Entra ID gallery validation")
            .interop()
            .tags(PAGING)
            .profiles(Profile.ENTRA, Profile.VALIDATOR)
            .needs(Feature.USERS)
            .run(
                c -> {
                  ObjectNode l = list(c.get(c.users() + "?startIndex=1&count=5"));
                  expect(
                      l.path("startIndex").isIntegralNumber()
                          && l.path("itemsPerPage").isIntegralNumber(),
                      "integer startIndex and itemsPerPage",
                      l.toString().substring(0, Math.min(200, l.toString().length())));
                  expect(
                      l.path("Resources").size() <= 5,
                      "at most 5 resources",
                      "" + l.path("Resources").size());
                }));
    all.add(
        check(
                "paging.invalid-count",
                "A count that is not a number answers 400 (or is ignored), never 5xx")
            .ref("RFC 7644 §3.4.2.4, §3.12")
            .should()
            .tags(PAGING, ERRORS)
            .needs(Feature.USERS)
            .run(
                c -> {
                  Response r = c.get(c.users() + "?count=abc");
                  expect(r.status() == 200 || r.status() == 400, "HTTP 200 or 400", r.brief());
                }));
    return all;
  }
}
