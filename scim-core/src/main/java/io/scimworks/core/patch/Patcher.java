package io.scimworks.core.patch;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import io.scimworks.core.schema.Mutability;
import io.scimworks.core.schema.ResolvedAttribute;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.CompiledFilter;
import io.scimworks.filter.Filter;
import io.scimworks.filter.PatchPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One application of a PATCH request to a working copy of a resource (RFC 7644 §3.5.2). Mutates
 * only that copy; {@link PatchEngine} throws the copy away when any operation fails.
 */
final class Patcher {
  private final PatchEngine engine;
  private final ObjectNode root;
  private final List<String> touchedExtensions = new ArrayList<>(2);
  private final List<AttributeDefinition> touchedAttributes = new ArrayList<>(8);
  private final List<String> removedExtensions = new ArrayList<>(1);
  private int index;
  private @Nullable PatchOperation current;

  Patcher(PatchEngine engine, ObjectNode root) {
    this.engine = engine;
    this.root = root;
  }

  /** Applies one operation; errors name the operation and its path. */
  void apply(int index, PatchOperation op) {
    this.index = index;
    this.current = op;
    try {
      PatchPath path = op.path();
      if (path == null) {
        if (op.op() == PatchOp.REMOVE) {
          throw ScimException.of(ScimType.NO_TARGET, "remove needs a path (RFC 7644 §3.5.2.2)");
        }
        noPath(op.op(), requireValue(op));
        return;
      }
      ResolvedAttribute t = engine.resolve(path.attribute());
      if (t == null) {
        String urn = extensionUrn(path.attribute());
        if (urn != null && path.valueFilter() == null) {
          wholeExtension(op.op(), urn, op);
          return;
        }
        throw ScimException.of(
            ScimType.INVALID_PATH,
            "no attribute '" + path.attribute() + "' in the schemas of " + engine.typeName());
      }
      Filter filter = path.valueFilter();
      if (filter != null) {
        filtered(op.op(), t, filter, path.subAttribute(), op);
      } else {
        attribute(op.op(), t, op.op() == PatchOp.REMOVE ? op.value() : requireValue(op));
      }
    } catch (ScimException e) {
      throw e.withDetail(where() + ": " + e.detail());
    }
  }

  /** Tidies extension objects and {@code schemas} after all operations. */
  void finish() {
    for (String urn : touchedExtensions) {
      String key = JsonNodes.findKey(root, urn);
      JsonNode ext = key == null ? null : root.get(key);
      if (key != null && JsonNodes.isUnassigned(ext)) {
        root.remove(key);
      }
      SchemasAttribute.sync(
          root, engine.coreSchemaUrn(), urn, key != null && root.get(key) != null);
    }
  }

  /**
   * Whether an operation wrote to or removed the attribute {@code def} (of the extension {@code
   * urn}, or of the core schema when {@code null}): only those need checking afterwards.
   */
  boolean touched(AttributeDefinition def, @Nullable String urn) {
    for (AttributeDefinition d : touchedAttributes) {
      if (d == def) {
        return true;
      }
    }
    if (urn != null) {
      for (String u : removedExtensions) {
        if (u.equalsIgnoreCase(urn)) {
          return true;
        }
      }
    }
    return false;
  }

  private void touch(AttributeDefinition def) {
    if (!touched(def, null)) {
      touchedAttributes.add(def);
    }
  }

  private String where() {
    PatchOperation op = current;
    return "Operations[" + index + "] (" + (op == null ? "?" : op.toString()) + ")";
  }

  private static JsonNode requireValue(PatchOperation op) {
    JsonNode v = op.value();
    if (v == null || (op.op() == PatchOp.ADD && v.isNull())) {
      throw ScimException.of(ScimType.INVALID_VALUE, op.op().jsonName() + " needs a value");
    }
    return v;
  }

  // ---- no path: the value is an object of attributes (RFC 7644 §3.5.2.1 and §3.5.2.3) ----

  private void noPath(PatchOp op, JsonNode value) {
    if (!(value instanceof ObjectNode attributes)) {
      throw ScimException.of(
          ScimType.INVALID_VALUE,
          op.jsonName()
              + " without a path needs an object of attributes, not "
              + JsonNodes.kind(value));
    }
    for (Map.Entry<String, JsonNode> e : attributes.properties()) {
      String key = e.getKey();
      JsonNode v = e.getValue();
      if (key.equalsIgnoreCase("schemas")) {
        continue; // maintained by the engine from the extensions present
      }
      String urn = engine.extensionUrn(key);
      if (urn != null || key.equalsIgnoreCase(engine.coreSchemaUrn())) {
        if (!(v instanceof ObjectNode inner)) {
          throw ScimException.of(
              ScimType.INVALID_VALUE, "'" + key + "' needs an object of attributes");
        }
        for (Map.Entry<String, JsonNode> ie : inner.properties()) {
          keyed(op, urn == null ? engine.coreSchemaUrn() : urn, ie.getKey(), ie.getValue());
        }
      } else {
        keyed(op, null, key, v);
      }
    }
  }

  /** One member of a no-path value: an attribute name, or a path when the options allow. */
  private void keyed(PatchOp op, @Nullable String urn, String key, JsonNode v) {
    AttributePath path = keyPath(urn, key);
    ResolvedAttribute t = path == null ? null : engine.resolve(path);
    if (t == null) {
      throw ScimException.of(
          ScimType.INVALID_PATH,
          "no attribute '" + key + "' in the schemas of " + engine.typeName());
    }
    AttributeDefinition target = t.definition();
    if (t.attribute().mutability() == Mutability.READ_ONLY
        || target.mutability() == Mutability.READ_ONLY) {
      return; // RFC 7643 §2.2: values clients send for readOnly attributes are ignored
    }
    attribute(op, t, v);
  }

  private @Nullable AttributePath keyPath(@Nullable String urn, String key) {
    String schema = urn;
    String rest = key;
    if (!engine.options().pathKeysInValue()) {
      return new AttributePath(schema, key, null);
    }
    if (schema == null && key.regionMatches(true, 0, "urn:", 0, 4)) {
      int colon = key.lastIndexOf(':');
      schema = key.substring(0, colon);
      rest = key.substring(colon + 1);
    }
    int dot = rest.indexOf('.');
    String attr = dot < 0 ? rest : rest.substring(0, dot);
    String sub = dot < 0 ? null : rest.substring(dot + 1);
    if (attr.isEmpty() || (sub != null && (sub.isEmpty() || sub.indexOf('.') >= 0))) {
      return null;
    }
    return new AttributePath(schema, attr, sub);
  }

  private @Nullable String extensionUrn(AttributePath path) {
    if (path.schemaUrn() == null || path.hasSubAttribute()) {
      return null;
    }
    return engine.extensionUrn(path.schemaUrn() + ":" + path.attribute());
  }

  /** A path naming a whole extension ({@code urn:...:enterprise:2.0:User}). */
  private void wholeExtension(PatchOp op, String urn, PatchOperation operation) {
    if (op == PatchOp.REMOVE) {
      String key = JsonNodes.findKey(root, urn);
      if (key != null) {
        root.remove(key);
        touch(urn);
        removedExtensions.add(urn);
      }
      return;
    }
    JsonNode value = requireValue(operation);
    if (!(value instanceof ObjectNode attributes)) {
      throw ScimException.of(ScimType.INVALID_VALUE, "'" + urn + "' needs an object of attributes");
    }
    for (Map.Entry<String, JsonNode> e : attributes.properties()) {
      keyed(op, urn, e.getKey(), e.getValue());
    }
  }

  // ---- an attribute or sub-attribute without a value filter ----

  private void attribute(PatchOp op, ResolvedAttribute t, @Nullable JsonNode value) {
    touch(t.attribute());
    if (t.subAttribute() != null) {
      subAttribute(op, t, value);
      return;
    }
    AttributeDefinition def = t.attribute();
    ObjectNode container = container(t, op != PatchOp.REMOVE);
    if (container == null) {
      return;
    }
    JsonNode current = JsonNodes.get(container, def.name());
    ValueNormalizer normalizer = engine.normalizer();
    if (op == PatchOp.REMOVE) {
      if (value != null
          && !value.isNull()
          && def.multiValued()
          && engine.options().removeByValue()) {
        if (current instanceof ArrayNode array) {
          MultiValues.removeValues(def, array, value);
          if (array.isEmpty()) {
            JsonNodes.remove(container, def.name());
          }
        }
      } else {
        JsonNodes.remove(container, def.name());
      }
      return;
    }
    if (def.multiValued()) {
      JsonNode n = normalizer.normalize(def, value, false);
      if (op == PatchOp.REPLACE || !(current instanceof ArrayNode)) {
        if (n == null) {
          if (op == PatchOp.REPLACE) {
            JsonNodes.remove(container, def.name());
          }
          return;
        }
        ArrayNode array = (ArrayNode) n;
        if (op == PatchOp.ADD && current != null && !current.isNull()) {
          // a stray single value where an array belongs: keep it as the first element
          array.insert(0, current);
        }
        JsonNodes.set(container, def.name(), array);
        List<JsonNode> touched = new ArrayList<>(array.size());
        array.forEach(touched::add);
        MultiValues.fixPrimary(def, array, touched);
        return;
      }
      ArrayNode array = (ArrayNode) current;
      if (n != null) {
        List<JsonNode> touched = new ArrayList<>(n.size());
        for (JsonNode element : n) {
          MultiValues.addOrMerge(def, array, element, touched);
        }
        MultiValues.fixPrimary(def, array, touched);
      }
      return;
    }
    JsonNode n = normalizer.normalize(def, value, true);
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
    ObjectNode container = container(t, op != PatchOp.REMOVE);
    if (container == null || sub == null) {
      return;
    }
    JsonNode current = JsonNodes.get(container, def.name());
    JsonNode n = op == PatchOp.REMOVE ? null : engine.normalizer().normalize(sub, value, false);
    if (def.multiValued()) {
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
          checkElementSub(def, sub, o, n);
          setOrRemove(o, sub.name(), n);
          touched.add(o);
        }
      }
      dropEmptyElements(container, def.name(), array);
      MultiValues.fixPrimary(def, array, touched);
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
    setOrRemove(object, sub.name(), n);
    if (object.isEmpty()) {
      JsonNodes.remove(container, def.name());
    }
  }

  // ---- a value filter: emails[type eq "work"] and emails[type eq "work"].value ----

  private void filtered(
      PatchOp op,
      ResolvedAttribute t,
      Filter filter,
      @Nullable String subName,
      PatchOperation operation) {
    AttributeDefinition def = t.attribute();
    touch(def);
    if (!def.multiValued()) {
      throw ScimException.of(
          ScimType.INVALID_PATH,
          "'" + def.name() + "' is single-valued; a value filter needs a multi-valued attribute");
    }
    AttributeDefinition sub = null;
    if (subName != null) {
      sub = def.subAttributeOrNull(subName);
      if (sub == null) {
        throw ScimException.of(
            ScimType.INVALID_PATH, "'" + def.name() + "' has no sub-attribute '" + subName + "'");
      }
    }
    JsonNode value = op == PatchOp.REMOVE ? null : requireValue(operation);
    ObjectNode container = container(t, op == PatchOp.ADD);
    JsonNode current = container == null ? null : JsonNodes.get(container, def.name());
    ArrayNode array = current instanceof ArrayNode a ? a : null;
    CompiledFilter matches = engine.matcher(t, filter);
    List<Integer> hits = new ArrayList<>(2);
    if (array != null) {
      for (int i = 0; i < array.size(); i++) {
        if (matches.test(array.get(i))) {
          hits.add(i);
        }
      }
    }
    if (hits.isEmpty() && op == PatchOp.REMOVE) {
      // RFC 7644 §3.5.2.2 asks for noTarget only when the path is missing; removing values that
      // are already gone is a no-op, as removing an absent attribute is (Okta removes members
      // that another cycle already removed).
      return;
    }
    if (hits.isEmpty() && !(op == PatchOp.ADD && engine.options().filteredAddCreates())) {
      throw ScimException.of(
          ScimType.NO_TARGET, "no value of '" + def.name() + "' matches [" + filter + "]");
    }
    ValueNormalizer normalizer = engine.normalizer();
    JsonNode n =
        value == null
            ? null
            : sub == null
                ? normalizer.element(def, value)
                : normalizer.normalize(sub, value, false);
    if (op == PatchOp.REMOVE || (op == PatchOp.REPLACE && sub == null && n == null)) {
      for (int i = hits.size() - 1; i >= 0; i--) {
        int at = hits.get(i);
        if (sub == null) {
          array.remove(at);
        } else if (array.get(at) instanceof ObjectNode o) {
          checkElementSub(def, sub, o, null);
          JsonNodes.remove(o, sub.name());
        }
      }
      dropEmptyElements(container, def.name(), array);
      return;
    }
    List<JsonNode> touched = new ArrayList<>(Math.max(1, hits.size()));
    if (hits.isEmpty()) {
      create(def, filter, sub, n, container, array, touched);
    }
    for (int at : hits) {
      JsonNode element = array.get(at);
      if (sub != null) {
        if (element instanceof ObjectNode o) {
          checkElementSub(def, sub, o, n);
          setOrRemove(o, sub.name(), n);
          touched.add(o);
        }
      } else if (op == PatchOp.REPLACE) {
        JsonNode copy = touched.isEmpty() ? n : n.deepCopy();
        array.set(at, copy);
        touched.add(copy);
      } else if (element instanceof ObjectNode o && n instanceof ObjectNode from) {
        for (Map.Entry<String, JsonNode> e : from.properties()) {
          AttributeDefinition s = def.subAttributeOrNull(e.getKey());
          if (s != null) {
            checkElementSub(def, s, o, e.getValue().isNull() ? null : e.getValue());
          }
        }
        MultiValues.merge(o, from);
        touched.add(o);
      } else if (n != null) {
        array.set(at, n);
        touched.add(n);
      }
    }
    array = (ArrayNode) JsonNodes.get(container, def.name());
    if (array != null) {
      dropEmptyElements(container, def.name(), array);
      MultiValues.fixPrimary(def, array, touched);
    }
  }

  /** Entra: {@code add} on {@code emails[type eq "work"].value} with no work email creates it. */
  private void create(
      AttributeDefinition def,
      Filter filter,
      @Nullable AttributeDefinition sub,
      @Nullable JsonNode n,
      ObjectNode container,
      @Nullable ArrayNode array,
      List<JsonNode> touched) {
    ObjectNode template = ElementFilters.template(def, filter);
    JsonNode element = template == null ? null : engine.normalizer().element(def, template);
    if (!(element instanceof ObjectNode created) || n == null) {
      throw ScimException.of(
          ScimType.NO_TARGET,
          "no value of '"
              + def.name()
              + "' matches ["
              + filter
              + "] and none can be created from it");
    }
    if (sub != null) {
      created.set(sub.name(), n);
    } else if (n instanceof ObjectNode from) {
      MultiValues.merge(created, from);
    } else {
      throw ScimException.of(ScimType.INVALID_VALUE, "'" + def.name() + "' elements are objects");
    }
    ArrayNode target = array;
    if (target == null) {
      target = container.arrayNode();
      JsonNodes.set(container, def.name(), target);
    }
    target.add(created);
    touched.add(created);
  }

  /**
   * A sub-attribute of existing elements of a multi-valued attribute ({@code members[...].value})
   * changes only if the schema lets it: never when readOnly, and when immutable only while unset.
   */
  private static void checkElementSub(
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

  private static void setOrRemove(ObjectNode o, String name, @Nullable JsonNode n) {
    if (n == null) {
      JsonNodes.remove(o, name);
    } else {
      JsonNodes.set(o, name, n);
    }
  }

  private static void dropEmptyElements(
      @Nullable ObjectNode container, String name, @Nullable ArrayNode array) {
    if (container == null || array == null) {
      return;
    }
    for (int i = array.size() - 1; i >= 0; i--) {
      JsonNode e = array.get(i);
      if (e.isObject() && e.isEmpty()) {
        array.remove(i);
      }
    }
    if (array.isEmpty()) {
      JsonNodes.remove(container, name);
    }
  }

  /** The object holding the attribute: the resource, or its extension object. */
  private @Nullable ObjectNode container(ResolvedAttribute t, boolean create) {
    if (!t.extension()) {
      return root;
    }
    String urn = t.schemaUrn();
    String key = JsonNodes.findKey(root, urn);
    JsonNode ext = key == null ? null : root.get(key);
    if (ext instanceof ObjectNode o) {
      touch(urn);
      return o;
    }
    if (!create) {
      return null;
    }
    if (key != null) {
      root.remove(key);
    }
    touch(urn);
    return root.putObject(urn);
  }

  private void touch(String urn) {
    for (String u : touchedExtensions) {
      if (u.equalsIgnoreCase(urn)) {
        return;
      }
    }
    touchedExtensions.add(urn);
  }
}
