package io.scimworks.core.patch;

import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import io.scimworks.core.schema.ResolvedAttribute;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Operations whose path names an attribute or a sub-attribute without a value filter ({@code
 * displayName}, {@code emails}, {@code name.givenName}, {@code emails.type}), RFC 7644 §3.5.2.1 to
 * §3.5.2.3: {@code add} merges into what is there, {@code replace} overwrites, {@code remove}
 * clears (or, with {@link PatchOptions#removeByValue()}, removes the given values).
 */
final class AttributeWrites {
  private final Patcher patcher;
  private final PatchEngine engine;

  AttributeWrites(Patcher patcher) {
    this.patcher = patcher;
    this.engine = patcher.engine;
  }

  /** Applies {@code op} with {@code value} to the attribute {@code t}. */
  void apply(PatchOp op, ResolvedAttribute t, @Nullable JsonNode value) {
    patcher.touch(t.attribute());
    if (t.subAttribute() != null) {
      subAttribute(op, t, value);
      return;
    }
    AttributeDefinition def = t.attribute();
    ObjectNode container = patcher.container(t, op != PatchOp.REMOVE);
    if (container == null) {
      return;
    }
    JsonNode current = JsonNodes.get(container, def.name());
    if (op == PatchOp.REMOVE) {
      remove(def, container, current, value);
    } else if (def.multiValued()) {
      multiValued(op, def, container, current, value);
    } else {
      singleValued(def, container, current, value);
    }
  }

  private void remove(
      AttributeDefinition def,
      ObjectNode container,
      @Nullable JsonNode current,
      @Nullable JsonNode value) {
    boolean byValue =
        value != null && !value.isNull() && def.multiValued() && engine.options().removeByValue();
    if (!byValue) {
      JsonNodes.remove(container, def.name());
    } else if (current instanceof ArrayNode array) {
      MultiValues.removeValues(def, array, value);
      if (array.isEmpty()) {
        JsonNodes.remove(container, def.name());
      }
    }
  }

  private void multiValued(
      PatchOp op,
      AttributeDefinition def,
      ObjectNode container,
      @Nullable JsonNode current,
      @Nullable JsonNode value) {
    JsonNode n = engine.normalizer().normalize(def, value, false);
    if (op == PatchOp.ADD && current instanceof ArrayNode array) {
      if (n != null) {
        List<JsonNode> touched = new ArrayList<>(n.size());
        ExistingValues existing = patcher.existingValues(def, array);
        MultiValues.addAll(existing, n, touched);
        MultiValues.fixPrimary(def, array, touched, existing);
      }
      return;
    }
    if (n == null) {
      if (op == PatchOp.REPLACE) {
        JsonNodes.remove(container, def.name());
      }
      return;
    }
    ArrayNode array = (ArrayNode) n;
    if (op == PatchOp.ADD) {
      // added one by one as to an existing array, so that values the same for the schema (X1 and
      // x1 where caseExact is false, a member given twice) are one value here too
      ArrayNode into = container.arrayNode(array.size() + 1);
      if (current != null && !current.isNull()) {
        // a stray single value where an array belongs: keep it as the first element
        into.add(current);
      }
      JsonNodes.set(container, def.name(), into);
      List<JsonNode> touched = new ArrayList<>(array.size());
      ExistingValues existing = patcher.existingValues(def, into);
      MultiValues.addAll(existing, array, touched);
      MultiValues.fixPrimary(def, into, touched, existing);
      return;
    }
    JsonNodes.set(container, def.name(), array);
    List<JsonNode> touched = new ArrayList<>(array.size());
    array.forEach(touched::add);
    MultiValues.fixPrimary(def, array, touched);
  }

  private void singleValued(
      AttributeDefinition def,
      ObjectNode container,
      @Nullable JsonNode current,
      @Nullable JsonNode value) {
    JsonNode n = engine.normalizer().normalize(def, value, true);
    if (n == null) {
      JsonNodes.remove(container, def.name());
    } else if (def.type() == AttributeType.COMPLEX) {
      // RFC 7644 §3.5.2.1/§3.5.2.3: sub-attributes not given are left unchanged
      ObjectNode into = current instanceof ObjectNode o ? o : container.objectNode();
      MultiValues.merge(into, (ObjectNode) n);
      if (into.isEmpty()) {
        JsonNodes.remove(container, def.name());
      } else {
        JsonNodes.set(container, def.name(), into);
      }
    } else {
      JsonNodes.set(container, def.name(), n);
    }
  }

  /** {@code name.givenName}, {@code manager.value}, or {@code emails.type} (every element). */
  private void subAttribute(PatchOp op, ResolvedAttribute t, @Nullable JsonNode value) {
    AttributeDefinition def = t.attribute();
    AttributeDefinition sub = t.subAttribute();
    ObjectNode container = patcher.container(t, op != PatchOp.REMOVE);
    if (container == null || sub == null) {
      return;
    }
    JsonNode current = JsonNodes.get(container, def.name());
    JsonNode n = op == PatchOp.REMOVE ? null : engine.normalizer().normalize(sub, value, false);
    if (def.multiValued()) {
      everyElement(def, sub, container, current, n);
      return;
    }
    ObjectNode object = current instanceof ObjectNode o ? o : null;
    if (object == null) {
      if (n == null) {
        return;
      }
      object = container.objectNode();
      JsonNodes.set(container, def.name(), object);
    }
    JsonNodes.setOrRemove(object, sub.name(), n);
    if (object.isEmpty()) {
      JsonNodes.remove(container, def.name());
    }
  }

  /** {@code emails.type}: the sub-attribute of every element (or a new element when none). */
  private static void everyElement(
      AttributeDefinition def,
      AttributeDefinition sub,
      ObjectNode container,
      @Nullable JsonNode current,
      @Nullable JsonNode n) {
    ArrayNode array = current instanceof ArrayNode a ? a : null;
    if (array == null || array.isEmpty()) {
      if (n != null) {
        ObjectNode element = container.objectNode();
        element.set(sub.name(), n);
        JsonNodes.set(container, def.name(), container.arrayNode().add(element));
      }
      return;
    }
    List<JsonNode> touched = new ArrayList<>(array.size());
    for (JsonNode element : array) {
      if (element instanceof ObjectNode o) {
        MultiValues.checkElementSub(def, sub, o, n);
        JsonNodes.setOrRemove(o, sub.name(), n);
        touched.add(o);
      }
    }
    MultiValues.dropEmptyElements(container, def.name(), array);
    MultiValues.fixPrimary(def, array, touched);
  }
}
