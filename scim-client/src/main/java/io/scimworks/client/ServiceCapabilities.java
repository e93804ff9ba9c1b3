package io.scimworks.client;

import io.scimworks.core.json.ScimJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a service says it supports in {@code /ServiceProviderConfig} (RFC 7643 §5, pagination from
 * RFC 9865), as far as the client adapts to it: PATCH (or PUT instead), bulk limits (or splitting),
 * cursor or index paging, page sizes.
 *
 * @param patch whether {@code PATCH} is supported
 * @param bulk bulk support and limits
 * @param filterMaxResults the most results a filter returns, or {@code null} when not advertised
 * @param sort whether sorting is supported
 * @param etag whether ETags ({@code meta.version}, {@code If-Match}) are supported
 * @param pagination paging support (RFC 9865)
 * @param json the document as received; empty when nothing was discovered
 */
public record ServiceCapabilities(
    boolean patch,
    Bulk bulk,
    @Nullable Integer filterMaxResults,
    boolean sort,
    boolean etag,
    Pagination pagination,
    ObjectNode json) {

  /**
   * Bulk support.
   *
   * @param supported whether {@code /Bulk} is supported
   * @param maxOperations the most operations per request, or 0 when not advertised
   * @param maxPayloadSize the most bytes per request, or 0 when not advertised
   */
  public record Bulk(boolean supported, int maxOperations, long maxPayloadSize) {}

  /**
   * Paging support (RFC 9865 §4).
   *
   * @param cursor whether cursor paging is supported
   * @param index whether index ({@code startIndex}) paging is supported
   * @param defaultPageSize the page size when none is asked for, or {@code null}
   * @param maxPageSize the largest page the service returns, or {@code null}
   */
  public record Pagination(
      boolean cursor,
      boolean index,
      @Nullable Integer defaultPageSize,
      @Nullable Integer maxPageSize) {}

  /** Operations per PATCH request when the service advertises no limit. */
  public static final int DEFAULT_MAX_PATCH_OPERATIONS = 1000;

  /**
   * The most operations the client puts in one PATCH request (each value added to a multi-valued
   * attribute counting as one). RFC 7643 defines no such limit, so this is the service's {@code
   * patch.maxOperations} when it advertises one (a common extension), else its {@code
   * bulk.maxOperations} (what it agreed to process in one request), else {@value
   * #DEFAULT_MAX_PATCH_OPERATIONS}.
   *
   * @return a positive number
   */
  public int maxPatchOperations() {
    long advertised = number(child(json, "patch"), "maxOperations", 0);
    if (advertised > 0) {
      return (int) Math.min(Integer.MAX_VALUE, advertised);
    }
    return bulk.maxOperations() > 0 ? bulk.maxOperations() : DEFAULT_MAX_PATCH_OPERATIONS;
  }

  /**
   * What the client assumes of a service that has not said: PATCH, sorting and index paging work;
   * bulk, ETags and cursors do not.
   *
   * @return the assumed capabilities, with an empty raw document
   */
  public static ServiceCapabilities assumed() {
    return new ServiceCapabilities(
        true,
        new Bulk(false, 0, 0),
        null,
        true,
        false,
        new Pagination(false, true, null, null),
        ScimJson.object());
  }

  /**
   * Reads a {@code /ServiceProviderConfig} document leniently: keys in any case, numbers as
   * strings, missing parts take the {@link #assumed()} values.
   *
   * @param json the document as the service sent it
   * @return the capabilities; never fails, whatever the document holds
   */
  public static ServiceCapabilities fromJson(ObjectNode json) {
    ServiceCapabilities a = assumed();
    JsonNode bulk = child(json, "bulk");
    JsonNode paging = child(json, "pagination");
    return new ServiceCapabilities(
        flag(child(json, "patch"), "supported", a.patch()),
        new Bulk(
            flag(bulk, "supported", false),
            (int) Math.min(Integer.MAX_VALUE, number(bulk, "maxOperations", 0)),
            number(bulk, "maxPayloadSize", 0)),
        positive(child(json, "filter"), "maxResults"),
        flag(child(json, "sort"), "supported", a.sort()),
        flag(child(json, "etag"), "supported", a.etag()),
        new Pagination(
            flag(paging, "cursor", false),
            flag(paging, "index", true),
            positive(paging, "defaultPageSize"),
            positive(paging, "maxPageSize")),
        json);
  }

  private static @Nullable JsonNode child(@Nullable JsonNode parent, String name) {
    return parent instanceof ObjectNode o ? ScimJson.getIgnoreCase(o, name) : null;
  }

  private static boolean flag(@Nullable JsonNode parent, String name, boolean otherwise) {
    JsonNode v = child(parent, name);
    if (v == null) {
      return otherwise;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isString()) {
      String s = v.stringValue().trim();
      return s.equalsIgnoreCase("true") || (!s.equalsIgnoreCase("false") && otherwise);
    }
    return otherwise;
  }

  private static long number(@Nullable JsonNode parent, String name, long otherwise) {
    JsonNode v = child(parent, name);
    if (v == null) {
      return otherwise;
    }
    if (v.isIntegralNumber()) {
      return Math.max(0, v.longValue());
    }
    if (v.isString()) {
      try {
        return Math.max(0, Long.parseLong(v.stringValue().trim()));
      } catch (NumberFormatException e) {
        return otherwise;
      }
    }
    return otherwise;
  }

  private static @Nullable Integer positive(@Nullable JsonNode parent, String name) {
    long n = number(parent, name, 0);
    return n > 0 ? (int) Math.min(Integer.MAX_VALUE, n) : null;
  }
}
