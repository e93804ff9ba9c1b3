package io.scimworks.core.patch;

import io.scimworks.core.CaseFolding;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import io.scimworks.filter.JsonNumbers;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON tree helpers that follow SCIM's rules: names ignore case, values follow the schema. */
final class JsonNodes {
  private JsonNodes() {}

  /** The key of {@code object} equal to {@code name} ignoring case, or {@code null}. */
  static @Nullable String findKey(ObjectNode object, String name) {
    if (object.get(name) != null) {
      return name;
    }
    for (String key : object.propertyNames()) {
      if (key.equalsIgnoreCase(name)) {
        return key;
      }
    }
    return null;
  }

  /** The member of {@code object} named {@code name} ignoring case, or {@code null}. */
  static @Nullable JsonNode get(ObjectNode object, String name) {
    JsonNode exact = object.get(name);
    if (exact != null) {
      return exact;
    }
    String key = findKey(object, name);
    return key == null ? null : object.get(key);
  }

  /** Sets {@code name} (canonical case), replacing a member whose name differs only in case. */
  static void set(ObjectNode object, String name, JsonNode value) {
    if (object.get(name) == null) {
      String key = findKey(object, name);
      if (key != null) {
        object.remove(key);
      }
    }
    object.set(name, value);
  }

  /** Removes the member named {@code name} ignoring case; returns whether there was one. */
  static boolean remove(ObjectNode object, String name) {
    String key = findKey(object, name);
    return key != null && object.remove(key) != null;
  }

  /** Sets {@code name} to {@code n}, or removes it when {@code n} is {@code null}. */
  static void setOrRemove(ObjectNode o, String name, @Nullable JsonNode n) {
    if (n == null) {
      remove(o, name);
    } else {
      set(o, name, n);
    }
  }

  /** Whether the node holds no value in SCIM's sense: absent, null, or an empty array. */
  static boolean isUnassigned(@Nullable JsonNode node) {
    return node == null
        || node.isNull()
        || node.isMissingNode()
        || (node.isArray() && node.isEmpty())
        || (node.isObject() && node.isEmpty());
  }

  /**
   * Whether two values are the same for the attribute: strings per {@code caseExact}, numbers
   * numerically, complex values sub-attribute by sub-attribute, arrays element by element.
   */
  static boolean sameValue(@Nullable AttributeDefinition def, JsonNode a, JsonNode b) {
    if (a.isString() && b.isString()) {
      boolean exact = def != null && (def.caseExact() || def.type() == AttributeType.BINARY);
      return exact
          ? a.stringValue().equals(b.stringValue())
          : CaseFolding.equal(a.stringValue(), b.stringValue());
    }
    if (a.isNumber() && b.isNumber()) {
      return JsonNumbers.equal(a, b);
    }
    if (a instanceof ObjectNode oa && b instanceof ObjectNode ob) {
      if (oa.size() != ob.size()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> e : oa.properties()) {
        JsonNode other = get(ob, e.getKey());
        AttributeDefinition sub = def == null ? null : def.subAttributeOrNull(e.getKey());
        if (other == null || !sameValue(sub, e.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof ArrayNode aa && b instanceof ArrayNode ab) {
      if (aa.size() != ab.size()) {
        return false;
      }
      Iterator<JsonNode> ib = ab.iterator();
      for (JsonNode x : aa) {
        if (!sameValue(def, x, ib.next())) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /** A short description of a JSON value's kind for error details. */
  static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case NULL -> "null";
      default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
