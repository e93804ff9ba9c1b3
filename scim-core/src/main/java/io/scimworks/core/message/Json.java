package io.scimworks.core.message;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.json.ScimJson;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Lenient readers shared by the message records. */
final class Json {
  private Json() {}

  static @Nullable JsonNode get(ObjectNode o, String key) {
    JsonNode v = ScimJson.getIgnoreCase(o, key);
    return v == null || v.isNull() ? null : v;
  }

  static @Nullable String text(ObjectNode o, String key) {
    JsonNode v = get(o, key);
    if (v == null) {
      return null;
    }
    if (v.isContainer()) {
      throw ScimException.of(ScimType.INVALID_SYNTAX, "'" + key + "' must be a string");
    }
    return v.asString();
  }

  /** An integer sent as a JSON number or as a string of digits. */
  static @Nullable Integer integer(ObjectNode o, String key) {
    JsonNode v = get(o, key);
    if (v == null) {
      return null;
    }
    if (v.isIntegralNumber() && v.canConvertToInt()) {
      return v.intValue();
    }
    if (v.isString()) {
      try {
        return Integer.parseInt(v.stringValue().trim());
      } catch (NumberFormatException e) {
        // fall through
      }
    }
    throw ScimException.of(ScimType.INVALID_VALUE, "'" + key + "' must be an integer, got " + v);
  }

  static @Nullable Long longValue(ObjectNode o, String key) {
    JsonNode v = get(o, key);
    if (v == null) {
      return null;
    }
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      return v.longValue();
    }
    if (v.isString()) {
      try {
        return Long.parseLong(v.stringValue().trim());
      } catch (NumberFormatException e) {
        // fall through
      }
    }
    throw ScimException.of(ScimType.INVALID_VALUE, "'" + key + "' must be an integer, got " + v);
  }

  /** A list of strings sent as a JSON array or as one comma-separated string. */
  static List<String> strings(ObjectNode o, String key) {
    JsonNode v = get(o, key);
    List<String> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (v.isString()) {
      for (String s : v.stringValue().split(",")) {
        if (!s.isBlank()) {
          out.add(s.trim());
        }
      }
      return out;
    }
    if (!v.isArray()) {
      throw ScimException.of(ScimType.INVALID_SYNTAX, "'" + key + "' must be an array of strings");
    }
    for (JsonNode s : v) {
      out.add(s.asString());
    }
    return out;
  }

  static ObjectNode object(JsonNode node, String what) {
    if (node instanceof ObjectNode o) {
      return o;
    }
    throw ScimException.of(ScimType.INVALID_SYNTAX, what + " must be a JSON object");
  }
}
