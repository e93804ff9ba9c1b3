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
    if (projection.keepsWhole("id")) {
      g.writeStringProperty("id", s.id());
    } else {
      member(g, projection, "id", StringNode.valueOf(s.id()));
    }
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
    String created = storedMeta == null ? null : text(storedMeta, "created");
    String lastModified = storedMeta == null ? null : text(storedMeta, "lastModified");
    String location = endpoint.location(ex, s.id());
    if (projection.keepsWhole("meta")) {
      g.writeObjectPropertyStart("meta");
      g.writeStringProperty("resourceType", endpoint.def().name());
      if (created != null) {
        g.writeStringProperty("created", created);
      }
      if (lastModified != null) {
        g.writeStringProperty("lastModified", lastModified);
      }
      g.writeStringProperty("location", location);
      g.writeStringProperty("version", etag);
      g.writeEndObject();
    } else {
      ObjectNode meta = ScimJson.object();
      meta.put("resourceType", endpoint.def().name());
      if (created != null) {
        meta.put("created", created);
      }
      if (lastModified != null) {
        meta.put("lastModified", lastModified);
      }
      meta.put("location", location);
      meta.put("version", etag);
      member(g, projection, "meta", meta);
    }
    g.writeEndObject();
  }

  private static void member(JsonGenerator g, Projection projection, String name, JsonNode value) {
    @Nullable JsonNode projected = projection.member(name, value);
    if (projected != null) {
      g.writeName(name);
      BodyWriter.tree(g, projected);
    }
  }

  /** A string member of the stored {@code meta} (any case), or {@code null}. */
  private static @Nullable String text(ObjectNode from, String name) {
    JsonNode v = ScimJson.getIgnoreCase(from, name);
    return v != null && v.isString() ? v.stringValue() : null;
  }
}
