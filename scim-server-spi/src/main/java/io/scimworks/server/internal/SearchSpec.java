package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.message.MessageSchemas;
import io.scimworks.server.ServerOptions;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A query as the client asked for it, from the query string or a {@code POST .search} body, with
 * absurd values already corrected (RFC 7644 §3.4.2.4: {@code count} below 0 is 0, {@code
 * startIndex} below 1 is 1; {@code count} capped at the configured maximum).
 *
 * @param filter the filter text, or null
 * @param sortBy the sort attribute, or null
 * @param descending whether to sort descending
 * @param startIndex 1-based start
 * @param count page size
 * @param cursor the RFC 9865 cursor ({@code ""} for the first page), or null for index paging
 * @param projection attributes to return
 */
public record SearchSpec(
    @Nullable String filter,
    @Nullable String sortBy,
    boolean descending,
    int startIndex,
    int count,
    @Nullable String cursor,
    Attributes projection) {

  /** From the query string of a GET. */
  public static SearchSpec fromQuery(QueryParams q, ServerOptions options) {
    return of(
        q.get("filter"),
        q.get("sortBy"),
        q.get("sortOrder"),
        q.has("startIndex")
            ? q.intValue("startIndex", 1, Integer.MIN_VALUE, Integer.MAX_VALUE)
            : null,
        q.has("count")
            ? q.intValue("count", options.defaultCount(), Integer.MIN_VALUE, Integer.MAX_VALUE)
            : null,
        q.get("cursor"),
        Attributes.of(q),
        options);
  }

  /**
   * From a {@code POST .search} body (RFC 7644 §3.4.3), whose {@code schemas} must list the
   * SearchRequest URN ({@link MessageSchemas}).
   */
  public static SearchSpec fromBody(ObjectNode body, ServerOptions options) {
    MessageSchemas.require(body, ScimUrns.SEARCH_REQUEST);
    return of(
        text(body, "filter"),
        text(body, "sortBy"),
        text(body, "sortOrder"),
        integer(body, "startIndex"),
        integer(body, "count"),
        text(body, "cursor"),
        Attributes.of(list(body, "attributes"), list(body, "excludedAttributes")),
        options);
  }

  private static SearchSpec of(
      @Nullable String filter,
      @Nullable String sortBy,
      @Nullable String sortOrder,
      @Nullable Integer startIndex,
      @Nullable Integer count,
      @Nullable String cursor,
      Attributes projection,
      ServerOptions options) {
    boolean descending = false;
    if (sortOrder != null && !sortOrder.isBlank()) {
      if (sortOrder.trim().equalsIgnoreCase("descending")) {
        descending = true;
      } else if (!sortOrder.trim().equalsIgnoreCase("ascending")) {
        throw ScimException.of(
            ScimType.INVALID_VALUE, "sortOrder must be 'ascending' or 'descending'");
      }
    }
    int c =
        count == null ? options.defaultCount() : Math.min(Math.max(count, 0), options.maxCount());
    int s = startIndex == null ? 1 : Math.max(startIndex, 1);
    if (cursor != null && startIndex != null && startIndex > 1) {
      // a request pages by cursor (RFC 9865) or by index, never both
      throw ScimException.of(
          ScimType.INVALID_VALUE,
          "'cursor' and 'startIndex' cannot be used together: page by cursor or by startIndex, not"
              + " both");
    }
    return new SearchSpec(
        filter == null || filter.isBlank() ? null : filter,
        sortBy == null || sortBy.isBlank() ? null : sortBy,
        descending,
        s,
        c,
        cursor,
        projection);
  }

  /** A scope string binding a cursor to this query (everything but the page position). */
  String scope(String tenant, String type) {
    return tenant + "|" + type + "|" + filter + "|" + sortBy + "|" + descending;
  }

  private static @Nullable String text(ObjectNode body, String name) {
    JsonNode v = ScimJson.getIgnoreCase(body, name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isString()) {
      throw ScimException.of(ScimType.INVALID_VALUE, "'" + name + "' must be a string");
    }
    return v.stringValue();
  }

  /** Any int: RFC 7644 §3.4.2.4 reads a negative count as 0 and a startIndex below 1 as 1. */
  private static @Nullable Integer integer(ObjectNode body, String name) {
    return ProtocolIntegers.fromJson(
        name, ScimJson.getIgnoreCase(body, name), Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  private static @Nullable String list(ObjectNode body, String name) {
    JsonNode v = ScimJson.getIgnoreCase(body, name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isString()) {
      return v.stringValue();
    }
    if (!v.isArray()) {
      throw ScimException.of(ScimType.INVALID_VALUE, "'" + name + "' must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode n : v) {
      if (!n.isString()) {
        throw ScimException.of(
            ScimType.INVALID_VALUE, "'" + name + "' must be an array of strings");
      }
      out.add(n.stringValue());
    }
    return String.join(",", out);
  }
}
