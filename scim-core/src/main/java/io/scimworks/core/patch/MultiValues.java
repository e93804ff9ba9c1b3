package io.scimworks.core.patch;

import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import io.scimworks.core.schema.Mutability;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.ObjectNode;

/** Operations on the array of a multi-valued attribute. */
final class MultiValues {
  private MultiValues() {}

  /**
   * Adds {@code element} to {@code array} unless an equal value is there (RFC 7644 §3.5.2.1: "If
   * the target location already contains the value specified, no changes SHOULD be made"). A
   * complex element whose {@code value} (and {@code type}, when both have one) matches an existing
   * element is the same value: its other sub-attributes are merged into that element, so adding a
   * member twice, or with a {@code display}, never duplicates it.
   */
  static void addOrMerge(
      AttributeDefinition def, ArrayNode array, JsonNode element, List<JsonNode> touched) {
    if (element instanceof ObjectNode e && def.type() == AttributeType.COMPLEX) {
      JsonNode v = e.get("value");
      if (v != null) {
        AttributeDefinition valueDef = def.subAttributeOrNull("value");
        for (JsonNode x : array) {
          if (x instanceof ObjectNode xo && sameKey(valueDef, xo, v, e)) {
            mergeDifferent(def, xo, e);
            touched.add(xo);
            return;
          }
        }
        array.add(e);
        touched.add(e);
        return;
      }
    }
    for (JsonNode x : array) {
      if (JsonNodes.sameValue(def, x, element)) {
        return;
      }
    }
    array.add(element);
    touched.add(element);
  }

  /** Whether {@code x} has the value {@code v} and a compatible {@code type}. */
  private static boolean sameKey(
      @Nullable AttributeDefinition valueDef, ObjectNode x, JsonNode v, ObjectNode e) {
    JsonNode xv = JsonNodes.get(x, "value");
    if (xv == null || !JsonNodes.sameValue(valueDef, xv, v)) {
      return false;
    }
    JsonNode xt = JsonNodes.get(x, "type");
    JsonNode et = e.get("type");
    return xt == null || et == null || JsonNodes.sameValue(null, xt, et);
  }

  /**
   * Removes the elements equal to the given values (a complex value is identified by its {@code
   * value} sub-attribute, and by {@code type} too when the given value has one). Values that are
   * not there are ignored.
   */
  static void removeValues(AttributeDefinition def, ArrayNode array, JsonNode given) {
    if (given.isArray()) {
      for (JsonNode g : given) {
        removeValue(def, array, g);
      }
    } else {
      removeValue(def, array, given);
    }
  }

  private static void removeValue(AttributeDefinition def, ArrayNode array, JsonNode g) {
    JsonNode key = g;
    JsonNode type = null;
    boolean byValue = false;
    if (def.type() == AttributeType.COMPLEX) {
      if (g instanceof ObjectNode go && JsonNodes.get(go, "value") != null) {
        key = JsonNodes.get(go, "value");
        type = JsonNodes.get(go, "type");
        byValue = true;
      } else if (g.isString()) {
        byValue = true;
      }
    }
    AttributeDefinition valueDef = byValue ? def.subAttributeOrNull("value") : def;
    for (int i = array.size() - 1; i >= 0; i--) {
      JsonNode x = array.get(i);
      boolean match;
      if (byValue) {
        JsonNode xv = x instanceof ObjectNode xo ? JsonNodes.get(xo, "value") : null;
        JsonNode xt = x instanceof ObjectNode xo ? JsonNodes.get(xo, "type") : null;
        match =
            xv != null
                && key != null
                && JsonNodes.sameValue(valueDef, xv, key)
                && (type == null
                    || type.isNull()
                    || (xt != null && JsonNodes.sameValue(null, xt, type)));
      } else {
        match = JsonNodes.sameValue(valueDef, x, key);
      }
      if (match) {
        array.remove(i);
      }
    }
  }

  /**
   * Copies the members of {@code from} that differ (per the schema) into {@code into}, except
   * {@code immutable} ones that already have a value: adding a member again cannot rewrite it.
   */
  private static void mergeDifferent(AttributeDefinition def, ObjectNode into, ObjectNode from) {
    for (Map.Entry<String, JsonNode> e : from.properties()) {
      JsonNode old = JsonNodes.get(into, e.getKey());
      AttributeDefinition sub = def.subAttributeOrNull(e.getKey());
      if (old == null) {
        JsonNodes.set(into, e.getKey(), e.getValue());
      } else if (!JsonNodes.sameValue(sub, old, e.getValue())
          && (sub == null || sub.mutability() != Mutability.IMMUTABLE)) {
        JsonNodes.set(into, e.getKey(), e.getValue());
      }
    }
  }

  /** Copies the members of {@code from} into {@code into}; a null member removes it. */
  static void merge(ObjectNode into, ObjectNode from) {
    for (Map.Entry<String, JsonNode> e : from.properties()) {
      if (e.getValue().isNull()) {
        JsonNodes.remove(into, e.getKey());
      } else {
        JsonNodes.set(into, e.getKey(), e.getValue());
      }
    }
  }

  /**
   * RFC 7644 §3.5.2: setting {@code primary} to true on one value sets it to false on the others.
   * The last touched element with {@code primary: true} wins.
   */
  static void fixPrimary(AttributeDefinition def, ArrayNode array, List<JsonNode> touched) {
    if (touched.isEmpty() || def.subAttributeOrNull("primary") == null) {
      return;
    }
    JsonNode winner = null;
    for (JsonNode t : touched) {
      if (isPrimary(t)) {
        winner = t;
      }
    }
    if (winner == null) {
      return;
    }
    for (JsonNode x : array) {
      if (x != winner && isPrimary(x)) {
        ((ObjectNode) x).set("primary", BooleanNode.FALSE);
      }
    }
  }

  private static boolean isPrimary(JsonNode element) {
    if (!(element instanceof ObjectNode o)) {
      return false;
    }
    JsonNode p = o.get("primary");
    return p != null && p.isBoolean() && p.booleanValue();
  }
}
