package io.scimworks.core.patch;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import io.scimworks.core.schema.Mutability;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Turns an operation's {@code value} into what the resource will hold for an attribute: checked
 * against the schema's type, names in canonical case, read-only sub-attributes dropped, and the
 * identity-provider shorthands of {@link PatchOptions} expanded. Always returns fresh nodes, so the
 * request is never aliased into a result.
 */
final class ValueNormalizer {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper ROLE_READER = JsonMapper.builder().build();

  private final PatchOptions options;

  ValueNormalizer(PatchOptions options) {
    this.options = options;
  }

  /**
   * The value for attribute {@code def}, or {@code null} when it unassigns the attribute (JSON
   * null, an empty array, Entra's {@code {"value": ""}} for a manager).
   *
   * @param keepNulls for a complex single-valued value merged into an existing one: keep {@code
   *     null} sub-attributes as {@code NullNode} so the merge removes them
   */
  @Nullable JsonNode normalize(
      AttributeDefinition def, @Nullable JsonNode value, boolean keepNulls) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return null;
    }
    if (def.multiValued()) {
      ArrayNode out = NODES.arrayNode();
      if (value.isArray()) {
        for (JsonNode item : value) {
          addElement(out, def, item);
        }
      } else {
        addElement(out, def, value);
      }
      return out.isEmpty() ? null : out;
    }
    return single(def, value, keepNulls);
  }

  /** One element of a multi-valued attribute, or {@code null} for a null element. */
  @Nullable JsonNode element(AttributeDefinition def, @Nullable JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isArray()) {
      throw invalid("an element of '" + def.name() + "' cannot be an array");
    }
    JsonNode n = single(def, value, false);
    return n == null || (n.isObject() && n.isEmpty()) ? null : n;
  }

  private void addElement(ArrayNode out, AttributeDefinition def, JsonNode item) {
    JsonNode n = element(def, item);
    if (n != null) {
      out.add(n);
    }
  }

  private @Nullable JsonNode single(AttributeDefinition def, JsonNode value, boolean keepNulls) {
    if (def.type() == AttributeType.COMPLEX) {
      return complex(def, value, keepNulls);
    }
    return simple(def, value);
  }

  private @Nullable JsonNode complex(AttributeDefinition def, JsonNode value, boolean keepNulls) {
    JsonNode v = value;
    if (options.complexValueShorthands()) {
      if (v.isString() && def.subAttributeOrNull("value") != null) {
        v = NODES.objectNode().put("value", v.stringValue());
      } else if (!def.multiValued() && v.isArray() && v.size() <= 1) {
        if (v.isEmpty()) {
          return null;
        }
        v = v.get(0);
      }
    }
    if (!(v instanceof ObjectNode in)) {
      throw invalid(
          "'" + def.name() + "' is complex and needs an object, not " + JsonNodes.kind(v));
    }
    if (options.decodeJsonRoleValues() && def.name().equalsIgnoreCase("roles")) {
      in = decodeRole(in);
    }
    ObjectNode out = NODES.objectNode();
    for (Map.Entry<String, JsonNode> e : in.properties()) {
      AttributeDefinition sub = def.subAttributeOrNull(e.getKey());
      if (sub == null) {
        // not in the schema: kept as sent; validation decides whether unknown attributes pass
        if (!e.getValue().isNull() || keepNulls) {
          out.set(e.getKey(), e.getValue().deepCopy());
        }
        continue;
      }
      if (sub.mutability() == Mutability.READ_ONLY) {
        continue; // RFC 7643 §2.2: values of readOnly attributes provided by clients are ignored
      }
      JsonNode n = normalize(sub, e.getValue(), false);
      if (n != null) {
        out.set(sub.name(), n);
      } else if (keepNulls) {
        out.set(sub.name(), NullNode.getInstance());
      }
    }
    if (options.complexValueShorthands() && !def.multiValued() && clearsByEmptyValue(out)) {
      return null;
    }
    return out;
  }

  /** Entra clears a manager with {@code {"value": ""}}: an empty value and nothing else. */
  private static boolean clearsByEmptyValue(ObjectNode out) {
    JsonNode v = out.get("value");
    if (v == null || !v.isString() || !v.stringValue().isEmpty()) {
      return false;
    }
    for (Map.Entry<String, JsonNode> e : out.properties()) {
      if (!e.getKey().equals("value") && !e.getValue().isNull()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Entra ID sends app roles as {@code {"value":
   * "{\"id\":..,\"value\":\"Admin\",\"displayName\":..}"}}: the role is the JSON inside the string.
   * Its {@code displayName} becomes the role's {@code display}; members the schema does not know
   * (the app role's {@code id}) are dropped.
   */
  private static ObjectNode decodeRole(ObjectNode in) {
    JsonNode raw = JsonNodes.get(in, "value");
    if (raw == null || !raw.isString() || !raw.stringValue().strip().startsWith("{")) {
      return in;
    }
    JsonNode decoded;
    try {
      decoded = ROLE_READER.readTree(raw.stringValue());
    } catch (JacksonException e) {
      return in; // not JSON after all: an ordinary role value that starts with a brace
    }
    if (!(decoded instanceof ObjectNode inner)) {
      return in;
    }
    ObjectNode role = in.deepCopy();
    JsonNodes.remove(role, "value");
    for (Map.Entry<String, JsonNode> e : inner.properties()) {
      String key = e.getKey();
      if (key.equalsIgnoreCase("displayName")) {
        JsonNodes.set(role, "display", e.getValue());
      } else if (key.equalsIgnoreCase("value")
          || key.equalsIgnoreCase("type")
          || key.equalsIgnoreCase("primary")
          || key.equalsIgnoreCase("display")) {
        JsonNodes.set(role, key, e.getValue());
      }
    }
    return role;
  }

  private JsonNode simple(AttributeDefinition def, JsonNode v) {
    switch (def.type()) {
      case BOOLEAN -> {
        if (v.isBoolean()) {
          return v;
        }
        if (options.booleanStrings() && v.isString()) {
          String s = v.stringValue().strip();
          if (s.equalsIgnoreCase("true")) {
            return BooleanNode.TRUE;
          }
          if (s.equalsIgnoreCase("false")) {
            return BooleanNode.FALSE;
          }
        }
        throw typeError(def, "a boolean", v);
      }
      case INTEGER -> {
        if (v.isIntegralNumber()) {
          return v;
        }
        throw typeError(def, "an integer", v);
      }
      case DECIMAL -> {
        if (v.isNumber()) {
          return v;
        }
        throw typeError(def, "a number", v);
      }
      case DATE_TIME -> {
        if (v.isString()) {
          try {
            OffsetDateTime.parse(v.stringValue());
            return v;
          } catch (DateTimeParseException e) {
            throw invalid(
                "'" + def.name() + "' needs an RFC 3339 date-time, not '" + v.stringValue() + "'");
          }
        }
        throw typeError(def, "an RFC 3339 date-time string", v);
      }
      case STRING -> {
        if (v.isString()) {
          return def.enforceCanonicalValues() ? canonical(def, v) : v;
        }
        throw typeError(def, "a string", v);
      }
      default -> {
        if (v.isString()) {
          return v;
        }
        throw typeError(def, "a string", v);
      }
    }
  }

  /** A value the schema restricts to its {@code canonicalValues}, in their canonical spelling. */
  private static JsonNode canonical(AttributeDefinition def, JsonNode v) {
    List<String> allowed = def.canonicalValues();
    if (allowed.isEmpty()) {
      return v;
    }
    String s = v.stringValue();
    for (String c : allowed) {
      if (c.equals(s)) {
        return v;
      }
    }
    if (!def.caseExact()) {
      for (String c : allowed) {
        if (c.equalsIgnoreCase(s)) {
          return StringNode.valueOf(c);
        }
      }
    }
    throw invalid(
        "'"
            + shorten(s)
            + "' is not an allowed value of '"
            + def.name()
            + "'; allowed values: "
            + String.join(", ", allowed));
  }

  private static String shorten(String s) {
    return s.length() > 64 ? s.substring(0, 64) + "..." : s;
  }

  private static ScimException typeError(AttributeDefinition def, String expected, JsonNode v) {
    String shown = v.isString() ? "\"" + shorten(v.stringValue()) + "\"" : JsonNodes.kind(v);
    return invalid("'" + def.name() + "' needs " + expected + ", not " + shown);
  }

  static ScimException invalid(String detail) {
    return ScimException.of(ScimType.INVALID_VALUE, detail);
  }
}
