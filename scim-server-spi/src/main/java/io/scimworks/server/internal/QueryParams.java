package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A form-decoded query string: {@code +} is a space (Entra sends {@code userName+eq+"x"}), {@code
 * %20} too (Okta). Parameter names are case-insensitive. A parameter the server reads may be given
 * once: {@code filter=a&filter=b} (or {@code count=1&COUNT=2}) is a 400 {@code invalidValue} when
 * the server looks it up, rather than one of them being picked silently. Parameters the server
 * never reads are ignored, repeated or not.
 */
public final class QueryParams {
  private static final QueryParams EMPTY = new QueryParams(Map.of(), Set.of());

  /** The lower-case keys of the names the server asks for, so that a look-up allocates nothing. */
  private static final Map<String, String> KNOWN =
      Map.of(
          "excludedAttributes", "excludedattributes",
          "sortBy", "sortby",
          "sortOrder", "sortorder",
          "startIndex", "startindex");

  private final Map<String, String> values;

  /** The lower-case names given more than once. */
  private final Set<String> repeated;

  private QueryParams(Map<String, String> values, Set<String> repeated) {
    this.values = values;
    this.repeated = repeated;
  }

  /** Parses {@code rawQuery} (without {@code ?}); {@code null} means none. */
  public static QueryParams parse(@Nullable String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return EMPTY;
    }
    Map<String, String> map = new LinkedHashMap<>();
    Set<String> repeated = Set.of();
    for (int from = 0, to; from < rawQuery.length(); from = to + 1) {
      to = rawQuery.indexOf('&', from);
      if (to < 0) {
        to = rawQuery.length();
      }
      if (to == from) {
        continue;
      }
      int eq = rawQuery.indexOf('=', from);
      if (eq > to) {
        eq = -1;
      }
      String name = formDecode(rawQuery, from, eq < 0 ? to : eq);
      String value = eq < 0 ? "" : formDecode(rawQuery, eq + 1, to);
      String key = name.toLowerCase(Locale.ROOT);
      if (map.putIfAbsent(key, value) != null) {
        if (repeated.isEmpty()) {
          repeated = new HashSet<>();
        }
        repeated.add(key);
      }
    }
    return new QueryParams(map, repeated);
  }

  /**
   * A parameter's decoded value, or {@code null}.
   *
   * @throws ScimException 400 {@code invalidValue} when the parameter was given more than once
   */
  public @Nullable String get(String name) {
    if (values.isEmpty()) {
      return null;
    }
    String key = key(name);
    checkOnce(name, key);
    return values.get(key);
  }

  /**
   * Whether the parameter is present.
   *
   * @throws ScimException 400 {@code invalidValue} when the parameter was given more than once
   */
  public boolean has(String name) {
    if (values.isEmpty()) {
      return false;
    }
    String key = key(name);
    checkOnce(name, key);
    return values.containsKey(key);
  }

  private void checkOnce(String name, String key) {
    if (!repeated.isEmpty() && repeated.contains(key)) {
      throw ScimException.of(
          ScimType.INVALID_VALUE,
          "The query parameter '" + name + "' may be given only once; it was given several times");
    }
  }

  private static String key(String name) {
    String known = KNOWN.get(name);
    return known != null ? known : name.toLowerCase(Locale.ROOT);
  }

  /**
   * An integer parameter, or {@code fallback} when absent, empty or only spaces.
   *
   * @throws ScimException 400 {@code invalidValue} when it is not an integer in {@code [min, max]}
   */
  public int intValue(String name, int fallback, int min, int max) {
    String v = get(name);
    if (v == null || v.chars().allMatch(c -> c == ' ' || c == '\t')) {
      return fallback;
    }
    return ProtocolIntegers.fromText(name, v, min, max);
  }

  /**
   * Decodes a name or value of the query, {@code raw} from {@code from} to {@code to}.
   *
   * @throws ScimException 400 {@code invalidValue} for a malformed escape or bytes that are not
   *     UTF-8 (RFC 7644 §3.12: the value "was not compatible with the operation")
   */
  private static String formDecode(String raw, int from, int to) {
    try {
      return RequestPath.decode(raw, from, to, true, "query string");
    } catch (ScimException e) {
      throw ScimException.of(ScimType.INVALID_VALUE, String.valueOf(e.detail()));
    }
  }
}
