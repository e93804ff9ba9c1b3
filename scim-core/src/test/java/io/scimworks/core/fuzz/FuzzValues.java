package io.scimworks.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.json.ScimJson;
import java.util.List;

/**
 * Builds JSON text from fuzzer data: awkward strings, numbers beyond double range, attribute names
 * of the User schema, PATCH paths with value filters, deep nesting. The fuzzer mutates the bytes;
 * these choices keep its inputs close to what a SCIM server really receives.
 */
final class FuzzValues {
  private FuzzValues() {}

  static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  private static final List<String> TEXTS =
      List.of(
          "",
          " ",
          "x",
          "!",
          "True",
          "False",
          "work",
          "home",
          "other",
          "member",
          "MEMBER",
          "QUJD",
          "a@b",
          "A@B",
          "bjensen",
          "BJensen",
          "\u0130",
          "i",
          "\u017f",
          "s",
          "\u0000",
          "a\r\nb",
          "2011-08-01T18:29:49.793Z",
          "not a date",
          ENTERPRISE,
          "urn:ietf:params:scim:schemas:core:2.0:User",
          "{\"value\":\"Admin\",\"displayName\":\"Admin\"}",
          "[\"x\"]",
          "m-1",
          "https://example.com/photo.jpg",
          "h t t p",
          "::x y",
          "urn:example:unknown:1.0");

  /**
   * Date-times as RFC 3339 and xsd:dateTime write them and near misses: without offset (read as
   * UTC), with a zone name or a signed year (refused), lower-case separators, a leap second, a day
   * that does not exist, nine fraction digits.
   */
  static final List<String> DATES =
      List.of(
          "2011-08-01T18:29:49.793Z",
          "2011-08-01T18:29:49",
          "2011-08-01T18:29:49+01:00",
          "2011-08-01T18:29:49.123456789-23:59",
          "2011-08-01t18:29:49z",
          "2011-08-01T18:29:49Z[Europe/Paris]",
          "+2011-08-01T18:29:49Z",
          "2011-08-01T23:59:60Z",
          "2011-02-30T00:00:00Z",
          "2011-08-01");

  private static final List<String> NUMBERS =
      List.of(
          "0",
          "-0.0",
          "1",
          "-1",
          "1.5",
          "1e400",
          "-1e400",
          "1e-400",
          "123456789012345678901234567890",
          "99999999999",
          "2147483648");

  static final List<String> NAMES =
      List.of(
          "userName",
          "name",
          "givenName",
          "familyName",
          "formatted",
          "displayName",
          "nickName",
          "title",
          "userType",
          "preferredLanguage",
          "locale",
          "timezone",
          "profileUrl",
          "active",
          "password",
          "emails",
          "phoneNumbers",
          "ims",
          "photos",
          "addresses",
          "streetAddress",
          "country",
          "groups",
          "entitlements",
          "roles",
          "x509Certificates",
          "value",
          "type",
          "primary",
          "display",
          "$ref",
          "id",
          "externalId",
          "meta",
          "schemas",
          "members",
          "employeeNumber",
          "department",
          "manager",
          ENTERPRISE,
          ENTERPRISE + ":employeeNumber",
          ENTERPRISE + ":manager",
          "name.givenName",
          "emails.value",
          "shoeSize",
          "USERNAME",
          "");

  private static final List<String> FILTERS =
      List.of(
          "type eq \"work\"",
          "type eq \"home\" and primary eq true",
          "value co \"@\"",
          "primary pr",
          "not (type eq \"work\")",
          "value eq \"x\" or value eq \"y\"",
          "custom gt 1e400",
          "display gt \"2011-08-01T18:29:49\"",
          "value eq \"2011-08-01T18:29:49+01:00\"",
          "value gt 1",
          "display sw \"B\"",
          "primary gt true",
          "type[value eq \"x\"]",
          "nope eq 1");

  /** A string: one of the awkward ones, a date-time, or fuzzer bytes. */
  static String text(FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 7)) {
      case 0 -> data.pickValue(DATES);
      case 1, 2, 3 -> data.pickValue(TEXTS);
      default -> data.consumeString(24);
    };
  }

  /** An attribute name of the User schema (or a near miss), or fuzzer bytes. */
  static String name(FuzzedDataProvider data) {
    return data.consumeInt(0, 7) == 0 ? data.consumeString(16) : data.pickValue(NAMES);
  }

  /** A PATCH path: plain, with a sub-attribute, with a value filter, or fuzzer bytes. */
  static String path(FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 5)) {
      case 0 -> data.consumeString(40);
      case 1 -> name(data) + "." + name(data);
      case 2 -> name(data) + "[" + filter(data) + "]";
      case 3 -> name(data) + "[" + filter(data) + "]." + name(data);
      default -> name(data);
    };
  }

  private static String filter(FuzzedDataProvider data) {
    return data.consumeInt(0, 4) == 0 ? data.consumeString(30) : data.pickValue(FILTERS);
  }

  /** Any JSON value as text, at most {@code depth} levels of containers (or a deep nest). */
  static String value(FuzzedDataProvider data, int depth) {
    int kind = data.consumeInt(0, depth > 0 ? 9 : 4);
    return switch (kind) {
      case 0 -> quoted(text(data));
      case 1 -> data.pickValue(NUMBERS);
      case 2 -> data.consumeBoolean() ? "true" : "false";
      case 3 -> "null";
      case 4 -> quoted(text(data));
      case 5, 6 -> object(data, depth - 1);
      case 7, 8 -> array(data, depth - 1);
      default -> deep(data.consumeInt(1, 120));
    };
  }

  /** A JSON object of up to four members named like SCIM attributes. */
  static String object(FuzzedDataProvider data, int depth) {
    int members = data.consumeInt(0, 4);
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < members; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quoted(name(data))).append(':').append(value(data, depth));
    }
    return out.append('}').toString();
  }

  private static String array(FuzzedDataProvider data, int depth) {
    int elements = data.consumeInt(0, 4);
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < elements; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(value(data, depth));
    }
    return out.append(']').toString();
  }

  private static String deep(int levels) {
    return "[".repeat(levels) + "1" + "]".repeat(levels);
  }

  /** {@code text} as a JSON string literal. */
  static String quoted(String text) {
    return ScimJson.write(ScimJson.nodes().stringNode(text));
  }

  /**
   * Whether {@code e} is an error the library documents: a 4xx, with a {@code scimType} of RFC 7644
   * (or RFC 9865) if it has one.
   */
  static boolean documented(ScimException e) {
    boolean knownType = e.scimType() == null || ScimType.fromKeyword(e.scimType()).isPresent();
    return e.status() >= 400 && e.status() < 500 && knownType;
  }
}
