package io.scimworks.core.patch;

import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import io.scimworks.core.schema.internal.ValueKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The values of one multi-valued attribute, hashed by {@link ValueKey} so that adding n values to m
 * existing ones costs n + m, not n × m. The hashes are built on first use and kept in step with
 * every element added or merged.
 */
final class ExistingValues {
  private final AttributeDefinition def;
  private final @Nullable AttributeDefinition valueDef;
  private final ArrayNode array;
  private @Nullable Map<Object, List<ObjectNode>> byValue;
  private @Nullable Map<Object, Integer> whole;
  private @Nullable JsonNode solePrimary;

  ExistingValues(AttributeDefinition def, ArrayNode array) {
    this.def = def;
    this.valueDef = def.subAttributeOrNull("value");
    this.array = array;
  }

  /** Whether these are the values of {@code array} (the same array, not an equal one). */
  boolean indexes(ArrayNode array) {
    return this.array == array;
  }

  /** Sets {@code primary} to false on one of the values, keeping the hashes in step. */
  void unsetPrimary(ObjectNode element) {
    Object before = whole == null ? null : ValueKey.of(def, element);
    element.set("primary", BooleanNode.FALSE);
    if (whole != null) {
      count(whole, before, -1);
      count(whole, ValueKey.of(def, element), 1);
    }
  }

  /**
   * The one value with {@code primary: true} when a pass of {@link MultiValues#fixPrimary} left it
   * so and only adds through this index followed, else null (not known).
   */
  @Nullable JsonNode solePrimary() {
    return solePrimary;
  }

  void solePrimary(JsonNode winner) {
    solePrimary = winner;
  }

  /** Adds {@code element}, or merges it into the element with the same key (see MultiValues). */
  void addOrMerge(JsonNode element, List<JsonNode> touched) {
    if (element instanceof ObjectNode e && def.type() == AttributeType.COMPLEX) {
      JsonNode v = e.get("value");
      if (v != null) {
        ObjectNode same = sameKey(v, e.get("type"));
        if (same != null) {
          Object before = whole == null ? null : ValueKey.of(def, same);
          MultiValues.mergeDifferent(def, same, e);
          if (whole != null) {
            count(whole, before, -1);
            count(whole, ValueKey.of(def, same), 1);
          }
          touched.add(same);
          return;
        }
        append(e, touched);
        return;
      }
    }
    if (wholeKeys().containsKey(ValueKey.of(def, element))) {
      return;
    }
    append(element, touched);
  }

  /** The first element whose {@code value} is {@code v} and whose {@code type} is compatible. */
  private @Nullable ObjectNode sameKey(JsonNode v, @Nullable JsonNode type) {
    List<ObjectNode> candidates = valueKeys().get(ValueKey.of(valueDef, v));
    if (candidates == null) {
      return null;
    }
    for (ObjectNode x : candidates) {
      JsonNode xt = JsonNodes.get(x, "type");
      if (xt == null || type == null || JsonNodes.sameValue(null, xt, type)) {
        return x;
      }
    }
    return null;
  }

  private void append(JsonNode element, List<JsonNode> touched) {
    array.add(element);
    touched.add(element);
    if (byValue != null) {
      indexValue(byValue, element);
    }
    if (whole != null) {
      count(whole, ValueKey.of(def, element), 1);
    }
  }

  private Map<Object, List<ObjectNode>> valueKeys() {
    Map<Object, List<ObjectNode>> m = byValue;
    if (m == null) {
      m = new HashMap<>(array.size() * 2);
      for (JsonNode x : array) {
        indexValue(m, x);
      }
      byValue = m;
    }
    return m;
  }

  private void indexValue(Map<Object, List<ObjectNode>> m, JsonNode x) {
    JsonNode xv = x instanceof ObjectNode xo ? JsonNodes.get(xo, "value") : null;
    if (xv != null) {
      m.computeIfAbsent(ValueKey.of(valueDef, xv), k -> new ArrayList<>(1)).add((ObjectNode) x);
    }
  }

  private Map<Object, Integer> wholeKeys() {
    Map<Object, Integer> m = whole;
    if (m == null) {
      m = new HashMap<>(array.size() * 2);
      for (JsonNode x : array) {
        count(m, ValueKey.of(def, x), 1);
      }
      whole = m;
    }
    return m;
  }

  private static void count(Map<Object, Integer> m, @Nullable Object key, int delta) {
    if (key != null) {
      m.merge(key, delta, (a, b) -> a + b == 0 ? null : a + b);
    }
  }
}
