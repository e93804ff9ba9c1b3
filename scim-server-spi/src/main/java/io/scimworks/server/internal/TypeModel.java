package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.Mutability;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.Returned;
import io.scimworks.core.schema.Schema;
import io.scimworks.core.schema.SchemaRegistry;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the server does with a resource type's schemas: cleans incoming resources (client-sent
 * {@code id}, {@code meta} and read-only attributes dropped, explicit nulls removed, required and
 * canonical values checked) and strips {@code returned: never} attributes from outgoing ones.
 */
public final class TypeModel {
  private final SchemaRegistry registry;
  private final ResourceType type;
  private final Schema core;
  private final List<Schema> extensions;

  /** The model of {@code type}. */
  public TypeModel(SchemaRegistry registry, ResourceType type) {
    this.registry = registry;
    this.type = type;
    this.core = registry.coreSchema(type);
    this.extensions = registry.extensionSchemas(type);
  }

  /** The resource type. */
  public ResourceType type() {
    return type;
  }

  /** The registry. */
  public SchemaRegistry registry() {
    return registry;
  }

  /**
   * A client's resource made ready to store: {@code id}, {@code meta} and read-only attributes
   * removed, {@code schemas} limited to the type's own URNs, required attributes checked.
   */
  public ObjectNode incoming(ObjectNode body) {
    ObjectNode r = body.deepCopy();
    removeNulls(r, 0);
    removeKey(r, "id");
    removeKey(r, "meta");
    List<String> schemas = new ArrayList<>();
    schemas.add(type.schema());
    List<String> sent = sentSchemas(r);
    for (Schema ext : extensions) {
      String key = ScimJson.keyIgnoreCase(r, ext.id());
      if (key != null) {
        JsonNode value = r.remove(key);
        if (value.isObject()) {
          ObjectNode clean = (ObjectNode) value;
          stripReadOnly(clean, ext);
          check(clean, ext);
          if (!clean.isEmpty()) {
            r.set(ext.id(), clean);
            schemas.add(ext.id());
          }
        } else if (!value.isNull()) {
          throw ScimException.of(
              ScimType.INVALID_SYNTAX, "Extension " + ext.id() + " must be a JSON object");
        }
      } else if (containsIgnoreCase(sent, ext.id())) {
        // Listed in schemas with no attributes: nothing to keep.
      }
    }
    stripReadOnly(r, core);
    check(r, core);
    for (Schema ext : extensions) {
      if (type.extension(ext.id()).map(e -> e.required()).orElse(false) && !r.has(ext.id())) {
        throw ScimException.of(ScimType.INVALID_VALUE, "Extension " + ext.id() + " is required");
      }
    }
    ArrayNode array = r.putArray("schemas");
    schemas.forEach(array::add);
    return r;
  }

  /** Removes what is never returned (e.g. {@code password}). */
  public void outgoing(ObjectNode r) {
    stripNever(r, core);
    for (Schema ext : extensions) {
      JsonNode e = ScimJson.getIgnoreCase(r, ext.id());
      if (e instanceof ObjectNode) {
        stripNever((ObjectNode) e, ext);
      }
    }
  }

  private static List<String> sentSchemas(ObjectNode r) {
    List<String> out = new ArrayList<>();
    JsonNode s = ScimJson.getIgnoreCase(r, "schemas");
    if (s != null && s.isArray()) {
      for (JsonNode n : s) {
        if (n.isString()) {
          out.add(n.stringValue());
        }
      }
    } else if (s != null && !s.isNull()) {
      throw ScimException.of(ScimType.INVALID_SYNTAX, "'schemas' must be an array of URIs");
    }
    removeKey(r, "schemas");
    return out;
  }

  private static boolean containsIgnoreCase(List<String> list, String value) {
    return list.stream().anyMatch(value::equalsIgnoreCase);
  }

  private static void stripReadOnly(ObjectNode r, Schema schema) {
    for (AttributeDefinition a : schema.attributes()) {
      if (a.mutability() == Mutability.READ_ONLY) {
        removeKey(r, a.name());
      }
    }
  }

  private static void stripNever(ObjectNode r, Schema schema) {
    for (AttributeDefinition a : schema.attributes()) {
      if (a.returned() == Returned.NEVER) {
        removeKey(r, a.name());
      }
    }
  }

  /** Checks required attributes, simple types and enforced canonical values. */
  private static void check(ObjectNode r, Schema schema) {
    for (AttributeDefinition a : schema.attributes()) {
      JsonNode v = ScimJson.getIgnoreCase(r, a.name());
      if (v == null) {
        if (a.required() && a.mutability() != Mutability.READ_ONLY) {
          throw ScimException.of(
              ScimType.INVALID_VALUE, "Attribute '" + a.name() + "' is required");
        }
        continue;
      }
      checkShape(a, v);
      if (a.enforceCanonicalValues() && v.isString()) {
        String value = v.stringValue();
        if (a.canonicalValues().stream().noneMatch(c -> c.equalsIgnoreCase(value))) {
          throw ScimException.of(
              ScimType.INVALID_VALUE,
              "'"
                  + value
                  + "' is not a valid "
                  + a.name()
                  + "; expected one of "
                  + a.canonicalValues());
        }
      }
    }
  }

  private static void checkShape(AttributeDefinition a, JsonNode v) {
    if (a.multiValued()) {
      if (!v.isArray()) {
        throw wrongType(a, "an array");
      }
      for (JsonNode element : v) {
        checkSingle(a, element);
      }
    } else {
      checkSingle(a, v);
    }
  }

  private static void checkSingle(AttributeDefinition a, JsonNode v) {
    switch (a.type()) {
      case COMPLEX:
        if (!v.isObject()) {
          throw wrongType(a, "an object");
        }
        break;
      case STRING:
      case REFERENCE:
      case BINARY:
      case DATE_TIME:
        if (!v.isString()) {
          throw wrongType(a, "a string");
        }
        break;
      case BOOLEAN:
        if (!v.isBoolean()
            && !(v.isString()
                && (v.stringValue().equalsIgnoreCase("true")
                    || v.stringValue().equalsIgnoreCase("false")))) {
          throw wrongType(a, "a boolean");
        }
        break;
      case INTEGER:
        if (!v.isIntegralNumber()) {
          throw wrongType(a, "an integer");
        }
        break;
      case DECIMAL:
        if (!v.isNumber()) {
          throw wrongType(a, "a number");
        }
        break;
      default:
        break;
    }
  }

  private static ScimException wrongType(AttributeDefinition a, String expected) {
    return ScimException.of(
        ScimType.INVALID_VALUE, "Attribute '" + a.name() + "' must be " + expected);
  }

  /** Removes explicit nulls (older Entra versions send them), to a bounded depth. */
  private static void removeNulls(JsonNode node, int depth) {
    if (depth > 8) {
      return;
    }
    if (node instanceof ObjectNode) {
      Iterator<Map.Entry<String, JsonNode>> it = ((ObjectNode) node).properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().isNull()) {
          it.remove();
        } else {
          removeNulls(e.getValue(), depth + 1);
        }
      }
    } else if (node.isArray()) {
      for (JsonNode n : node) {
        removeNulls(n, depth + 1);
      }
    }
  }

  /** Removes a property whatever its case. */
  static @Nullable JsonNode removeKey(ObjectNode r, String name) {
    String key = ScimJson.keyIgnoreCase(r, name);
    return key == null ? null : r.remove(key);
  }
}
