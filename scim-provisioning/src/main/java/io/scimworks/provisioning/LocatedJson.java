package io.scimworks.provisioning;

import io.scimworks.core.json.ScimJson;
import java.util.IdentityHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A JSON tree that remembers the line where each of its nodes starts, for error messages. */
final class LocatedJson {
  private static final int MAX_DEPTH = 64;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<JsonNode, Integer> lines = new IdentityHashMap<>();
  private final JsonNode root;

  private LocatedJson(String text) {
    try (JsonParser p = ScimJson.mapper().createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new MappingException(1, "the file is empty");
      }
      root = value(p, t, 0);
      if (p.nextToken() != null) {
        throw new MappingException(line(p), "unexpected content after the JSON value");
      }
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
      throw new MappingException(line, "not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  static LocatedJson parse(String text) {
    return new LocatedJson(text);
  }

  JsonNode root() {
    return root;
  }

  /** The line where {@code node} starts (1 when unknown). */
  int line(JsonNode node) {
    return lines.getOrDefault(node, 1);
  }

  private JsonNode value(JsonParser p, JsonToken t, int depth) {
    if (depth > MAX_DEPTH) {
      throw new MappingException(line(p), "JSON nested more than " + MAX_DEPTH + " deep");
    }
    int line = line(p);
    JsonNode node =
        switch (t) {
          case START_OBJECT -> {
            ObjectNode o = NODES.objectNode();
            for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
              String name = p.currentName();
              o.set(name, value(p, p.nextToken(), depth + 1));
            }
            yield o;
          }
          case START_ARRAY -> {
            ArrayNode a = NODES.arrayNode();
            for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
              a.add(value(p, k, depth + 1));
            }
            yield a;
          }
          case VALUE_STRING -> NODES.stringNode(p.getString());
          case VALUE_NUMBER_INT -> NODES.numberNode(p.getBigIntegerValue());
          case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDecimalValue());
          case VALUE_TRUE -> NODES.booleanNode(true);
          case VALUE_FALSE -> NODES.booleanNode(false);
          default -> NODES.nullNode();
        };
    lines.put(node, line);
    return node;
  }

  private static int line(JsonParser p) {
    return Math.max(1, p.currentTokenLocation().getLineNr());
  }
}
