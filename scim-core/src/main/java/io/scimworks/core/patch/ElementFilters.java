package io.scimworks.core.patch;

import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import io.scimworks.core.schema.internal.SimpleValues;
import io.scimworks.filter.CompareOperator;
import io.scimworks.filter.CompareValue;
import io.scimworks.filter.Filter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Value filters of PATCH paths ({@code emails[type eq "work"]}) seen as element templates: the
 * element an {@code add} creates when none matches. (Matching is scim-filter's {@code
 * FilterEvaluator.compileElementFilter}.)
 */
final class ElementFilters {
  private ElementFilters() {}

  /**
   * The element that {@code filter} describes, for an {@code add} that creates it: {@code type eq
   * "work" and primary eq true} gives {@code {"type": "work", "primary": true}}. {@code null} when
   * the filter is not a conjunction of equalities on the element's own sub-attributes.
   */
  static @Nullable ObjectNode template(AttributeDefinition def, Filter filter) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    return fill(def, filter, out) ? out : null;
  }

  /**
   * {@code filter} with each {@code "True"}/{@code "False"} (any case) compared with a boolean
   * sub-attribute of {@code def} read as the boolean: Entra ID writes {@code roles[primary eq
   * "True"].value} ({@link PatchOptions#booleanStrings()}). The same instance when nothing changes.
   */
  static Filter booleanStrings(AttributeDefinition def, Filter filter) {
    if (filter instanceof Filter.And and) {
      return rebuild(def, and.operands(), true, filter);
    }
    if (filter instanceof Filter.Or or) {
      return rebuild(def, or.operands(), false, filter);
    }
    if (filter instanceof Filter.Not not) {
      Filter inner = booleanStrings(def, not.filter());
      return inner == not.filter() ? filter : new Filter.Not(inner);
    }
    if (filter instanceof Filter.Compare c
        && (c.operator() == CompareOperator.EQ || c.operator() == CompareOperator.NE)
        && c.value() instanceof CompareValue.StringValue s
        && c.path().schemaUrn() == null
        && !c.path().hasSubAttribute()) {
      AttributeDefinition sub = def.subAttributeOrNull(c.path().attribute());
      Boolean b = SimpleValues.booleanString(s.value());
      if (sub != null && sub.type() == AttributeType.BOOLEAN && b != null) {
        return new Filter.Compare(c.path(), c.operator(), new CompareValue.BooleanValue(b));
      }
    }
    return filter;
  }

  /** A chain of {@code and}s or {@code or}s over rewritten operands, iteratively. */
  private static Filter rebuild(
      AttributeDefinition def, List<Filter> operands, boolean and, Filter original) {
    boolean changed = false;
    List<Filter> parts = new ArrayList<>(operands.size());
    for (Filter part : operands) {
      Filter rewritten = booleanStrings(def, part);
      changed |= rewritten != part;
      parts.add(rewritten);
    }
    if (!changed) {
      return original;
    }
    Filter out = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      out = and ? new Filter.And(out, parts.get(i)) : new Filter.Or(out, parts.get(i));
    }
    return out;
  }

  private static boolean fill(AttributeDefinition def, Filter f, ObjectNode out) {
    if (f instanceof Filter.And and) {
      for (Filter part : and.operands()) { // no recursion along a long chain
        if (!fill(def, part, out)) {
          return false;
        }
      }
      return true;
    }
    if (!(f instanceof Filter.Compare c)
        || c.operator() != CompareOperator.EQ
        || c.path().schemaUrn() != null
        || c.path().hasSubAttribute()) {
      return false;
    }
    AttributeDefinition sub = def.subAttributeOrNull(c.path().attribute());
    String name = sub == null ? c.path().attribute() : sub.name();
    JsonNode value;
    if (c.value() instanceof CompareValue.StringValue s) {
      value = StringNode.valueOf(s.value());
    } else if (c.value() instanceof CompareValue.BooleanValue b) {
      value = BooleanNode.valueOf(b.value());
    } else if (c.value() instanceof CompareValue.NumberValue n) {
      BigDecimal d = n.value();
      value = DecimalNode.valueOf(d);
    } else {
      return false;
    }
    JsonNode previous = out.get(name);
    if (previous != null && !previous.equals(value)) {
      return false; // type eq "a" and type eq "b": nothing to create
    }
    out.set(name, value);
    return true;
  }
}
