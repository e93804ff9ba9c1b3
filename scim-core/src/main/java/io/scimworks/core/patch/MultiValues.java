package io.scimworks.core.patch;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import io.scimworks.core.schema.Mutability;
import io.scimworks.core.schema.internal.ValueKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.ObjectNode;

/** Operations on the array of a multi-valued attribute. */
final class MultiValues {
  private MultiValues() {}

  /**
   * Adds each value of {@code values} (an array, or one value) to the array {@code existing}
   * indexes unless an equal value is there (RFC 7644 §3.5.2.1: "If the target location already
   * contains the value specified, no changes SHOULD be made"). A complex element whose {@code
   * value} (and {@code type}, when both have one) matches an existing element is the same value:
   * its other sub-attributes are merged into that element, so adding a member twice, or with a
   * {@code display}, never duplicates it. Linear in the sizes of both: existing values are found by
   * hash (and the hashes outlive the call, see {@link Patcher#existingValues}).
   */
  static void addAll(ExistingValues existing, JsonNode values, List<JsonNode> touched) {
    if (values.isArray()) {
      for (JsonNode element : values) {
        existing.addOrMerge(element, touched);
      }
    } else {
      existing.addOrMerge(values, touched);
    }
  }

  /**
   * Removes the elements equal to the given values (a complex value is identified by its {@code
   * value} sub-attribute, and by {@code type} too when the given value has one). Values that are
   * not there are ignored. Linear: the given values are hashed, the array is walked once.
   */
  static void removeValues(AttributeDefinition def, ArrayNode array, JsonNode given) {
    AttributeDefinition valueDef = def.subAttributeOrNull("value");
    Map<Object, List<@Nullable JsonNode>> byValue = new HashMap<>();
    Set<Object> whole = new HashSet<>();
    for (JsonNode g : given.isArray() ? given : List.of(given)) {
      JsonNode gv = g instanceof ObjectNode go ? JsonNodes.get(go, "value") : null;
      if (def.type() == AttributeType.COMPLEX && gv != null) {
        JsonNode type = JsonNodes.get((ObjectNode) g, "type");
        byValue
            .computeIfAbsent(ValueKey.of(valueDef, gv), k -> new ArrayList<>(1))
            .add(type == null || type.isNull() ? null : type);
      } else if (def.type() == AttributeType.COMPLEX && g.isString()) {
        byValue.computeIfAbsent(ValueKey.of(valueDef, g), k -> new ArrayList<>(1)).add(null);
      } else {
        whole.add(ValueKey.of(def, g));
      }
    }
    List<JsonNode> kept = new ArrayList<>(array.size());
    for (JsonNode x : array) {
      if (!removed(def, valueDef, x, byValue, whole)) {
        kept.add(x);
      }
    }
    if (kept.size() != array.size()) {
      array.removeAll();
      array.addAll(kept);
    }
  }

  private static boolean removed(
      AttributeDefinition def,
      @Nullable AttributeDefinition valueDef,
      JsonNode x,
      Map<Object, List<@Nullable JsonNode>> byValue,
      Set<Object> whole) {
    if (!byValue.isEmpty() && x instanceof ObjectNode xo) {
      JsonNode xv = JsonNodes.get(xo, "value");
      List<@Nullable JsonNode> types = xv == null ? null : byValue.get(ValueKey.of(valueDef, xv));
      if (types != null) {
        JsonNode xt = JsonNodes.get(xo, "type");
        for (JsonNode type : types) {
          if (type == null || (xt != null && JsonNodes.sameValue(null, xt, type))) {
            return true;
          }
        }
      }
    }
    return !whole.isEmpty() && whole.contains(ValueKey.of(def, x));
  }

  /**
   * Copies the members of {@code from} that differ (per the schema) into {@code into}, except
   * {@code immutable} ones that already have a value: adding a member again cannot rewrite it.
   */
  static void mergeDifferent(AttributeDefinition def, ObjectNode into, ObjectNode from) {
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
   *
   * @return whether an element was changed
   */
  static boolean fixPrimary(AttributeDefinition def, ArrayNode array, List<JsonNode> touched) {
    return fixPrimary(def, array, touched, null);
  }

  /**
   * As {@link #fixPrimary(AttributeDefinition, ArrayNode, List)}, for an add through {@code
   * existing}: once one pass has left a single primary value, the next add of the same run looks
   * only at that value and at what it touched, not at the whole array.
   */
  static boolean fixPrimary(
      AttributeDefinition def,
      ArrayNode array,
      List<JsonNode> touched,
      @Nullable ExistingValues existing) {
    if (touched.isEmpty() || def.subAttributeOrNull("primary") == null) {
      return false;
    }
    JsonNode winner = null;
    for (JsonNode t : touched) {
      if (isPrimary(t)) {
        winner = t;
      }
    }
    if (winner == null) {
      return false;
    }
    JsonNode known = existing == null ? null : existing.solePrimary();
    boolean changed = false;
    for (JsonNode x : known == null ? array : touched) {
      changed |= clearPrimary(x, winner, existing);
    }
    if (known != null) {
      changed |= clearPrimary(known, winner, existing);
    }
    if (existing != null) {
      existing.solePrimary(winner);
    }
    return changed;
  }

  private static boolean clearPrimary(
      JsonNode x, JsonNode winner, @Nullable ExistingValues existing) {
    if (x == winner || !isPrimary(x)) {
      return false;
    }
    if (existing != null) {
      existing.unsetPrimary((ObjectNode) x);
    } else {
      ((ObjectNode) x).set("primary", BooleanNode.FALSE);
    }
    return true;
  }

  private static boolean isPrimary(JsonNode element) {
    if (!(element instanceof ObjectNode o)) {
      return false;
    }
    JsonNode p = o.get("primary");
    return p != null && p.isBoolean() && p.booleanValue();
  }

  /**
   * A sub-attribute of existing elements of a multi-valued attribute ({@code members[...].value})
   * changes only if the schema lets it: never when readOnly, and when immutable only while unset.
   */
  static void checkElementSub(
      AttributeDefinition def, AttributeDefinition sub, ObjectNode element, @Nullable JsonNode n) {
    Mutability m = sub.mutability();
    if (m != Mutability.READ_ONLY && m != Mutability.IMMUTABLE) {
      return;
    }
    JsonNode old = JsonNodes.get(element, sub.name());
    boolean had = !JsonNodes.isUnassigned(old);
    boolean same = had ? n != null && old.equals(n) : n == null;
    if (!same && (m == Mutability.READ_ONLY || had)) {
      throw ScimException.of(
          ScimType.MUTABILITY,
          "'"
              + def.name()
              + "."
              + sub.name()
              + "' is "
              + m
              + (had ? " and already has a value" : ""));
    }
  }

  /** Drops elements that became empty objects, and the attribute when no element is left. */
  static void dropEmptyElements(
      @Nullable ObjectNode container, String name, @Nullable ArrayNode array) {
    if (container == null || array == null) {
      return;
    }
    List<JsonNode> kept = new ArrayList<>(array.size());
    for (JsonNode e : array) {
      if (!(e.isObject() && e.isEmpty())) {
        kept.add(e);
      }
    }
    if (kept.isEmpty()) {
      JsonNodes.remove(container, name);
    } else if (kept.size() != array.size()) {
      array.removeAll();
      array.addAll(kept);
    }
  }
}
