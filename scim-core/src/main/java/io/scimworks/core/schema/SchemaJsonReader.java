package io.scimworks.core.schema;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads RFC 7643 schema and resource-type JSON; keys are matched case-insensitively. */
final class SchemaJsonReader {
  private SchemaJsonReader() {}

  static Schema schema(JsonNode json) {
    ObjectNode o = object(json, "schema");
    String id = requiredText(o, "id", "schema");
    Schema.Builder b = Schema.builder(id).name(text(o, "name")).description(text(o, "description"));
    JsonNode attrs = get(o, "attributes");
    if (attrs != null && !attrs.isNull()) {
      if (!attrs.isArray()) {
        throw invalid("schema " + id + ": 'attributes' must be an array");
      }
      for (JsonNode a : attrs) {
        b.attribute(attribute(a, id));
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage());
    }
  }

  static AttributeDefinition attribute(JsonNode json, String where) {
    ObjectNode o = object(json, "attribute of " + where);
    String name = requiredText(o, "name", "attribute of " + where);
    String path = where + ":" + name;
    String typeName = text(o, "type");
    AttributeType type =
        typeName == null
            ? AttributeType.STRING
            : AttributeType.fromJsonName(typeName)
                .orElseThrow(() -> invalid(path + ": unknown type '" + typeName + "'"));
    AttributeDefinition.Builder b =
        AttributeDefinition.builder(name, type)
            .multiValued(bool(o, "multiValued"))
            .required(bool(o, "required"))
            .caseExact(bool(o, "caseExact"))
            .description(text(o, "description"))
            .canonicalValues(strings(o, "canonicalValues", path))
            .referenceTypes(strings(o, "referenceTypes", path));
    String m = text(o, "mutability");
    if (m != null) {
      b.mutability(
          Mutability.fromJsonName(m)
              .orElseThrow(() -> invalid(path + ": unknown mutability '" + m + "'")));
    }
    String r = text(o, "returned");
    if (r != null) {
      b.returned(
          Returned.fromJsonName(r)
              .orElseThrow(() -> invalid(path + ": unknown returned '" + r + "'")));
    }
    String u = text(o, "uniqueness");
    if (u != null) {
      b.uniqueness(
          Uniqueness.fromJsonName(u)
              .orElseThrow(() -> invalid(path + ": unknown uniqueness '" + u + "'")));
    }
    JsonNode subs = get(o, "subAttributes");
    if (type == AttributeType.COMPLEX && subs != null && subs.isArray()) {
      for (JsonNode s : subs) {
        b.subAttributes(attribute(s, path));
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage());
    }
  }

  static ResourceType resourceType(JsonNode json) {
    ObjectNode o = object(json, "resource type");
    String name = requiredText(o, "name", "resource type");
    String id = text(o, "id");
    ResourceType.Builder b =
        ResourceType.builder(
                name,
                requiredText(o, "endpoint", "resource type " + name),
                requiredText(o, "schema", "resource type " + name))
            .id(id == null ? name : id)
            .description(text(o, "description"));
    JsonNode exts = get(o, "schemaExtensions");
    if (exts != null && exts.isArray()) {
      for (JsonNode e : exts) {
        ObjectNode eo = object(e, "schema extension of " + name);
        b.extension(
            requiredText(eo, "schema", "schema extension of " + name), bool(eo, "required"));
      }
    }
    return b.build();
  }

  static @Nullable JsonNode get(ObjectNode o, String key) {
    JsonNode v = o.get(key);
    if (v != null) {
      return v;
    }
    for (Map.Entry<String, JsonNode> e : o.properties()) {
      if (e.getKey().equalsIgnoreCase(key)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static ObjectNode object(JsonNode json, String what) {
    if (json instanceof ObjectNode o) {
      return o;
    }
    throw invalid(what + " must be a JSON object");
  }

  private static @Nullable String text(ObjectNode o, String key) {
    JsonNode v = get(o, key);
    return v == null || v.isNull() ? null : v.asString();
  }

  private static String requiredText(ObjectNode o, String key, String what) {
    String v = text(o, key);
    if (v == null || v.isEmpty()) {
      throw invalid(what + " has no '" + key + "'");
    }
    return v;
  }

  private static boolean bool(ObjectNode o, String key) {
    JsonNode v = get(o, key);
    if (v == null || v.isNull()) {
      return false;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isString() && ("true".equalsIgnoreCase(v.stringValue()))) {
      return true;
    }
    if (v.isString() && ("false".equalsIgnoreCase(v.stringValue()))) {
      return false;
    }
    throw invalid("'" + key + "' must be a boolean");
  }

  private static List<String> strings(ObjectNode o, String key, String where) {
    JsonNode v = get(o, key);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw invalid(where + ": '" + key + "' must be an array of strings");
    }
    for (JsonNode s : v) {
      out.add(s.asString());
    }
    return out;
  }

  private static ScimException invalid(@Nullable String detail) {
    return ScimException.of(ScimType.INVALID_SYNTAX, String.valueOf(detail));
  }
}
