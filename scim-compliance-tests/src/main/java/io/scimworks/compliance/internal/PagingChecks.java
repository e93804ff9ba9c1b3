package io.scimworks.compliance.internal;

import static io.scimworks.compliance.Tag.ERRORS;
import static io.scimworks.compliance.Tag.PAGING;
import static io.scimworks.compliance.internal.CheckDef.check;
import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.ids;
import static io.scimworks.compliance.internal.Ctx.list;

import io.scimworks.compliance.Profile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * Index-based paging (RFC 7644 §3.4.2.4): {@code startIndex} and {@code count}, their edge values,
 * and the first requests Okta and Entra ID's gallery validation send.
 */
final class PagingChecks {
  private PagingChecks() {}

  /** A check of paging through users: RFC 7644 §3.4.2.4, writes, needs users and filter. */
  private static CheckDef.Builder pagingCheck(String id, String title) {
    return check(id, title)
        .ref("RFC 7644 §3.4.2.4")
        .tags(PAGING)
        .writes()
        .needs(Feature.USERS, Feature.FILTER);
  }

  static List<CheckDef> all() {
    List<CheckDef> all = new ArrayList<>();
    all.add(
        pagingCheck("paging.count", "count=1 returns one resource and the total of all matches")
            .profiles(Profile.CORE, Profile.ENTRA)
            .run(
                c -> {
                  Three t = Three.create(c);
                  ObjectNode l = t.list(c, "count=1");
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
        pagingCheck(
                "paging.start-index",
                "startIndex and count page through all matches without overlap")
            .profiles(Profile.CORE, Profile.OKTA)
            .run(
                c -> {
                  Three t = Three.create(c);
                  Set<String> seen = new HashSet<>();
                  for (int start = 1; start <= 3; start += 2) {
                    ObjectNode l = t.list(c, "startIndex=" + start + "&count=2");
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
        pagingCheck("paging.count-zero", "count=0 returns no resources but the total")
            .run(
                c -> {
                  Three t = Three.create(c);
                  ObjectNode l = t.list(c, "count=0");
                  expect(l.path("Resources").isEmpty(), "no resources", l.toString());
                  expect(l.path("totalResults").asLong() == 3, "totalResults 3", l.toString());
                }));
    all.add(
        pagingCheck("paging.start-index-below-one", "startIndex=0 is treated as 1")
            .run(
                c -> {
                  Three t = Three.create(c);
                  ObjectNode l = t.list(c, "startIndex=0");
                  expect(
                      l.path("Resources").size() == 3 && l.path("startIndex").asLong() == 1,
                      "all three from startIndex 1",
                      l.toString());
                }));
    all.add(
        pagingCheck("paging.negative-count", "A negative count is treated as 0")
            .run(
                c -> {
                  Three t = Three.create(c);
                  ObjectNode l = t.list(c, "count=-5");
                  expect(l.path("Resources").isEmpty(), "no resources", l.toString());
                }));
    all.add(
        pagingCheck(
                "paging.beyond-end",
                "A startIndex past the end returns an empty page and the total")
            .run(
                c -> {
                  Three t = Three.create(c);
                  ObjectNode l = t.list(c, "startIndex=10");
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
