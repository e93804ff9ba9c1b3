package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import io.scimworks.server.ScimRequest;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Weak ETags derived from repository versions, and the conditional headers that use them.
 *
 * <p>{@code If-Match} and {@code If-None-Match} are read with the grammar of RFC 9110 §8.8.3 and
 * §5.6.1: {@code "*"} or a comma-separated list of entity tags ({@code W/"v"} or {@code "v"}),
 * where empty list elements and optional whitespace are ignored. A value that does not follow it is
 * a 400, never an exception. A header sent as several lines is one list (RFC 9110 §5.3): {@code
 * If-Match: W/"1"} and {@code If-Match: W/"2"} mean {@code If-Match: W/"1", W/"2"}, not the first
 * line alone.
 */
public final class ETags {
  private ETags() {}

  /**
   * The weak ETag of a version: {@code W/"version"}, without the characters an entity tag cannot
   * hold (quotes, whitespace, control characters).
   */
  public static String of(String version) {
    StringBuilder tag = new StringBuilder(version.length() + 4).append("W/\"");
    for (int i = 0; i < version.length(); i++) {
      char c = version.charAt(i);
      if (isEtagc(c)) {
        tag.append(c);
      }
    }
    return tag.append('"').toString();
  }

  /**
   * The versions an {@code If-Match} header lists, {@code null} when there is none, it is {@code *}
   * (any existing resource) or its list names no entity tag; never empty. Any of them may match
   * (RFC 9110 §13.1.1).
   *
   * @throws ScimException 400 when the header is malformed
   */
  public static @Nullable List<String> ifMatch(ScimRequest request) {
    String header = combined(request, "If-Match");
    if (header == null) {
      return null;
    }
    List<String> versions = parse(header, "If-Match");
    return versions == null || versions.isEmpty() ? null : versions;
  }

  /**
   * The version named by a bulk operation's {@code version}: an entity tag ({@code W/"3"}), or the
   * bare version as some clients write it; {@code null} for {@code *} or an empty value.
   */
  public static @Nullable String ifMatchValue(String tag) {
    String t = trimOws(tag);
    if (t.equals("*") || t.isEmpty()) {
      return null;
    }
    List<String> one = new ArrayList<>(1);
    return entityTag(t, 0, one) == t.length() ? one.get(0) : t;
  }

  /** Whether an {@code If-None-Match} header matches {@code version} (then GET answers 304). */
  public static boolean noneMatchHits(ScimRequest request, String version) {
    String header = combined(request, "If-None-Match");
    if (header == null) {
      return false;
    }
    List<String> versions = parse(header, "If-None-Match");
    return versions == null || versions.contains(version);
  }

  /** The values of a list header, its lines joined by commas; {@code null} when absent. */
  private static @Nullable String combined(ScimRequest request, String name) {
    List<String> lines = request.headers().get(name);
    if (lines == null || lines.isEmpty()) {
      return null;
    }
    return lines.size() == 1 ? lines.get(0) : String.join(",", lines);
  }

  /**
   * The versions of an entity-tag list, {@code null} for {@code *}.
   *
   * @throws ScimException 400 when the value does not follow the grammar
   */
  static @Nullable List<String> parse(String header, String name) {
    String h = trimOws(header);
    if (h.equals("*")) {
      return null;
    }
    List<String> versions = new ArrayList<>();
    int i = 0;
    int n = h.length();
    while (i < n) {
      i = skipOws(h, i);
      if (i < n && h.charAt(i) == ',') {
        i++; // an empty list element
        continue;
      }
      if (i == n) {
        break;
      }
      int end = entityTag(h, i, versions);
      if (end < 0) {
        throw malformed(name);
      }
      i = skipOws(h, end);
      if (i < n && h.charAt(i) != ',') {
        throw malformed(name);
      }
    }
    return versions;
  }

  /**
   * Reads one entity tag at {@code start} and adds its opaque value to {@code out}.
   *
   * @return the index after it, or {@code -1} when there is no valid entity tag there
   */
  private static int entityTag(String s, int start, List<String> out) {
    int i = start;
    if (s.startsWith("W/", i)) {
      i += 2;
    }
    if (i >= s.length() || s.charAt(i) != '"') {
      return -1;
    }
    int close = i + 1;
    while (close < s.length() && isEtagc(s.charAt(close))) {
      close++;
    }
    if (close >= s.length() || s.charAt(close) != '"') {
      return -1;
    }
    out.add(s.substring(i + 1, close));
    return close + 1;
  }

  /** {@code etagc = %x21 / %x23-7E / obs-text}. */
  private static boolean isEtagc(char c) {
    return c == 0x21 || (c >= 0x23 && c <= 0x7E) || (c >= 0x80 && c <= 0xFF);
  }

  private static int skipOws(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static String trimOws(String s) {
    int start = skipOws(s, 0);
    int end = s.length();
    while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
      end--;
    }
    return s.substring(start, end);
  }

  private static ScimException malformed(String name) {
    return ScimException.badRequest(
        name + " must be * or a comma-separated list of entity tags such as W/\"3\"");
  }
}
