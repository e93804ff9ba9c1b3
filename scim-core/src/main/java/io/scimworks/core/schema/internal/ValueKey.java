package io.scimworks.core.schema.internal;

import io.scimworks.core.CaseFolding;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A hashable form of a value under which two values are equal exactly when they are the same value
 * for the attribute: strings folded unless {@code caseExact} (or binary), numbers by numeric value,
 * objects member by member with case-insensitive names, arrays element by element. It lets a
 * multi-valued attribute find an existing value in one hash lookup instead of a scan: the PATCH
 * engine's adds and removes, and validation's merge of values sent twice, use the same rule.
 */
public final class ValueKey {
  private ValueKey() {}

  /**
   * The key of a value.
   *
   * @param def the attribute the value belongs to; {@code null} when no schema defines it (strings
   *     are then folded)
   * @param value the value; not changed
   * @return an object whose {@code equals} and {@code hashCode} compare values as described
   */
  public static Object of(@Nullable AttributeDefinition def, JsonNode value) {
    if (value.isString()) {
      boolean exact = def != null && (def.caseExact() || def.type() == AttributeType.BINARY);
      String s = value.stringValue();
      return exact ? new Exact(s) : new Folded(CaseFolding.fold(s));
    }
    if (value.isNumber()) {
      if (value.isFloatingPointNumber()
          && !value.isBigDecimal()
          && !Double.isFinite(value.doubleValue())) {
        // 1e400 read as a double, or NaN: no BigDecimal; equal exactly when JsonNumbers says so
        return Double.valueOf(value.doubleValue());
      }
      BigDecimal d = value.decimalValue();
      return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    }
    if (value.isObject()) {
      Map<String, Object> members = new HashMap<>();
      for (Map.Entry<String, JsonNode> e : value.properties()) {
        AttributeDefinition sub = def == null ? null : def.subAttributeOrNull(e.getKey());
        members.put(CaseFolding.fold(e.getKey()), of(sub, e.getValue()));
      }
      return members;
    }
    if (value.isArray()) {
      List<Object> items = new ArrayList<>(value.size());
      for (JsonNode item : value) {
        items.add(of(def, item));
      }
      return items;
    }
    return value; // booleans and null compare as JSON
  }

  /** A case-exact string; kept apart from folded ones. */
  private record Exact(String text) {}

  /** A folded string. */
  private record Folded(String text) {}
}
