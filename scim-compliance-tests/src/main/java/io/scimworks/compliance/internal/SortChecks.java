package io.scimworks.compliance.internal;

import static io.scimworks.compliance.Tag.PAGING;
import static io.scimworks.compliance.Tag.SORT;
import static io.scimworks.compliance.internal.CheckDef.check;
import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.id;
import static io.scimworks.compliance.internal.Ctx.ids;
import static io.scimworks.compliance.internal.Ctx.list;
import static io.scimworks.compliance.internal.Ctx.quote;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** {@code sortBy} and {@code sortOrder} (RFC 7644 §3.4.2.3), over GET and POST {@code .search}. */
final class SortChecks {
  private SortChecks() {}

  /** A check of sorting users: writes, needs users, filter and sort. */
  private static CheckDef.Builder sortCheck(String id, String title) {
    return check(id, title)
        .ref("RFC 7644 §3.4.2.3")
        .tags(SORT)
        .writes()
        .needs(Feature.USERS, Feature.FILTER, Feature.SORT);
  }

  static List<CheckDef> all() {
    List<CheckDef> all = new ArrayList<>();
    all.add(
        sortCheck("sort.ascending", "sortBy=userName sorts ascending by default")
            .run(
                c -> {
                  Three t = Three.create(c);
                  List<String> got = ids(t.list(c, "sortBy=userName"));
                  List<String> want = List.of(t.id(1), t.id(2), t.id(0));
                  expect(got.equals(want), "a, b, c " + want, got.toString());
                }));
    all.add(
        sortCheck("sort.descending", "sortOrder=descending reverses the order")
            .run(
                c -> {
                  Three t = Three.create(c);
                  List<String> got = ids(t.list(c, "sortBy=userName&sortOrder=descending"));
                  List<String> want = List.of(t.id(0), t.id(2), t.id(1));
                  expect(got.equals(want), "c, b, a " + want, got.toString());
                }));
    all.add(
        sortCheck(
                "sort.case-insensitive",
                "userName (caseExact false) sorts without regard to case: a, B, c")
            .ref("RFC 7644 §3.4.2.3 (case-insensitive attributes sort case-insensitively)")
            .run(
                c -> {
                  String sub = c.data().unique("k") + "-";
                  List<String> created = new ArrayList<>();
                  for (String n : List.of("c", "a", "B")) {
                    ObjectNode u = c.data().user();
                    u.put("userName", sub + n + "@example.com");
                    created.add(id(c.createUser(u)));
                  }
                  List<String> want = List.of(created.get(1), created.get(2), created.get(0));
                  List<String> got =
                      ids(
                          list(
                              c.get(
                                  c.users()
                                      + "?sortBy=userName&filter="
                                      + Ctx.pct("userName sw " + quote(sub)))));
                  expect(got.equals(want), "a, B, c " + want, got.toString());
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
                  List<String> got = ids(t.list(c, "sortBy=USERNAME"));
                  expect(got.get(0).equals(t.id(1)), "user a first", got.toString());
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
                  List<String> got = ids(t.list(c, "sortBy=userName&startIndex=2&count=1"));
                  expect(got.equals(List.of(t.id(2))), "user b alone", got.toString());
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
                  expect(got.get(0).equals(t.id(0)), "user c first", got.toString());
                }));
    // paging
    return all;
  }
}
