package io.scimworks.compliance.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the target advertises: its ServiceProviderConfig, resource types and schemas, read once
 * before any check runs.
 *
 * @param config the ServiceProviderConfig body
 * @param resourceTypes resource types by name, case as served
 * @param schemas schemas by id (lower case)
 */
public record Target(
    ObjectNode config, Map<String, ObjectNode> resourceTypes, Map<String, ObjectNode> schemas) {

  /** The core User schema URN. */
  public static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";

  /** The core Group schema URN. */
  public static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";

  /** The enterprise User extension URN. */
  public static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  /** Reads what the three discovery bodies say. */
  static Target of(ObjectNode config, List<ObjectNode> types, List<ObjectNode> schemaList) {
    Map<String, ObjectNode> byName = new LinkedHashMap<>();
    for (ObjectNode t : types) {
      byName.put(t.path("name").asString(""), t);
    }
    Map<String, ObjectNode> bySchema = new LinkedHashMap<>();
    for (ObjectNode s : schemaList) {
      bySchema.put(s.path("id").asString("").toLowerCase(Locale.ROOT), s);
    }
    return new Target(config, byName, bySchema);
  }

  /** Whether {@code feature.supported} is true in the ServiceProviderConfig. */
  public boolean supports(String feature) {
    JsonNode f = config.path(feature).path("supported");
    return f.isBoolean() && f.booleanValue()
        || f.isString() && f.stringValue().equalsIgnoreCase("true");
  }

  /** A number from the ServiceProviderConfig ({@code bulk.maxOperations}), or empty. */
  public Optional<Long> number(String feature, String field) {
    JsonNode n = config.path(feature).path(field);
    return n.isNumber() ? Optional.of(n.asLong()) : Optional.empty();
  }

  /** Whether an RFC 9865 {@code pagination} block advertises cursor paging. */
  public boolean cursorPaging() {
    JsonNode c = config.path("pagination").path("cursor");
    return c.isBoolean() && c.booleanValue();
  }

  /** The resource type whose schema is {@code schemaUrn}, or {@code null}. */
  public @Nullable ObjectNode typeFor(String schemaUrn) {
    for (ObjectNode t : resourceTypes.values()) {
      if (t.path("schema").asString("").equalsIgnoreCase(schemaUrn)) {
        return t;
      }
    }
    return null;
  }

  /**
   * The endpoint of the type whose schema is {@code schemaUrn} ({@code /Users}), or {@code null}.
   */
  public @Nullable String endpoint(String schemaUrn) {
    ObjectNode t = typeFor(schemaUrn);
    if (t == null) {
      return null;
    }
    String e = t.path("endpoint").asString("");
    if (e.startsWith("http")) {
      int p = e.indexOf('/', e.indexOf("//") + 2);
      e = p < 0 ? "/" : e.substring(p);
    }
    return e.startsWith("/") ? e : "/" + e;
  }

  /** The extension URNs the type of {@code schemaUrn} lists. */
  public List<String> extensions(String schemaUrn) {
    List<String> urns = new ArrayList<>();
    ObjectNode t = typeFor(schemaUrn);
    if (t != null) {
      for (JsonNode e : t.path("schemaExtensions")) {
        urns.add(e.path("schema").asString(""));
      }
    }
    return urns;
  }

  /** The attributes of a schema, or an empty list when the target does not serve it. */
  public List<JsonNode> attributes(String schemaUrn) {
    ObjectNode s = schemas.get(schemaUrn.toLowerCase(Locale.ROOT));
    List<JsonNode> all = new ArrayList<>();
    if (s != null) {
      s.path("attributes").forEach(all::add);
    }
    return all;
  }

  /** The definition of a top-level attribute (name ignoring case), or {@code null}. */
  public @Nullable JsonNode attribute(String schemaUrn, String name) {
    for (JsonNode a : attributes(schemaUrn)) {
      if (a.path("name").asString("").equalsIgnoreCase(name)) {
        return a;
      }
    }
    return null;
  }

  /** The definition of {@code parent.sub}, or {@code null}. */
  public @Nullable JsonNode subAttribute(String schemaUrn, String parent, String sub) {
    JsonNode p = attribute(schemaUrn, parent);
    if (p == null) {
      return null;
    }
    for (JsonNode a : p.path("subAttributes")) {
      if (a.path("name").asString("").equalsIgnoreCase(sub)) {
        return a;
      }
    }
    return null;
  }
}
