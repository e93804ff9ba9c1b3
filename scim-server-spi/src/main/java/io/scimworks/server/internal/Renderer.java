package io.scimworks.server.internal;

import io.scimworks.core.json.ScimJson;
import io.scimworks.server.spi.Membership;
import io.scimworks.server.spi.StoredResource;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a stored resource into what the client sees: {@code schemas}, {@code id}, the attributes,
 * the computed {@code groups} of a user, and a complete {@code meta}; then the projection.
 */
final class Renderer {
  private Renderer() {}

  static ObjectNode render(
      TypeEndpoint endpoint, StoredResource s, Exchange ex, Attributes attributes) {
    ObjectNode stored = s.resource();
    ObjectNode out = ScimJson.object();
    JsonNode schemas = ScimJson.getIgnoreCase(stored, "schemas");
    if (schemas != null && schemas.isArray() && !schemas.isEmpty()) {
      out.set("schemas", schemas);
    } else {
      out.putArray("schemas").add(endpoint.def().type().schema());
    }
    out.put("id", s.id());
    ObjectNode storedMeta = null;
    for (Map.Entry<String, JsonNode> e : stored.properties()) {
      String k = e.getKey();
      if (k.equalsIgnoreCase("meta")) {
        storedMeta = e.getValue() instanceof ObjectNode ? (ObjectNode) e.getValue() : null;
      } else if (!k.equalsIgnoreCase("schemas") && !k.equalsIgnoreCase("id")) {
        out.set(k, e.getValue());
      }
    }
    if (endpoint.def().isUser() && attributes.wants("groups")) {
      List<Membership> delivered = s.groups();
      ArrayNode groups =
          delivered != null
              ? endpoint.model().memberships().render(ex, delivered)
              : endpoint.model().memberships().groupsOf(ex, s.id());
      if (!groups.isEmpty()) {
        out.set("groups", groups);
      }
    }
    ObjectNode meta = out.putObject("meta");
    meta.put("resourceType", endpoint.def().name());
    if (storedMeta != null) {
      copy(storedMeta, meta, "created");
      copy(storedMeta, meta, "lastModified");
    }
    meta.put("location", endpoint.location(ex, s.id()));
    meta.put("version", ETags.of(s.version()));
    return endpoint.projection(attributes).apply(out);
  }

  private static void copy(ObjectNode from, ObjectNode to, String name) {
    JsonNode v = ScimJson.getIgnoreCase(from, name);
    if (v != null && v.isString()) {
      to.put(name, v.stringValue());
    }
  }
}
