package io.scimworks.server.fuzz;

import static io.scimworks.server.fuzz.FuzzRequests.quoted;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.List;
import java.util.Locale;

/**
 * Filters built from fuzzer data: fixed ones (date-times with and without offset, numbers beyond a
 * double's range), {@code eq} on the attributes the in-memory store indexes (which its indexes
 * answer alone, or narrow), and fuzzer text.
 */
final class FuzzFilters {
  private FuzzFilters() {}

  static final List<String> FILTERS =
      List.of(
          "userName eq \"bjensen-sec\"",
          "userName eq \"BJENSEN-SEC\"",
          "userName eq \"i\"",
          "userName eq \"\u0130\"",
          "userName eq \"sam\"",
          "userName eq \"\u017fam\"",
          "userName co \"sec\"",
          "userName sw \"b\" and active eq true",
          "id pr",
          "meta.resourceType eq \"User\"",
          "meta.created gt \"2000-01-01T00:00:00Z\"",
          "meta.created gt \"2000-01-01T00:00:00\"",
          "meta.lastModified le \"2999-12-31T23:59:59.999999999-12:00\"",
          "meta.created lt \"2000-01-01T00:00:00+14:00\" or meta.created ge \"2000-01-01T00:00\"",
          "meta.created eq \"2000-01-01T00:00:00Z[UTC]\"",
          "meta.created gt \"+2000-01-01T00:00:00Z\"",
          "meta.lastModified gt \"2000-01-01\"",
          "meta.created pr and userName eq \"bjensen-sec\"",
          "emails[type eq \"work\" and value co \"@\"]",
          "emails.value ew \"example.com\"",
          "externalId eq \"x1\"",
          "externalId eq \"X1\"",
          "displayName eq \"Admins\"",
          "displayName eq \"admins\"",
          "members.value pr",
          "members[value pr]",
          "not (userName pr)",
          "active eq false or name.givenName sw \"B\"",
          "score gt 1e400",
          "active eq 1e400",
          "userName gt -1e400",
          "userName eq \"\"",
          "userName pr and userName pr and userName pr");

  /** Attributes the in-memory store indexes, spelled as clients may spell them. */
  private static final List<String> INDEXED =
      List.of(
          "userName",
          "USERNAME",
          "urn:ietf:params:scim:schemas:core:2.0:User:userName",
          "URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER:USERNAME",
          "urn:ietf:params:scim:schemas:core:2.0:Group:userName",
          "urn:ietf:params:scim:schemas:core:1.0:User:userName",
          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:userName",
          "externalId",
          "EXTERNALID",
          "displayName",
          "urn:ietf:params:scim:schemas:core:2.0:Group:DisplayName",
          "members.value",
          "Members.Value",
          "emails.value");

  /**
   * Values that fold to each other, or seem to and do not: dotted and dotless i, long s, final
   * sigma, the Kelvin sign, sharp s (equal to "SS" only under full case folding).
   */
  private static final List<String> CASE_PITFALLS =
      List.of(
          "bjensen-sec",
          "BJENSEN-SEC",
          "x1",
          "X1",
          "\u0130",
          "i",
          "I",
          "\u0131",
          "\u017fam",
          "SAM",
          "\u03c3\u03bf\u03c6\u03bf\u03c2",
          "\u03a3\u039f\u03a6\u039f\u03a3",
          "\u03c3\u03bf\u03c6\u03bf\u03c3",
          "\u212aelvins",
          "kelvins",
          "KELVINS",
          "admin\u017f",
          "ADMINS",
          "stra\u00dfe",
          "STRASSE",
          "tour guides-SEC");

  /** A filter: fuzzer text, one of {@link #FILTERS} or one an index of the store answers. */
  static String filter(FuzzedDataProvider data, List<String> ids) {
    return switch (data.consumeInt(0, 5)) {
      case 0 -> data.consumeString(40);
      case 1, 2 -> indexedEq(data, ids);
      default -> data.pickValue(FILTERS);
    };
  }

  /**
   * {@code attribute eq "value"} on an attribute the store indexes, alone (the index answers it
   * without evaluating) or inside {@code and}, {@code or} and {@code not} (the index narrows, or is
   * not used): the value a seeded id (in upper case now and then), a case-folding pitfall or fuzzer
   * text.
   */
  private static String indexedEq(FuzzedDataProvider data, List<String> ids) {
    String value =
        switch (data.consumeInt(0, 3)) {
          case 0 -> {
            String id = data.pickValue(ids);
            yield data.consumeBoolean() ? id.toUpperCase(Locale.ROOT) : id;
          }
          case 1 -> data.consumeString(12);
          default -> data.pickValue(CASE_PITFALLS);
        };
    String eq = data.pickValue(INDEXED) + " eq " + quoted(value);
    return switch (data.consumeInt(0, 5)) {
      case 0 -> eq + " and active eq true";
      case 1 -> "meta.created pr and " + eq;
      case 2 -> eq + " or id eq " + quoted(data.pickValue(ids));
      case 3 -> "not (" + eq + ")";
      default -> eq;
    };
  }
}
