package io.scimworks.compliance.internal;

import static io.scimworks.compliance.Tag.FILTER;
import static io.scimworks.compliance.internal.CheckDef.check;
import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.id;
import static io.scimworks.compliance.internal.Ctx.ids;
import static io.scimworks.compliance.internal.Ctx.list;
import static io.scimworks.compliance.internal.Ctx.quote;

import io.scimworks.compliance.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * The filter parameter (RFC 7644 §3.4.2.2): equality on {@code userName}, case rules and empty
 * results here, then, in this order, {@link FilterOperatorChecks}, {@link FilterValueChecks} and
 * {@link FilterErrorChecks}.
 */
final class FilterChecks {
  private FilterChecks() {}

  /** A check of filtering users: RFC 7644 §3.4.2.2, writes, needs users and filter. */
  static CheckDef.Builder filterCheck(String id, String title) {
    return check(id, title)
        .ref("RFC 7644 §3.4.2.2")
        .tags(FILTER)
        .writes()
        .needs(Feature.USERS, Feature.FILTER);
  }

  static List<CheckDef> all() {
    List<CheckDef> all = new ArrayList<>();
    all.add(
        filterCheck("filter.userName-eq", "userName eq finds exactly the user")
            .profiles(Profile.CORE, Profile.ENTRA, Profile.VALIDATOR)
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
        filterCheck("filter.attribute-name-case", "Attribute names in filters are case-insensitive")
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  found(c, "USERNAME eq " + quote(u.path("userName").asString()), id(u));
                }));
    all.add(
        filterCheck(
                "filter.core-urn-prefix",
                "A core attribute named with its schema URN (urn:...:User:userName) filters")
            .ref("RFC 7644 §3.4.2.2 (attrPath = [URI \":\"] ATTRNAME), §3.10")
            .run(
                c -> {
                  ObjectNode u = c.createUser();
                  found(
                      c,
                      Target.USER + ":userName eq " + quote(u.path("userName").asString()),
                      id(u));
                }));
    all.add(
        filterCheck("filter.operator-case", "Operators in filters are case-insensitive")
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
    all.addAll(FilterOperatorChecks.all());
    all.addAll(FilterValueChecks.all());
    all.addAll(FilterErrorChecks.all());
    return all;
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
