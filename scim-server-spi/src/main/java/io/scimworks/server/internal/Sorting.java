package io.scimworks.server.internal;

import io.scimworks.core.json.ScimJson;
import io.scimworks.filter.AttributeInfo;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.AttributeResolver;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code sortBy} (RFC 7644 §3.4.2.3): resources ordered by the first value of an attribute (the
 * {@code value} of a multi-valued complex one), strings by the schema's {@code caseExact}, numbers
 * numerically; resources without a value sort last.
 */
final class Sorting {
  private Sorting() {}

  static Comparator<ObjectNode> comparator(
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

  /** The values at {@code path} (multi-valued attributes flattened). */
  private static List<JsonNode> values(
      ObjectNode r, AttributePath path, @Nullable AttributePath parent) {
    ObjectNode base = r;
    if (parent == null && path.schemaUrn() != null) {
      JsonNode ext = ScimJson.getIgnoreCase(r, path.schemaUrn());
      if (ext instanceof ObjectNode) {
        base = (ObjectNode) ext;
      }
    }
    JsonNode top = ScimJson.getIgnoreCase(base, path.attribute());
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
                ? ScimJson.getIgnoreCase((ObjectNode) n, path.subAttribute())
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
}
