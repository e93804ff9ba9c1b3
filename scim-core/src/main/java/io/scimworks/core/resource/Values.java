package io.scimworks.core.resource;

import io.scimworks.core.json.ScimJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Converts plain Java values to JSON nodes the way SCIM writes them. */
final class Values {
  private Values() {}

  static JsonNode toNode(Object value) {
    JsonNodeFactory f = ScimJson.nodes();
    if (value instanceof JsonNode n) {
      return n;
    }
    if (value instanceof String s) {
      return f.stringNode(s);
    }
    if (value instanceof Boolean b) {
      return f.booleanNode(b);
    }
    if (value instanceof Integer i) {
      return f.numberNode(i);
    }
    if (value instanceof Long l) {
      return f.numberNode(l);
    }
    if (value instanceof BigDecimal d) {
      return f.numberNode(d);
    }
    if (value instanceof BigInteger d) {
      return f.numberNode(d);
    }
    if (value instanceof Double d) {
      return f.numberNode(d);
    }
    if (value instanceof Instant i) {
      return f.stringNode(i.toString());
    }
    if (value instanceof OffsetDateTime t) {
      return f.stringNode(t.toInstant().toString());
    }
    if (value instanceof Collection<?> c) {
      ArrayNode a = f.arrayNode();
      for (Object o : c) {
        a.add(o == null ? f.nullNode() : toNode(o));
      }
      return a;
    }
    if (value instanceof Map<?, ?> m) {
      ObjectNode o = f.objectNode();
      m.forEach((k, v) -> o.set(String.valueOf(k), v == null ? f.nullNode() : toNode(v)));
      return o;
    }
    return ScimJson.mapper().valueToTree(value);
  }
}
