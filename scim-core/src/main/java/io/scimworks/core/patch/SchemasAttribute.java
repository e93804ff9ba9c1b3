package io.scimworks.core.patch;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Keeps a resource's {@code schemas} in step with the extension objects it holds. */
final class SchemasAttribute {
  private SchemasAttribute() {}

  /** Lists {@code urn} in {@code schemas} when the extension is present, unlists it otherwise. */
  static void sync(ObjectNode resource, String coreUrn, String urn, boolean present) {
    JsonNode node = JsonNodes.get(resource, "schemas");
    ArrayNode schemas = node instanceof ArrayNode a ? a : null;
    int at = -1;
    if (schemas != null) {
      for (int i = 0; i < schemas.size(); i++) {
        JsonNode s = schemas.get(i);
        if (s.isString() && s.stringValue().equalsIgnoreCase(urn)) {
          at = i;
          break;
        }
      }
    }
    if (present && at < 0) {
      if (schemas == null) {
        schemas = resource.arrayNode().add(coreUrn);
        JsonNodes.set(resource, "schemas", schemas);
      }
      schemas.add(urn);
    } else if (!present && at >= 0) {
      schemas.remove(at);
    }
  }
}
