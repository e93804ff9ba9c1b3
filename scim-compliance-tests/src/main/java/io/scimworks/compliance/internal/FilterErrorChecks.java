package io.scimworks.compliance.internal;

import static io.scimworks.compliance.Tag.ERRORS;
import static io.scimworks.compliance.Tag.FILTER;
import static io.scimworks.compliance.internal.CheckDef.check;
import static io.scimworks.compliance.internal.Ctx.error;
import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.quote;

import io.scimworks.compliance.Profile;
import java.util.ArrayList;
import java.util.List;

/**
 * Filters a service must refuse with 400 {@code invalidFilter} (RFC 7644 §3.4.2.2, §3.12), and
 * extreme ones that must never cause a 5xx.
 */
final class FilterErrorChecks {
  private FilterErrorChecks() {}

  static List<CheckDef> all() {
    List<CheckDef> all = new ArrayList<>();
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
}
