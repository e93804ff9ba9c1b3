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

  /** The lower-case keys of the names the server asks for, so that a look-up allocates nothing. */
  private static final Map<String, String> KNOWN =
      Map.of(
          "excludedAttributes", "excludedattributes",
          "sortBy", "sortby",
          "sortOrder", "sortorder",
          "startIndex", "startindex");

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
    return values.isEmpty() ? null : values.get(key(name));
  }

  /** Whether the parameter is present. */
  public boolean has(String name) {
    return !values.isEmpty() && values.containsKey(key(name));
  }

  private static String key(String name) {
    String known = KNOWN.get(name);
    return known != null ? known : name.toLowerCase(Locale.ROOT);
  }

  /**
   * An integer parameter, or {@code fallback} when absent or empty.
   *
   * @throws ScimException 400 {@code invalidValue} when it is not an integer in {@code [min, max]}
   */
  public int intValue(String name, int fallback, int min, int max) {
    String v = get(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    return ProtocolIntegers.fromText(name, v, min, max);
  }

  static String formDecode(String raw) {
    return RequestPath.decode(raw.replace('+', ' '), "query string");
  }
}
