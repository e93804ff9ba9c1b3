package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.Schema;
import io.scimworks.core.schema.Schemas;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.ServerOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/** {@code /ServiceProviderConfig}, {@code /ResourceTypes} and {@code /Schemas}, from the model. */
final class Discovery {
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
    if (what.equals("serviceproviderconfig")) {
      if (segments.size() > 1) {
        throw ScimException.notFound("No such endpoint");
      }
      return Responses.json(200, serviceProviderConfig(ex));
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
      return Responses.json(200, one);
    }
    SearchSpec spec = SearchSpec.fromQuery(ex.params(), model.options());
    List<ObjectNode> all = new ArrayList<>(items.values());
    return Responses.json(200, Responses.page(all, spec));
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
