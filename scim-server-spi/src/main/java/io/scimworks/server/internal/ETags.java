package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import io.scimworks.server.ScimRequest;
import org.jspecify.annotations.Nullable;

/** Weak ETags derived from repository versions, and the conditional headers that use them. */
public final class ETags {
  private ETags() {}

  /** The weak ETag of a version: {@code W/"version"}. */
  public static String of(String version) {
    return "W/\"" + version.replace("\"", "") + "\"";
  }

  /**
   * The version an {@code If-Match} header demands, {@code null} when there is none or it is {@code
   * *} (any existing resource).
   */
  public static @Nullable String ifMatch(ScimRequest request) {
    String header = request.header("If-Match");
    if (header == null || header.isBlank() || header.trim().equals("*")) {
      return null;
    }
    String first = header.split(",")[0].trim();
    return version(first);
  }

  /** The version named by one entity tag as a bulk operation's {@code version} carries it. */
  public static @Nullable String ifMatchValue(String tag) {
    String t = tag.trim();
    return t.equals("*") || t.isEmpty() ? null : version(t);
  }

  /** Whether an {@code If-None-Match} header matches {@code version} (then GET answers 304). */
  public static boolean noneMatchHits(ScimRequest request, String version) {
    String header = request.header("If-None-Match");
    if (header == null || header.isBlank()) {
      return false;
    }
    for (String tag : header.split(",")) {
      String t = tag.trim();
      if (t.equals("*") || version.equals(version(t))) {
        return true;
      }
    }
    return false;
  }

  private static String version(String tag) {
    String t = tag.startsWith("W/") || tag.startsWith("w/") ? tag.substring(2) : tag;
    if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
      return t.substring(1, t.length() - 1);
    }
    if (t.isEmpty()) {
      throw ScimException.badRequest("Malformed entity tag");
    }
    return t;
  }
}
