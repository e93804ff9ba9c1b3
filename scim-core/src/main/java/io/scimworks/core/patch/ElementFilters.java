package io.scimworks.core.patch;

import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.filter.CompareOperator;
import io.scimworks.filter.CompareValue;
import io.scimworks.filter.Filter;
import java.math.BigDecimal;
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
