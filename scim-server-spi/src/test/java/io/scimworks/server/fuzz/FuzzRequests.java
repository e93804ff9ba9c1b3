package io.scimworks.server.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.scimworks.core.json.ScimJson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;

/**
 * Parts of HTTP requests built from fuzzer data: methods, paths (with the ids of the seeded
 * resources), query strings, filters, hostile header values and bodies (users, groups, PATCH, bulk
 * and search requests, raw bytes). Choosing among realistic shapes keeps the fuzzer's inputs close
 * to what a SCIM server receives; fuzzer strings get into every part.
 */
final class FuzzRequests {
  private FuzzRequests() {}

  private static final List<String> METHODS =
      List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "get", "Patch", "BREW");

  private static final List<String> FIXED_PATHS =
      List.of(
          "/Users",
          "/Groups",
          "/Users/.search",
          "/Groups/.search",
          "/.search",
          "/Bulk",
          "/Me",
          "/Schemas",
          "/Schemas/urn:ietf:params:scim:schemas:core:2.0:User",
          "/ResourceTypes",
          "/ResourceTypes/User",
          "/ServiceProviderConfig",
          "/",
          "",
          "//Users",
          "/Users/",
          "/users",
          "/Users/%2e%2e",
          "/Users/%2F",
          "/Users/%zz",
          "/Users/%00",
          "/Users/missing",
          "/Users/.search/x");

  private static final List<String> QUERY_NAMES =
      List.of(
          "filter",
          "count",
          "startIndex",
          "sortBy",
          "sortOrder",
          "attributes",
          "excludedAttributes",
          "cursor",
          "FILTER");

  private static final List<String> PROJECTIONS =
      List.of(
          "id",
          "userName",
          "emails",
          "emails.value",
          "name.givenName,meta",
          "members.value",
          "displayName,members",
          "meta.created",
          "meta.version,externalId",
          "groups",
          "urn:ietf:params:scim:schemas:core:2.0:User:name",
          "urn:ietf:params:scim:schemas:core:2.0:Group",
          "schemas",
          "EMAILS.VALUE,Active",
          "urn:ietf:params:scim:schemas:core:2.0:User",
          "urn:ietf:params:scim:schemas:core:2.0:User,urn:ietf:params:scim:schemas:core:2.0:Group",
          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
          "urn:ietf:params:scim:schemas:core:2.0:User:groups",
          "URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER:GROUPS.display",
          "x.y.z");

  private static final List<String> QUERY_VALUES =
      List.of(
          "-1",
          "0",
          "1",
          "2",
          "99999999999999999999",
          "userName",
          "emails.value",
          "descending",
          "meta.created",
          "meta.lastModified",
          "id,userName",
          "urn:ietf:params:scim:schemas:core:2.0:User:userName",
          "%",
          "%22",
          "+",
          "");

  static final List<String> JUNK =
      List.of(
          "",
          " ",
          ",",
          "*",
          "W/\"1\"",
          "W/\"1\", ,",
          "\"x\"",
          "evil.com\r\nSet-Cookie: x=1",
          "evil.com",
          "scim.example.com:8443",
          "[::1]:80",
          "a\u0000b",
          "\u0085",
          "\u2028",
          "https",
          "http, https",
          "application/scim+json",
          "application/json; charset=utf-8",
          "application/scim+json; charset=ISO-8859-1",
          "application/scim+json;charset=\"utf-16\"",
          "application/json;q=0, application/scim+json;q=0",
          "application/xml",
          "*/*;q=0",
          "application/*;q=0.5, application/json;q=1.0001",
          "100-continue",
          "text/plain");

  static String method(FuzzedDataProvider data) {
    return data.consumeInt(0, 15) == 0 ? data.consumeString(8) : data.pickValue(METHODS);
  }

  /** A path below the server's base, naming one of {@code ids} now and then. */
  static String path(FuzzedDataProvider data, List<String> ids) {
    return switch (data.consumeInt(0, 7)) {
      case 0 -> "/" + data.consumeString(24);
      case 1, 2 -> "/Users/" + data.pickValue(ids);
      case 3 -> "/Groups/" + data.pickValue(ids);
      default -> data.pickValue(FIXED_PATHS);
    };
  }

  /** A raw query string (or {@code null}). */
  static String query(FuzzedDataProvider data, List<String> ids) {
    int params = data.consumeInt(0, 3);
    if (params == 0) {
      return data.consumeBoolean() ? null : data.consumeString(30);
    }
    StringJoiner q = new StringJoiner("&");
    for (int i = 0; i < params; i++) {
      String name = data.pickValue(QUERY_NAMES);
      String value =
          name.equalsIgnoreCase("filter")
              ? encode(FuzzFilters.filter(data, ids))
              : data.consumeBoolean() ? data.pickValue(QUERY_VALUES) : data.consumeString(12);
      q.add(name + "=" + value);
    }
    return q.toString();
  }

  /**
   * An {@code attributes} or {@code excludedAttributes} parameter (with its {@code &}), or none.
   */
  static String projection(FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 3)) {
      case 0 -> "";
      case 1 -> "&attributes=" + encode(data.pickValue(PROJECTIONS));
      case 2 -> "&excludedAttributes=" + encode(data.pickValue(PROJECTIONS));
      default -> "&attributes=" + encode(data.consumeString(30));
    };
  }

  /** A hostile header value. */
  static String junk(FuzzedDataProvider data) {
    return data.consumeBoolean() ? data.pickValue(JUNK) : data.consumeString(20);
  }

  /** A request body, as text. */
  static String body(FuzzedDataProvider data, List<String> ids) {
    return switch (data.consumeInt(0, 7)) {
      case 0 -> "";
      case 1 -> data.consumeString(200);
      case 2 -> user(data);
      case 3 -> group(data, ids);
      case 4 -> patch(data, ids);
      case 5 -> FuzzBulkRequests.bulk(data, ids);
      case 6 -> search(data, ids);
      default -> "{}";
    };
  }

  static String user(FuzzedDataProvider data) {
    return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":"
        + quoted(text(data))
        + (data.consumeBoolean()
            ? ",\"emails\":[{\"value\":" + quoted(text(data)) + ",\"type\":\"work\"}]"
            : "")
        + (data.consumeBoolean() ? ",\"externalId\":" + quoted(text(data)) : "")
        + (data.consumeBoolean() ? ",\"active\":" + value(data) : "")
        + (data.consumeBoolean() ? "," + quoted(text(data)) + ":" + value(data) : "")
        + (data.consumeInt(0, 3) == 0 ? ",\"userName\":" + quoted(text(data)) : "")
        + "}";
  }

  static String group(FuzzedDataProvider data, List<String> ids) {
    return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":"
        + quoted(text(data))
        + ",\"members\":[{\"value\":"
        + quoted(data.consumeBoolean() ? memberId(data, ids) : text(data))
        + "}]}";
  }

  /** A seeded id, now and then in upper case (members.value is not caseExact). */
  private static String memberId(FuzzedDataProvider data, List<String> ids) {
    String id = data.pickValue(ids);
    return data.consumeBoolean() ? id.toUpperCase(java.util.Locale.ROOT) : id;
  }

  static String patch(FuzzedDataProvider data, List<String> ids) {
    StringJoiner ops = new StringJoiner(",", "[", "]");
    int n = data.consumeInt(1, 3);
    for (int i = 0; i < n; i++) {
      String op = data.pickValue(new String[] {"add", "replace", "remove", "Replace", "x"});
      String path =
          data.pickValue(
              new String[] {
                "",
                "userName",
                "active",
                "emails",
                "emails[type eq \\\"work\\\"].value",
                "members",
                "members[value eq \\\"" + data.pickValue(ids) + "\\\"]",
                "displayName",
                "externalId",
                "meta.version",
                "id"
              });
      String value =
          data.consumeBoolean() ? "[{\"value\":" + quoted(data.pickValue(ids)) + "}]" : value(data);
      ops.add(
          "{\"op\":\""
              + op
              + "\""
              + (path.isEmpty() ? "" : ",\"path\":\"" + path + "\"")
              + ",\"value\":"
              + value
              + "}");
    }
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":"
        + ops
        + "}";
  }

  private static String search(FuzzedDataProvider data, List<String> ids) {
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],\"filter\":"
        + quoted(FuzzFilters.filter(data, ids))
        + ",\"count\":"
        + value(data)
        + ",\"startIndex\":"
        + value(data)
        + ",\"attributes\":[\"userName\"]}";
  }

  private static String text(FuzzedDataProvider data) {
    return data.consumeBoolean()
        ? data.pickValue(new String[] {"bjensen-sec", "BJENSEN-SEC", "\u0130", "i", "sam", ""})
        : data.consumeString(16);
  }

  static String value(FuzzedDataProvider data) {
    return data.pickValue(
        new String[] {
          "1",
          "-1",
          "0",
          "1e400",
          "99999999999",
          "true",
          "\"False\"",
          "null",
          "\"x\"",
          "{}",
          "[]",
          "\"a\\u0000b\"",
          "[{\"value\":\"x\",\"primary\":true},{\"value\":\"y\",\"primary\":true}]",
          "-1e400",
          "1e-400",
          "123456789012345678901234567890",
          "-0.0",
          "\"2026-12-03T10:00:00\"",
          "\"2026-12-03T10:00:00+01:00\"",
          "\"2026-12-03T10:00:00Z[Europe/Paris]\""
        });
  }

  static String quoted(String text) {
    return ScimJson.write(ScimJson.nodes().stringNode(text));
  }

  /** Percent-encodes a query parameter value (spaces as {@code %20}). */
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
