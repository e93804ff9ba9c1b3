package io.scimworks.core.patch;

import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.CompareOperator;
import io.scimworks.filter.CompareValue;
import io.scimworks.filter.Filter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Value filters of PATCH paths ({@code emails[type eq "work"]}): tests one element of a
 * multi-valued attribute, and derives the element an {@code add} creates when none matches.
 */
final class ElementFilters {
  private ElementFilters() {}

  /** A predicate over one element of {@code def}; filter paths are relative to the element. */
  static Predicate<JsonNode> compile(AttributeDefinition def, Filter filter) {
    // interim evaluator until scim-filter's FilterEvaluator.compileElementFilter is on main
    return element -> test(def, filter, element);
  }

  private static boolean test(AttributeDefinition def, Filter f, JsonNode element) {
    if (f instanceof Filter.And and) {
      return test(def, and.left(), element) && test(def, and.right(), element);
    } else if (f instanceof Filter.Or or) {
      return test(def, or.left(), element) || test(def, or.right(), element);
    } else if (f instanceof Filter.Not not) {
      return !test(def, not.filter(), element);
    } else if (f instanceof Filter.Present p) {
      JsonNode v = value(element, p.path());
      return !JsonNodes.isUnassigned(v);
    } else if (f instanceof Filter.Compare c) {
      JsonNode v = value(element, c.path());
      AttributeDefinition sub = def.subAttributeOrNull(c.path().attribute());
      return compare(sub, v, c.operator(), c.value());
    }
    return false;
  }

  private static @Nullable JsonNode value(JsonNode element, AttributePath path) {
    if (!(element instanceof ObjectNode o)) {
      return path.attribute().equalsIgnoreCase("value") ? element : null;
    }
    return JsonNodes.get(o, path.attribute());
  }

  private static boolean compare(
      @Nullable AttributeDefinition sub, @Nullable JsonNode v, CompareOperator op, CompareValue c) {
    if (v == null || v.isNull()) {
      return op == CompareOperator.NE && !(c instanceof CompareValue.NullValue)
          || op == CompareOperator.EQ && c instanceof CompareValue.NullValue;
    }
    if (c instanceof CompareValue.StringValue s && v.isString()) {
      boolean exact = sub != null && sub.caseExact();
      String a = exact ? v.stringValue() : v.stringValue().toLowerCase(Locale.ROOT);
      String b = exact ? s.value() : s.value().toLowerCase(Locale.ROOT);
      return switch (op) {
        case EQ -> a.equals(b);
        case NE -> !a.equals(b);
        case CO -> a.contains(b);
        case SW -> a.startsWith(b);
        case EW -> a.endsWith(b);
        case GT -> a.compareTo(b) > 0;
        case GE -> a.compareTo(b) >= 0;
        case LT -> a.compareTo(b) < 0;
        case LE -> a.compareTo(b) <= 0;
      };
    }
    if (c instanceof CompareValue.BooleanValue b) {
      boolean actual =
          v.isBoolean()
              ? v.booleanValue()
              : v.isString() && v.stringValue().equalsIgnoreCase("true");
      boolean known = v.isBoolean() || v.isString();
      return known
          && (op == CompareOperator.EQ
              ? actual == b.value()
              : op == CompareOperator.NE && actual != b.value());
    }
    if (c instanceof CompareValue.NumberValue n && v.isNumber()) {
      int cmp = v.decimalValue().compareTo(n.value());
      return switch (op) {
        case EQ -> cmp == 0;
        case NE -> cmp != 0;
        case GT -> cmp > 0;
        case GE -> cmp >= 0;
        case LT -> cmp < 0;
        case LE -> cmp <= 0;
        default -> false;
      };
    }
    return op == CompareOperator.NE;
  }

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
      return fill(def, and.left(), out) && fill(def, and.right(), out);
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
