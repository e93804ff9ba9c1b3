package io.scimworks.server.internal;

import io.scimworks.filter.AttributeInfo;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.AttributeResolver;
import io.scimworks.filter.CompareOperator;
import io.scimworks.filter.CompareValue;
import io.scimworks.filter.Filter;
import io.scimworks.server.spi.ResourceMatcher;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Evaluates a filter against JSON resources with the schema's {@code caseExact} and types. */
final class Matcher implements ResourceMatcher {
  private final AttributeResolver resolver;
  private final Filter filter;

  Matcher(AttributeResolver resolver, Filter filter) {
    this.resolver = resolver;
    this.filter = filter;
  }

  @Override
  public boolean matches(ObjectNode resource) {
    return test(filter, resource, null);
  }

  private boolean test(Filter f, ObjectNode r, @Nullable AttributePath parent) {
    if (f instanceof Filter.And) {
      Filter.And a = (Filter.And) f;
      return test(a.left(), r, parent) && test(a.right(), r, parent);
    }
    if (f instanceof Filter.Or) {
      Filter.Or o = (Filter.Or) f;
      return test(o.left(), r, parent) || test(o.right(), r, parent);
    }
    if (f instanceof Filter.Not) {
      return !test(((Filter.Not) f).filter(), r, parent);
    }
    if (f instanceof Filter.Present) {
      AttributePath p = ((Filter.Present) f).path();
      for (JsonNode v : values(r, p, parent)) {
        if (present(v)) {
          return true;
        }
      }
      return false;
    }
    if (f instanceof Filter.ValuePath) {
      Filter.ValuePath vp = (Filter.ValuePath) f;
      for (JsonNode element : values(r, vp.path(), parent)) {
        if (element instanceof ObjectNode && test(vp.filter(), (ObjectNode) element, vp.path())) {
          return true;
        }
      }
      return false;
    }
    Filter.Compare c = (Filter.Compare) f;
    AttributePath qualified = parent == null ? c.path() : c.path().under(parent);
    AttributeInfo info = resolver.resolve(qualified);
    List<JsonNode> vs = values(r, c.path(), parent);
    if (c.operator() == CompareOperator.NE) {
      for (JsonNode v : vs) {
        if (compare(v, CompareOperator.EQ, c.value(), info)) {
          return false;
        }
      }
      return true;
    }
    for (JsonNode v : vs) {
      if (compare(v, c.operator(), c.value(), info)) {
        return true;
      }
    }
    return false;
  }

  private static boolean present(JsonNode v) {
    if (v.isNull() || v.isMissingNode()) {
      return false;
    }
    if (v.isString()) {
      return !v.stringValue().isEmpty();
    }
    return !v.isContainer() || !v.isEmpty();
  }

  /** The values at {@code path} (multi-valued attributes flattened). */
  private static List<JsonNode> values(
      ObjectNode r, AttributePath path, @Nullable AttributePath parent) {
    ObjectNode base = r;
    if (parent == null && path.schemaUrn() != null) {
      JsonNode ext = io.scimworks.core.json.ScimJson.getIgnoreCase(r, path.schemaUrn());
      if (ext instanceof ObjectNode) {
        base = (ObjectNode) ext;
      }
    }
    JsonNode top = io.scimworks.core.json.ScimJson.getIgnoreCase(base, path.attribute());
    List<JsonNode> out = new ArrayList<>();
    if (top == null) {
      return out;
    }
    List<JsonNode> level = new ArrayList<>();
    if (top.isArray()) {
      top.forEach(level::add);
    } else {
      level.add(top);
    }
    for (JsonNode n : level) {
      if (path.subAttribute() != null) {
        JsonNode sub =
            n instanceof ObjectNode
                ? io.scimworks.core.json.ScimJson.getIgnoreCase((ObjectNode) n, path.subAttribute())
                : null;
        if (sub != null) {
          out.add(sub);
        }
      } else if (n instanceof ObjectNode && top.isArray()) {
        JsonNode value = ((ObjectNode) n).get("value");
        out.add(value != null ? value : n);
      } else {
        out.add(n);
      }
    }
    return out;
  }

  private static boolean compare(
      JsonNode v, CompareOperator op, CompareValue literal, @Nullable AttributeInfo info) {
    if (literal instanceof CompareValue.NullValue) {
      return op == CompareOperator.EQ && v.isNull();
    }
    if (literal instanceof CompareValue.BooleanValue) {
      boolean b = ((CompareValue.BooleanValue) literal).value();
      Boolean actual =
          v.isBoolean()
              ? Boolean.valueOf(v.booleanValue())
              : v.isString()
                      && (v.stringValue().equalsIgnoreCase("true")
                          || v.stringValue().equalsIgnoreCase("false"))
                  ? Boolean.valueOf(v.stringValue())
                  : null;
      return op == CompareOperator.EQ && actual != null && actual == b;
    }
    if (literal instanceof CompareValue.NumberValue) {
      if (!v.isNumber()) {
        return false;
      }
      int cmp = v.decimalValue().compareTo(((CompareValue.NumberValue) literal).value());
      return ordered(op, cmp);
    }
    String expected = ((CompareValue.StringValue) literal).value();
    if (!v.isString()) {
      return false;
    }
    String actual = v.stringValue();
    if (info != null && info.type() == AttributeInfo.ValueType.DATE_TIME) {
      Integer cmp = dateCompare(actual, expected);
      if (cmp != null) {
        return ordered(op, cmp);
      }
    }
    boolean exact = info != null && info.caseExact();
    String a = exact ? actual : actual.toLowerCase(Locale.ROOT);
    String e = exact ? expected : expected.toLowerCase(Locale.ROOT);
    switch (op) {
      case EQ:
        return a.equals(e);
      case CO:
        return a.contains(e);
      case SW:
        return a.startsWith(e);
      case EW:
        return a.endsWith(e);
      default:
        return ordered(op, a.compareTo(e));
    }
  }

  private static @Nullable Integer dateCompare(String a, String b) {
    try {
      return OffsetDateTime.parse(a).toInstant().compareTo(OffsetDateTime.parse(b).toInstant());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static boolean ordered(CompareOperator op, int cmp) {
    switch (op) {
      case EQ:
        return cmp == 0;
      case GT:
        return cmp > 0;
      case GE:
        return cmp >= 0;
      case LT:
        return cmp < 0;
      case LE:
        return cmp <= 0;
      default:
        return false;
    }
  }

  static Comparator<ObjectNode> sorter(
      AttributeResolver resolver, AttributePath by, boolean descending) {
    AttributeInfo info = resolver.resolve(by);
    boolean exact = info != null && info.caseExact();
    Comparator<ObjectNode> c =
        (x, y) -> {
          JsonNode a = first(x, by);
          JsonNode b = first(y, by);
          if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
          }
          int cmp = compareNodes(a, b, exact);
          return descending ? -cmp : cmp;
        };
    return c;
  }

  private static @Nullable JsonNode first(ObjectNode r, AttributePath by) {
    List<JsonNode> vs = values(r, by, null);
    return vs.isEmpty() || vs.get(0).isNull() ? null : vs.get(0);
  }

  private static int compareNodes(JsonNode a, JsonNode b, boolean exact) {
    if (a.isNumber() && b.isNumber()) {
      BigDecimal x = a.decimalValue();
      return x.compareTo(b.decimalValue());
    }
    if (a.isBoolean() && b.isBoolean()) {
      return Boolean.compare(a.booleanValue(), b.booleanValue());
    }
    String x = a.asString();
    String y = b.asString();
    return exact ? x.compareTo(y) : x.compareToIgnoreCase(y);
  }
}
