package io.scimworks.core.resource;

import io.scimworks.core.json.ScimJson;
import io.scimworks.core.schema.internal.SimpleValues;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Lenient readers and null-skipping writers for the typed views. */
final class Nodes {
  private Nodes() {}

  static @Nullable String text(@Nullable JsonNode o, String key) {
    if (!(o instanceof ObjectNode obj)) {
      return null;
    }
    JsonNode v = ScimJson.getIgnoreCase(obj, key);
    return v == null || v.isNull() || v.isContainer() ? null : v.asString();
  }

  /** A boolean sent as JSON boolean or as the strings "true"/"false" in any case. */
  static @Nullable Boolean bool(@Nullable JsonNode o, String key) {
    if (!(o instanceof ObjectNode obj)) {
      return null;
    }
    JsonNode v = ScimJson.getIgnoreCase(obj, key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    return v.isString() ? SimpleValues.booleanString(v.stringValue()) : null;
  }

  static @Nullable ObjectNode object(@Nullable JsonNode o, String key) {
    if (!(o instanceof ObjectNode obj)) {
      return null;
    }
    JsonNode v = ScimJson.getIgnoreCase(obj, key);
    return v instanceof ObjectNode r ? r : null;
  }

  static <T> List<T> list(@Nullable JsonNode o, String key, Function<JsonNode, T> reader) {
    if (!(o instanceof ObjectNode obj)) {
      return List.of();
    }
    JsonNode v = ScimJson.getIgnoreCase(obj, key);
    if (v == null || !v.isArray()) {
      return List.of();
    }
    List<T> out = new ArrayList<>(v.size());
    for (JsonNode e : v) {
      if (!e.isNull()) {
        out.add(reader.apply(e));
      }
    }
    return List.copyOf(out);
  }

  static void put(ObjectNode o, String key, @Nullable String value) {
    if (value != null) {
      o.put(key, value);
    }
  }

  static void put(ObjectNode o, String key, @Nullable Boolean value) {
    if (value != null) {
      o.put(key, value);
    }
  }

  /** Sets {@code key} (replacing any spelling of it) or removes it when {@code value} is null. */
  static void replace(ObjectNode o, String key, @Nullable JsonNode value) {
    String existing = ScimJson.keyIgnoreCase(o, key);
    if (existing != null && !existing.equals(key)) {
      o.remove(existing);
    }
    if (value == null) {
      o.remove(key);
    } else {
      o.set(key, value);
    }
  }

  static <T> @Nullable ArrayNode array(
      @Nullable List<T> values, Function<T, ? extends JsonNode> writer) {
    if (values == null) {
      return null;
    }
    ArrayNode a = ScimJson.array();
    values.forEach(v -> a.add(writer.apply(v)));
    return a;
  }
}
