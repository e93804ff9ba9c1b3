package io.scimworks.compliance.internal;

import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.ids;
import static io.scimworks.compliance.internal.Ctx.list;
import static io.scimworks.compliance.internal.Ctx.quote;
import static io.scimworks.compliance.internal.FilterChecks.filterCheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each filter operator and attribute kind (RFC 7644 §3.4.2.2) over a {@link Pair} of users: the
 * filter, scoped to the pair, must find user a, user b, both or neither.
 */
final class FilterOperatorChecks {
  private FilterOperatorChecks() {}

  static List<CheckDef> all() {
    List<CheckDef> all = new ArrayList<>();
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
    return all;
  }

  /** A check over a {@link Pair}: the filter, scoped to the pair, finds a, b, both or neither. */
  private static CheckDef pairCheck(
      String id, String title, Function<Pair, String> filter, boolean a, boolean b) {
    return filterCheck(id, title)
        .run(
            c -> {
              Pair p = Pair.create(c);
              String f = p.scope() + " and " + filter.apply(p);
              Set<String> expected = new TreeSet<>();
              if (a) {
                expected.add(p.idA());
              }
              if (b) {
                expected.add(p.idB());
              }
              ObjectNode l = list(c.filter(c.users(), f));
              Set<String> got = new TreeSet<>(ids(l));
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
}
