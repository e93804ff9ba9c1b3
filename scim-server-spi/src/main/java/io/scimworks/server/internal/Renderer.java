package io.scimworks.server.internal;

import io.scimworks.core.json.ScimJson;
import io.scimworks.core.query.Projection;
import io.scimworks.server.spi.Membership;
import io.scimworks.server.spi.StoredResource;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Writes a stored resource as the client sees it: {@code schemas}, {@code id}, the attributes, the
 * computed {@code groups} of a user, and a complete {@code meta}, each member through the
 * projection. One pass from the stored tree to JSON: the stored sub-trees are written as they are,
 * without building the response as a tree first.
 */
final class Renderer {
  private Renderer() {}

  /** The resource as a JSON body. */
  static byte[] bytes(
      TypeEndpoint endpoint, StoredResource s, Exchange ex, Attributes attributes, String etag) {
    return BodyWriter.write(g -> write(g, endpoint, s, ex, attributes, etag));
  }

  /**
   * Writes the resource as one JSON object.
   *
   * @param etag the resource's ETag ({@link ETags#of}), which {@code meta.version} carries
   */
  static void write(
      JsonGenerator g,
      TypeEndpoint endpoint,
      StoredResource s,
      Exchange ex,
      Attributes attributes,
      String etag) {
    Projection projection = endpoint.projection(attributes);
    ObjectNode stored = s.resource();
    ArrayNode groups = null;
    if (endpoint.def().isUser() && attributes.wants("groups")) {
      List<Membership> delivered = s.groups();
      groups =
          delivered != null
              ? endpoint.model().memberships().render(ex, delivered)
              : endpoint.model().memberships().groupsOf(ex, s.id());
      if (groups.isEmpty()) {
        groups = null;
      }
    }
    g.writeStartObject();
    JsonNode schemas = ScimJson.getIgnoreCase(stored, "schemas");
    if (schemas == null || !schemas.isArray() || schemas.isEmpty()) {
      schemas = endpoint.defaultSchemas();
    }
    member(g, projection, "schemas", schemas);
    member(g, projection, "id", StringNode.valueOf(s.id()));
    ObjectNode storedMeta = null;
    boolean groupsWritten = false;
    for (Map.Entry<String, JsonNode> e : stored.properties()) {
      String k = e.getKey();
      if (k.equalsIgnoreCase("meta")) {
        storedMeta = e.getValue() instanceof ObjectNode ? (ObjectNode) e.getValue() : null;
      } else if (groups != null && k.equals("groups")) {
        // the computed value takes the stored one's place
        member(g, projection, k, groups);
        groupsWritten = true;
      } else if (!k.equalsIgnoreCase("schemas") && !k.equalsIgnoreCase("id")) {
        member(g, projection, k, e.getValue());
      }
    }
    if (groups != null && !groupsWritten) {
      member(g, projection, "groups", groups);
    }
    ObjectNode meta = ScimJson.object();
    meta.put("resourceType", endpoint.def().name());
    if (storedMeta != null) {
      copy(storedMeta, meta, "created");
      copy(storedMeta, meta, "lastModified");
    }
    meta.put("location", endpoint.location(ex, s.id()));
    meta.put("version", etag);
    member(g, projection, "meta", meta);
    g.writeEndObject();
  }

  private static void member(JsonGenerator g, Projection projection, String name, JsonNode value) {
    @Nullable JsonNode projected = projection.member(name, value);
    if (projected != null) {
      g.writeName(name);
      BodyWriter.tree(g, projected);
    }
  }

  private static void copy(ObjectNode from, ObjectNode to, String name) {
    JsonNode v = ScimJson.getIgnoreCase(from, name);
    if (v != null && v.isString()) {
      to.put(name, v.stringValue());
    }
  }
}
