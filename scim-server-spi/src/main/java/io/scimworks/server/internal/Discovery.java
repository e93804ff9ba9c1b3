package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.query.Projection;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.Schema;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.core.schema.Schemas;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.ServerOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /ServiceProviderConfig}, {@code /ResourceTypes} and {@code /Schemas}, from the model.
 *
 * <p>RFC 7644 §4: the query parameters of §3.4.2 that choose and order resources ("filtering,
 * sorting, and pagination") "SHALL be ignored" here, and a {@code filter} is answered 403 so that a
 * client cannot believe it held; a list holds every item. {@code attributes} and {@code
 * excludedAttributes} apply, as to any response that returns a resource (RFC 7644 §3.9; a single
 * item is returned "in the same way that a single User or Group is retrieved"), by the discovery
 * resources' own schemas (RFC 7643 §5-7): {@code id} and {@code schemas} are always returned.
 */
final class Discovery {
  /** The discovery resources' schemas and types, for their projections. */
  private static final SchemaRegistry OWN =
      SchemaRegistry.builder()
          .schema(Schemas.serviceProviderConfig())
          .schema(Schemas.resourceType())
          .schema(Schemas.schema())
          .resourceType(
              ResourceType.builder(
                      "ServiceProviderConfig",
                      "/ServiceProviderConfig",
                      ScimUrns.SERVICE_PROVIDER_CONFIG)
                  .build())
          .resourceType(
              ResourceType.builder("ResourceType", "/ResourceTypes", ScimUrns.RESOURCE_TYPE)
                  .build())
          .resourceType(ResourceType.builder("Schema", "/Schemas", ScimUrns.SCHEMA).build())
          .build();

  private final ServerModel model;

  Discovery(ServerModel model) {
    this.model = model;
  }

  ScimResponse serve(Exchange ex, List<String> segments) {
    if (!ex.request().method().equals("GET")) {
      throw Dispatcher.notAllowed("GET");
    }
    if (ex.params().has("filter")) {
      // RFC 7644 §4: a client must not believe its filter held; these endpoints filter nothing
      throw ScimException.forbidden(
          "The discovery endpoints do not filter (RFC 7644 §4); send the request without filter");
    }
    String what = segments.get(0).toLowerCase(Locale.ROOT);
    String typeName =
        switch (what) {
          case "serviceproviderconfig" -> "ServiceProviderConfig";
          case "resourcetypes" -> "ResourceType";
          default -> "Schema";
        };
    Attributes attributes = Attributes.of(ex.params());
    Projection projection =
        attributes.requested()
            ? attributes.projection(OWN, OWN.resourceType(typeName).orElseThrow())
            : null; // checked (400 invalidPath) before anything else is answered
    if (what.equals("serviceproviderconfig")) {
      if (segments.size() > 1) {
        throw ScimException.notFound("No such endpoint");
      }
      return Responses.json(200, projected(serviceProviderConfig(ex), projection));
    }
    if (segments.size() > 2) {
      throw ScimException.notFound("No such endpoint");
    }
    Map<String, ObjectNode> items = what.equals("resourcetypes") ? resourceTypes(ex) : schemas(ex);
    if (segments.size() == 2) {
      ObjectNode one = items.get(segments.get(1).toLowerCase(Locale.ROOT));
      if (one == null) {
        throw ScimException.notFound(
            "No such " + (what.equals("schemas") ? "schema" : "resource type"));
      }
      return Responses.json(200, projected(one, projection));
    }
    // every item: startIndex, count, sortBy, sortOrder and cursor are not read (RFC 7644 §4)
    ObjectNode list = Responses.listResponse(items.size(), items.size());
    list.put("startIndex", 1);
    ArrayNode resources = list.putArray("Resources");
    for (ObjectNode item : items.values()) {
      resources.add(projected(item, projection));
    }
    return Responses.json(200, list);
  }

  private static ObjectNode projected(ObjectNode item, @Nullable Projection projection) {
    return projection == null ? item : projection.apply(item);
  }

  private Map<String, ObjectNode> resourceTypes(Exchange ex) {
    Map<String, ObjectNode> out = new LinkedHashMap<>();
    for (ResourceType t : model.servedTypes()) {
      ObjectNode json = Schemas.toJson(t);
      ObjectNode meta = json.putObject("meta");
      meta.put("resourceType", "ResourceType");
      meta.put("location", ex.baseUrl() + "/ResourceTypes/" + t.name());
      out.put(t.name().toLowerCase(Locale.ROOT), json);
    }
    return out;
  }

  private Map<String, ObjectNode> schemas(Exchange ex) {
    Map<String, ObjectNode> out = new LinkedHashMap<>();
    for (ResourceType t : model.servedTypes()) {
      List<Schema> used = new ArrayList<>();
      used.add(model.registry().coreSchema(t));
      used.addAll(model.registry().extensionSchemas(t));
      for (Schema s : used) {
        ObjectNode json = Schemas.toJson(s);
        ObjectNode meta = json.putObject("meta");
        meta.put("resourceType", "Schema");
        meta.put("location", ex.baseUrl() + "/Schemas/" + s.id());
        out.putIfAbsent(s.id().toLowerCase(Locale.ROOT), json);
      }
    }
    return out;
  }

  private ObjectNode serviceProviderConfig(Exchange ex) {
    ServerOptions o = model.options();
    ObjectNode c = ScimJson.object();
    c.putArray("schemas").add(ScimUrns.SERVICE_PROVIDER_CONFIG);
    c.putObject("patch").put("supported", true);
    ObjectNode bulk = c.putObject("bulk");
    bulk.put("supported", true);
    bulk.put("maxOperations", o.maxBulkOperations());
    bulk.put("maxPayloadSize", o.maxBulkPayloadBytes());
    ObjectNode filter = c.putObject("filter");
    filter.put("supported", true);
    filter.put("maxResults", o.maxCount());
    c.putObject("changePassword").put("supported", false);
    c.putObject("sort").put("supported", true);
    c.putObject("etag").put("supported", true);
    ObjectNode pagination = c.putObject("pagination");
    pagination.put("cursor", true);
    pagination.put("index", true);
    pagination.put("defaultPaginationMethod", "index");
    pagination.put("defaultPageSize", o.defaultCount());
    pagination.put("maxPageSize", o.maxCount());
    pagination.put("cursorTimeout", model.cursors().timeoutSeconds());
    ObjectNode scheme = c.putArray("authenticationSchemes").addObject();
    scheme.put("type", "oauthbearertoken");
    scheme.put("name", "OAuth Bearer Token");
    scheme.put("description", "Authentication with a bearer token in the Authorization header");
    scheme.put("primary", true);
    ObjectNode meta = c.putObject("meta");
    meta.put("resourceType", "ServiceProviderConfig");
    meta.put("location", ex.baseUrl() + "/ServiceProviderConfig");
    return c;
  }
}
