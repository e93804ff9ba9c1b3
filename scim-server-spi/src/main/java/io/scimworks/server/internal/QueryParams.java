package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A form-decoded query string: {@code +} is a space (Entra sends {@code userName+eq+"x"}), {@code
 * %20} too (Okta). Parameter names are case-insensitive; the first occurrence wins.
 */
public final class QueryParams {
  private static final QueryParams EMPTY = new QueryParams(Map.of());

  private final Map<String, String> values;

  private QueryParams(Map<String, String> values) {
    this.values = values;
  }

  /** Parses {@code rawQuery} (without {@code ?}); {@code null} means none. */
  public static QueryParams parse(@Nullable String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return EMPTY;
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = formDecode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : formDecode(pair.substring(eq + 1));
      map.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
    }
    return new QueryParams(map);
  }

  /** A parameter's decoded value, or {@code null}. */
  public @Nullable String get(String name) {
    return values.get(name.toLowerCase(Locale.ROOT));
  }

  /** Whether the parameter is present. */
  public boolean has(String name) {
    return values.containsKey(name.toLowerCase(Locale.ROOT));
  }

  /**
   * An integer parameter, or {@code fallback} when absent. Values beyond the int range saturate.
   *
   * @throws ScimException 400 when it is not an integer
   */
  public int intValue(String name, int fallback) {
    String v = get(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    String t = v.trim();
    if (!t.matches("[+-]?[0-9]{1,100}")) {
      throw ScimException.badRequest("'" + name + "' must be an integer");
    }
    try {
      return Integer.parseInt(t);
    } catch (NumberFormatException e) {
      return t.startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE;
    }
  }

  static String formDecode(String raw) {
    return RequestPath.decode(raw.replace('+', ' '), "query string");
  }
}
