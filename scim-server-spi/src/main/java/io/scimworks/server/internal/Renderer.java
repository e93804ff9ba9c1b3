package io.scimworks.server.internal;

import io.scimworks.core.json.ScimJson;
import io.scimworks.core.query.Projection;
import io.scimworks.server.spi.Membership;
import io.scimworks.server.spi.StoredResource;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Writes a stored resource as the client sees it: {@code schemas}, {@code id}, the attributes, the
 * computed {@code groups} of a user, and a complete {@code meta}, each member through the
 * projection. One pass from the stored resource to JSON, without building the response as a tree
 * first: from a stored tree, its sub-trees are written as they are; from stored JSON text ({@link
 * StoredResource#json()}), the members the projection keeps whole are copied from the text without
 * being parsed, and only the others are read as trees. A stored attribute whose value is an empty
 * array is left out: a multi-valued attribute without values is unassigned (RFC 7643 §2.4), which
 * is how the server stores it too, but a repository's older rows or its own writes may hold one.
 */
final class Renderer {
  private Renderer() {}

  // names written on every read, quoted once
  private static final QuotedName META = QuotedName.of("meta");
  private static final QuotedName RESOURCE_TYPE = QuotedName.of("resourceType");
  private static final QuotedName CREATED = QuotedName.of("created");
  private static final QuotedName LAST_MODIFIED = QuotedName.of("lastModified");
  private static final QuotedName LOCATION = QuotedName.of("location");
  private static final QuotedName VERSION = QuotedName.of("version");
  private static final QuotedName ID = QuotedName.of("id");
  private static final QuotedName SCHEMAS = QuotedName.of("schemas");

  /** The resource as a JSON body. */
  static byte[] bytes(
      TypeEndpoint endpoint, StoredResource s, Exchange ex, Attributes attributes, String etag) {
    return JsonOut.write(out -> write(out, endpoint, s, ex, attributes, etag));
  }

  /**
   * Writes the resource as one JSON object.
   *
   * @param etag the resource's ETag ({@link ETags#of}), which {@code meta.version} carries
   */
  static void write(
      JsonOut g,
      TypeEndpoint endpoint,
      StoredResource s,
      Exchange ex,
      Attributes attributes,
      String etag) {
    Projection projection = endpoint.projection(attributes);
    byte[] json = s.json();
    StoredJson stored =
        json != null ? StoredJson.scan(s.id(), s.version(), json) : StoredJson.of(s.resource());
    RenderPlan plan = RenderPlan.of(stored, projection);
    ArrayNode groups = null;
    if (endpoint.def().isUser() && !plan.groupsLeftOut()) {
      List<Membership> delivered = s.groups();
      groups =
          delivered != null
              ? endpoint.model().memberships().render(ex, delivered)
              : endpoint.model().memberships().groupsOf(ex, s.id());
      if (groups.isEmpty()) {
        groups = null;
      }
    }
    g.startObject();
    members(g, endpoint, projection, plan, s.id(), groups, stored);
    String created = stored.created();
    String lastModified = stored.lastModified();
    if (plan.metaWhole()) {
      g.name(META).startObject();
      g.string(RESOURCE_TYPE, endpoint.def().name());
      if (created != null) {
        g.string(CREATED, created);
      }
      if (lastModified != null) {
        g.string(LAST_MODIFIED, lastModified);
      }
      // the endpoint's URL and the id written one after the other: no URL string per resource
      g.string(LOCATION, endpoint.locationPrefix(ex), TypeEndpoint.encode(s.id()));
      g.string(VERSION, etag).endObject();
    } else {
      ObjectNode meta = ScimJson.object();
      meta.put("resourceType", endpoint.def().name());
      if (created != null) {
        meta.put("created", created);
      }
      if (lastModified != null) {
        meta.put("lastModified", lastModified);
      }
      meta.put("location", endpoint.location(ex, s.id()));
      meta.put("version", etag);
      member(g, projection, "meta", meta);
    }
    g.endObject();
  }

  /**
   * Writes schemas, id and the stored members (the caller writes meta from the stored timestamps),
   * as the plan says: members that lie in the stored JSON text and that the projection keeps whole
   * are copied from the text as they are; the others are written from their trees, parsed from the
   * text only when needed.
   */
  private static void members(
      JsonOut g,
      TypeEndpoint endpoint,
      Projection projection,
      RenderPlan plan,
      String id,
      @Nullable ArrayNode groups,
      StoredJson stored) {
    int schemasAt = plan.schemasAt();
    if (schemasAt < 0) {
      member(g, projection, "schemas", endpoint.defaultSchemas());
    } else if (plan.schemasAction() == RenderPlan.COPY) {
      g.name(SCHEMAS);
      stored.writeValue(g, schemasAt);
    } else {
      member(g, projection, "schemas", stored.value(schemasAt));
    }
    if (plan.idWhole()) {
      g.string(ID, id);
    } else {
      member(g, projection, "id", StringNode.valueOf(id));
    }
    boolean groupsWritten = false;
    for (int i = 0; i < stored.count(); i++) {
      if (groups != null && stored.name(i).equals("groups")) {
        member(g, projection, "groups", groups);
        groupsWritten = true;
        continue;
      }
      switch (plan.action(i)) {
        case RenderPlan.COPY -> {
          stored.writeName(g, i);
          stored.writeValue(g, i);
        }
        case RenderPlan.TREE -> member(g, projection, stored.name(i), stored.value(i));
        default -> {} // SKIP
      }
    }
    if (groups != null && !groupsWritten) {
      member(g, projection, "groups", groups);
    }
  }

  private static void member(JsonOut g, Projection projection, String name, JsonNode value) {
    @Nullable JsonNode projected = projection.member(name, value);
    if (projected != null) {
      g.name(name).tree(projected);
    }
  }
}
