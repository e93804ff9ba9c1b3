package io.scimworks.core.validation;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.schema.Schema;
import io.scimworks.core.schema.SchemaRegistry;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code schemas} of a resource sent to be created or replaced. RFC 7643 §3 makes it REQUIRED
 * and names what it holds: the resource type's core schema and the extensions the resource uses;
 * RFC 7644 §3.3 and §3.5.1 send the resource with it. Every problem is 400 {@code invalidValue}
 * (RFC 7644 Table 9: a required value is missing, or a value is not compatible with the resource
 * schema), with a detail saying what to send instead. Two leniencies of {@link ValidationOptions}
 * cover what Entra ID sends: its own schema URI beside the core one, and extension objects under a
 * URN it does not list.
 */
final class SchemasCheck {
  private SchemasCheck() {}

  static void check(
      ObjectNode root, TypeModel m, SchemaRegistry registry, ValidationOptions options) {
    JsonNode schemas = ScimJson.getIgnoreCase(root, "schemas");
    if (schemas == null || schemas.isNull()) {
      throw invalid("schemas is required (RFC 7643 §3): send " + expected(m));
    }
    if (!(schemas instanceof ArrayNode a)) {
      throw invalid("schemas must be a JSON array of schema URIs: send " + expected(m));
    }
    if (a.isEmpty()) {
      throw invalid("schemas must not be empty: send " + expected(m));
    }
    boolean core = false;
    for (int i = 0; i < a.size(); i++) {
      JsonNode n = a.get(i);
      if (!n.isString()) {
        throw invalid("schemas[" + i + "] must be a schema URI (a JSON string)");
      }
      String urn = n.stringValue();
      if (urn.equalsIgnoreCase(m.core.id())) {
        core = true;
      } else if (m.extension(urn) == null) {
        boolean known = registry.schema(urn).isPresent();
        if (known || !options.ignoreUnknownSchemas()) {
          throw invalid(
              "schemas lists '"
                  + urn
                  + "', which "
                  + (known ? "is not a schema of " : "names no schema this server knows for ")
                  + m.type.name()
                  + " resources; they take "
                  + expected(m));
        }
      }
    }
    if (!core) {
      throw invalid(
          "schemas must list the core schema of "
              + m.type.name()
              + " resources, '"
              + m.core.id()
              + "'");
    }
    if (!options.acceptUnlistedExtensions()) {
      for (Map.Entry<String, JsonNode> p : root.properties()) {
        Schema ext = m.extension(p.getKey());
        if (ext != null && p.getValue() instanceof ObjectNode && !lists(a, ext.id())) {
          throw invalid(
              "the resource holds the extension '"
                  + ext.id()
                  + "' but schemas does not list it: add it to schemas");
        }
      }
    }
  }

  private static boolean lists(ArrayNode schemas, String urn) {
    for (JsonNode n : schemas) {
      if (n.isString() && n.stringValue().equalsIgnoreCase(urn)) {
        return true;
      }
    }
    return false;
  }

  /** The core schema, and the extensions the type declares, in words. */
  private static String expected(TypeModel m) {
    StringBuilder sb = new StringBuilder("['").append(m.core.id()).append("'");
    if (!m.extensions.isEmpty()) {
      sb.append(", plus any of its extensions used:");
      for (int i = 0; i < m.extensions.size(); i++) {
        sb.append(i == 0 ? " '" : ", '").append(m.extensions.get(i).id()).append("'");
      }
    }
    return sb.append("]").toString();
  }

  private static ScimException invalid(String detail) {
    return ScimException.of(ScimType.INVALID_VALUE, detail);
  }
}
