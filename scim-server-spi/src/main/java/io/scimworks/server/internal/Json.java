package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reading and writing request and response bodies. */
public final class Json {
  /** Deeper JSON is refused as {@code invalidSyntax}, long before any stack is at risk. */
  static final int MAX_DEPTH = 64;

  /** The mapper; immutable and thread-safe. */
  public static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                  .build())
          .build();

  private Json() {}

  /** A new empty object. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Parses a request body that must be a JSON object; 400 {@code invalidSyntax} otherwise. */
  public static ObjectNode parseObject(byte[] body) {
    if (body.length == 0) {
      throw ScimException.of(ScimType.INVALID_SYNTAX, "The request body is empty");
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (JacksonException e) {
      throw new ScimException(
          400, ScimType.INVALID_SYNTAX.keyword(), "The request body is not valid JSON", e);
    }
    if (node == null || !node.isObject()) {
      throw ScimException.of(ScimType.INVALID_SYNTAX, "The request body must be a JSON object");
    }
    return (ObjectNode) node;
  }

  /** The UTF-8 bytes of {@code node}. */
  public static byte[] write(JsonNode node) {
    return MAPPER.writeValueAsBytes(node);
  }
}
