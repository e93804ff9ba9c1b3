package io.scimworks.core.patch;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.ResolvedAttribute;
import io.scimworks.filter.CompiledFilter;
import io.scimworks.filter.Filter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Operations whose path has a value filter: {@code emails[type eq "work"]} and {@code emails[type
 * eq "work"].value} (RFC 7644 §3.5.2). The filter selects elements of a multi-valued attribute;
 * {@code remove} drops them (or their sub-attribute), {@code replace} overwrites them, {@code add}
 * merges into them. No match is {@code noTarget}, except that {@code remove} of values already gone
 * is a no-op and, with {@link PatchOptions#filteredAddCreates()}, {@code add} creates the element
 * the filter describes (Entra ID).
 */
final class FilteredWrites {
  private final Patcher patcher;
  private final PatchEngine engine;

  FilteredWrites(Patcher patcher) {
    this.patcher = patcher;
    this.engine = patcher.engine;
  }

  /** Applies {@code operation}, whose path selects elements of {@code t} with {@code filter}. */
  void apply(
      PatchOperation operation, ResolvedAttribute t, Filter filter, @Nullable String subName) {
    PatchOp op = operation.op();
    AttributeDefinition def = t.attribute();
    if (engine.options().booleanStrings()) {
      filter = ElementFilters.booleanStrings(def, filter);
    }
    patcher.touch(def);
    if (!def.multiValued()) {
      throw ScimException.of(
          ScimType.INVALID_PATH,
          "'" + def.name() + "' is single-valued; a value filter needs a multi-valued attribute");
    }
    AttributeDefinition sub = subAttribute(def, subName);
    JsonNode value = op == PatchOp.REMOVE ? null : Patcher.requireValue(operation);
    ObjectNode container = patcher.container(t, op == PatchOp.ADD);
    JsonNode current = container == null ? null : JsonNodes.get(container, def.name());
    ArrayNode array = current instanceof ArrayNode a ? a : null;
    if (array != null) {
      patcher.countElementTests(array.size());
    }
    List<Integer> hits = matches(engine.matcher(t, filter), array);
    if (hits.isEmpty() && op == PatchOp.REMOVE) {
      // RFC 7644 §3.5.2.2 asks for noTarget only when the path is missing; removing values that
      // are already gone is a no-op, as removing an absent attribute is (Okta removes members
      // that another cycle already removed).
      return;
    }
    if (hits.isEmpty() && !(op == PatchOp.ADD && engine.options().filteredAddCreates())) {
      throw ScimException.of(
          ScimType.NO_TARGET, "no value of '" + def.name() + "' matches " + shown(def, filter));
    }
    JsonNode n = normalized(def, sub, value);
    if (op == PatchOp.REMOVE || (op == PatchOp.REPLACE && sub == null && n == null)) {
      removeHits(def, sub, container, array, hits);
      return;
    }
    List<JsonNode> touched = new ArrayList<>(Math.max(1, hits.size()));
    if (hits.isEmpty()) {
      create(def, filter, sub, n, container, array, touched);
    } else {
      writeHits(op, def, sub, n, array, hits, touched);
    }
    ArrayNode after = (ArrayNode) JsonNodes.get(container, def.name());
    if (after != null) {
      MultiValues.dropEmptyElements(container, def.name(), after);
      MultiValues.fixPrimary(def, after, touched);
    }
  }

  /**
   * A value filter as an error detail shows it: {@code [filter]}, or {@code [...]} when it may
   * compare a value that is never returned (the attribute or one of its sub-attributes is {@code
   * "returned": "never"}), which no detail quotes.
   */
  static String shown(@Nullable AttributeDefinition def, Filter filter) {
    if (def != null
        && (def.returned() == io.scimworks.core.schema.Returned.NEVER
            || def.subAttributes().stream()
                .anyMatch(a -> a.returned() == io.scimworks.core.schema.Returned.NEVER))) {
      return "[...]";
    }
    return "[" + filter + "]";
  }

  private static @Nullable AttributeDefinition subAttribute(
      AttributeDefinition def, @Nullable String subName) {
    if (subName == null) {
      return null;
    }
    AttributeDefinition sub = def.subAttributeOrNull(subName);
    if (sub == null) {
      throw ScimException.of(
          ScimType.INVALID_PATH, "'" + def.name() + "' has no sub-attribute '" + subName + "'");
    }
    return sub;
  }

  private static List<Integer> matches(CompiledFilter filter, @Nullable ArrayNode array) {
    List<Integer> hits = new ArrayList<>(2);
    if (array != null) {
      for (int i = 0; i < array.size(); i++) {
        if (filter.test(array.get(i))) {
          hits.add(i);
        }
      }
    }
    return hits;
  }

  private @Nullable JsonNode normalized(
      AttributeDefinition def, @Nullable AttributeDefinition sub, @Nullable JsonNode value) {
    if (value == null) {
      return null;
    }
    ValueNormalizer normalizer = engine.normalizer();
    return sub == null ? normalizer.element(def, value) : normalizer.normalize(sub, value, false);
  }

  private static void removeHits(
      AttributeDefinition def,
      @Nullable AttributeDefinition sub,
      @Nullable ObjectNode container,
      @Nullable ArrayNode array,
      List<Integer> hits) {
    if (array == null) {
      return;
    }
    if (sub == null) {
      // whole elements: removed in place from the last hit back, so the indexes stay valid and
      // the cost is one array shift per hit, not a rebuild of the array per operation
      for (int i = hits.size() - 1; i >= 0; i--) {
        array.remove(hits.get(i).intValue());
      }
      if (array.isEmpty() && container != null) {
        JsonNodes.remove(container, def.name());
      }
      return;
    }
    for (int at : hits) {
      if (array.get(at) instanceof ObjectNode o) {
        MultiValues.checkElementSub(def, sub, o, null);
        JsonNodes.remove(o, sub.name());
      }
    }
    MultiValues.dropEmptyElements(container, def.name(), array);
  }

  private static void writeHits(
      PatchOp op,
      AttributeDefinition def,
      @Nullable AttributeDefinition sub,
      @Nullable JsonNode n,
      ArrayNode array,
      List<Integer> hits,
      List<JsonNode> touched) {
    for (int at : hits) {
      JsonNode element = array.get(at);
      if (sub != null) {
        if (element instanceof ObjectNode o) {
          MultiValues.checkElementSub(def, sub, o, n);
          JsonNodes.setOrRemove(o, sub.name(), n);
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
            MultiValues.checkElementSub(def, s, o, e.getValue().isNull() ? null : e.getValue());
          }
        }
        MultiValues.merge(o, from);
        touched.add(o);
      } else if (n != null) {
        array.set(at, n);
        touched.add(n);
      }
    }
  }

  /** Entra: {@code add} on {@code emails[type eq "work"].value} with no work email creates it. */
  private void create(
      AttributeDefinition def,
      Filter filter,
      @Nullable AttributeDefinition sub,
      @Nullable JsonNode n,
      @Nullable ObjectNode container,
      @Nullable ArrayNode array,
      List<JsonNode> touched) {
    ObjectNode template = ElementFilters.template(def, filter);
    JsonNode element = template == null ? null : engine.normalizer().element(def, template);
    if (!(element instanceof ObjectNode created) || n == null || container == null) {
      throw ScimException.of(
          ScimType.NO_TARGET,
          "no value of '"
              + def.name()
              + "' matches "
              + shown(def, filter)
              + " and none can be created from it");
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
}
