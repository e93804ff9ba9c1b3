package io.scimworks.compliance.internal;

import static io.scimworks.compliance.Tag.CURSOR;
import static io.scimworks.compliance.Tag.ERRORS;
import static io.scimworks.compliance.Tag.PAGING;
import static io.scimworks.compliance.internal.CheckDef.check;
import static io.scimworks.compliance.internal.Ctx.error;
import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.ids;
import static io.scimworks.compliance.internal.Ctx.list;
import static io.scimworks.compliance.internal.Ctx.pct;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** Cursor paging (RFC 9865): first page, a full walk, an invalid cursor. */
final class CursorChecks {
  private CursorChecks() {}

  static List<CheckDef> all() {
    List<CheckDef> all = new ArrayList<>();
    all.add(
        check("cursor.first-page", "An empty cursor parameter starts cursor paging with nextCursor")
            .ref("RFC 9865 §3")
            .tags(CURSOR, PAGING)
            .writes()
            .needs(Feature.USERS, Feature.FILTER, Feature.CURSOR)
            .run(
                c -> {
                  Pair p = Pair.create(c);
                  ObjectNode l =
                      list(c.get(c.users() + "?cursor&count=1&filter=" + pct(p.scope())));
                  expect(l.path("nextCursor").isString(), "a nextCursor string", l.toString());
                  expect(l.path("Resources").size() == 1, "one resource", l.toString());
                }));
    all.add(
        check(
                "cursor.walk",
                "Following nextCursor visits every match once and ends without nextCursor")
            .ref("RFC 9865 §3")
            .tags(CURSOR, PAGING)
            .writes()
            .needs(Feature.USERS, Feature.FILTER, Feature.CURSOR)
            .run(
                c -> {
                  Pair p = Pair.create(c);
                  c.createUser(userIn(c, p.sub() + "c@example.com"));
                  Set<String> seen = new HashSet<>();
                  String cursor = "";
                  for (int page = 0; page < 5; page++) {
                    ObjectNode l =
                        list(
                            c.get(
                                c.users()
                                    + "?cursor="
                                    + pct(cursor)
                                    + "&count=2&filter="
                                    + pct(p.scope())));
                    for (String i : ids(l)) {
                      expect(seen.add(i), "each resource once", i + " twice");
                    }
                    if (!l.path("nextCursor").isString()) {
                      expect(seen.size() == 3, "all 3 matches", seen.size() + " resources");
                      return;
                    }
                    cursor = l.path("nextCursor").stringValue();
                  }
                  throw new CheckFailure(
                      "the last page without nextCursor", "still a nextCursor after 5 pages of 2");
                }));
    all.add(
        check("cursor.invalid", "An invalid cursor answers 400 invalidCursor")
            .ref("RFC 9865 §3.2")
            .tags(CURSOR, ERRORS)
            .needs(Feature.USERS, Feature.CURSOR)
            .run(
                c ->
                    error(
                        c.get(c.users() + "?cursor=not-a-cursor-" + c.data().prefix() + "&count=2"),
                        400,
                        "invalidCursor")));
    return all;
  }

  private static ObjectNode userIn(Ctx c, String userName) {
    ObjectNode u = c.data().user();
    u.put("userName", userName);
    return u;
  }
}
