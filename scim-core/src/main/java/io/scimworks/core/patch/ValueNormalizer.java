package io.scimworks.core.patch;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.internal.Shown;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import io.scimworks.core.schema.Mutability;
import io.scimworks.core.schema.internal.SimpleValues;
import io.scimworks.core.schema.internal.ValueShorthands;
import io.scimworks.core.validation.UnknownAttributes;
import io.scimworks.core.validation.ValidationOptions;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns an operation's {@code value} into what the resource will hold for an attribute: checked
 * against the schema's type, names in canonical case, read-only sub-attributes dropped, and the
 * identity-provider shorthands of {@link PatchOptions} expanded. Always returns fresh nodes, so the
 * request is never aliased into a result.
 */
final class ValueNormalizer {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final PatchOptions options;
  private final UnknownAttributes unknown;
  private final SimpleValues.Coercions coercions;

  ValueNormalizer(PatchOptions options, ValidationOptions validation) {
    this.options = options;
    this.unknown = validation.unknownAttributes();
    this.coercions =
        new SimpleValues.Coercions(
            options.booleanStrings(),
            validation.coerceNumberStrings(),
            validation.enforceAllCanonicalValues());
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
    if (options.complexValueShorthands() && !def.multiValued() && v.isArray() && v.isEmpty()) {
      return null; // an empty array unassigns, as validation reads it
    }
    if (options.complexValueShorthands() && ValueShorthands.apply(def)) {
      if (v.isString()) {
        v = NODES.objectNode().put("value", v.stringValue());
      } else if (v.isArray() && v.size() == 1) {
        v = v.get(0);
      }
    }
    if (!(v instanceof ObjectNode in)) {
      throw invalid(
          "'"
              + def.name()
              + "' is complex and needs "
              + (def.multiValued() ? "an object per value" : "one JSON object")
              + ", not "
              + JsonNodes.kind(v));
    }
    if (options.decodeJsonRoleValues() && def.name().equalsIgnoreCase("roles")) {
      in = decodeRole(in);
    }
    ObjectNode out = NODES.objectNode();
    for (Map.Entry<String, JsonNode> e : in.properties()) {
      AttributeDefinition sub = def.subAttributeOrNull(e.getKey());
      if (sub == null) {
        unknownMember(def, out, e.getKey(), e.getValue(), keepNulls);
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

  /** A member no sub-attribute defines: the unknown-attribute policy decides, as on a POST. */
  private void unknownMember(
      AttributeDefinition def, ObjectNode out, String key, JsonNode value, boolean keepNulls) {
    switch (unknown) {
      case KEEP -> {
        if (!value.isNull() || keepNulls) {
          out.set(key, value.deepCopy());
        }
      }
      case DROP -> {
        // ignored
      }
      case REJECT ->
          throw ScimException.of(
              ScimType.INVALID_SYNTAX,
              "unknown attribute '" + def.name() + "." + Shown.text(key) + "'");
    }
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
      decoded = ScimJson.read(raw.stringValue()); // the codec's limits hold inside the string too
    } catch (ScimException e) {
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
    return SimpleValues.check(def, v, new Quoted(def.name()), coercions);
  }

  /** An attribute name quoted in an error detail, rendered only when one is thrown. */
  private record Quoted(String name) {
    @Override
    public String toString() {
      return "'" + name + "'";
    }
  }

  static ScimException invalid(String detail) {
    return ScimException.of(ScimType.INVALID_VALUE, detail);
  }
}
