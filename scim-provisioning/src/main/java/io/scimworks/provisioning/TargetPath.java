package io.scimworks.provisioning;

import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.CompareOperator;
import io.scimworks.filter.CompareValue;
import io.scimworks.filter.Filter;
import io.scimworks.filter.PatchPath;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A target attribute a mapping writes: {@code userName}, {@code name.givenName}, {@code emails[type
 * eq "work"].value}, or an extension attribute {@code urn:...:User:employeeNumber}.
 *
 * @param text the canonical path, as sent in PATCH requests
 * @param urn the extension schema URN, or {@code null} for a core attribute
 * @param attribute the attribute name
 * @param sub the sub-attribute, or {@code null}
 * @param selectorAttribute with a filter {@code [type eq "work"]}: {@code type}, else {@code null}
 * @param selectorValue with a filter: {@code work}, else {@code null}
 */
record TargetPath(
    String text,
    @Nullable String urn,
    String attribute,
    @Nullable String sub,
    @Nullable String selectorAttribute,
    @Nullable String selectorValue) {

  /**
   * Parses a target path.
   *
   * @throws IllegalArgumentException for a path that is not one of the supported shapes
   */
  static TargetPath parse(String text) {
    PatchPath p;
    try {
      p = PatchPath.parse(text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not an attribute path", e);
    }
    AttributePath a = p.attribute();
    String urn = a.schemaUrn();
    if (urn != null && isCore(urn)) {
      urn = null;
    }
    if (p.valueFilter() == null) {
      return new TargetPath(p.toString(), urn, a.attribute(), a.subAttribute(), null, null);
    }
    if (!(p.valueFilter() instanceof Filter.Compare c)
        || c.operator() != CompareOperator.EQ
        || !(c.value() instanceof CompareValue.StringValue v)
        || c.path().hasSubAttribute()
        || p.subAttribute() == null
        || urn != null) {
      throw new IllegalArgumentException(
          "'" + text + "': a filtered target must look like emails[type eq \"work\"].value");
    }
    return new TargetPath(
        p.toString(), null, a.attribute(), p.subAttribute(), c.path().attribute(), v.value());
  }

  private static boolean isCore(String urn) {
    return urn.equalsIgnoreCase(ScimUrns.CORE_USER) || urn.equalsIgnoreCase(ScimUrns.CORE_GROUP);
  }

  /**
   * Whether this is the enterprise extension's {@code manager}: its value is a source user id,
   * which the engine replaces with that user's target id, sent as {@code {"value": id}}.
   */
  boolean manager() {
    return urn != null
        && urn.equalsIgnoreCase(ScimUrns.ENTERPRISE_USER)
        && attribute.equalsIgnoreCase("manager")
        && sub == null
        && selectorAttribute == null;
  }

  /** The key of this attribute in Entra's no-path replace ({@code name.givenName}, a URN path). */
  String dottedKey() {
    return text;
  }

  /** Whether this path is a plain value in Entra's single no-path replace. */
  boolean fitsNoPathReplace() {
    return selectorAttribute == null;
  }

  /** Writes {@code value} at this path into a resource body being built. */
  void put(ObjectNode body, JsonNode value) {
    ObjectNode holder = body;
    if (urn != null) {
      holder = child(body, urn);
      ArrayNode schemas = body.withArray("schemas");
      boolean listed = false;
      for (JsonNode s : schemas) {
        listed |= s.asString().equalsIgnoreCase(urn);
      }
      if (!listed) {
        schemas.add(urn);
      }
    }
    if (selectorAttribute != null) {
      ArrayNode list = holder.withArray(attribute);
      ObjectNode element = null;
      for (JsonNode e : list) {
        if (e instanceof ObjectNode o
            && selectorValue != null
            && selectorValue.equalsIgnoreCase(o.path(selectorAttribute).asString())) {
          element = o;
        }
      }
      if (element == null) {
        element = list.addObject();
        element.put(selectorAttribute, selectorValue);
      }
      element.set(sub, value.deepCopy());
    } else if (sub != null) {
      child(holder, attribute).set(sub, value.deepCopy());
    } else if (manager()) {
      holder.putObject(attribute).set("value", value.deepCopy());
    } else {
      holder.set(attribute, value.deepCopy());
    }
  }

  /** The value at this path in a resource read from the target, or {@code null}. */
  @Nullable JsonNode get(ObjectNode resource) {
    JsonNode holder = resource;
    if (urn != null) {
      holder = ScimJson.getIgnoreCase(resource, urn);
      if (!(holder instanceof ObjectNode)) {
        return null;
      }
    }
    JsonNode a = ScimJson.getIgnoreCase((ObjectNode) holder, attribute);
    if (a == null) {
      return null;
    }
    if (selectorAttribute != null) {
      for (JsonNode e : a) {
        if (e instanceof ObjectNode o) {
          JsonNode sel = ScimJson.getIgnoreCase(o, selectorAttribute);
          if (sel != null && sel.asString().equalsIgnoreCase(selectorValue)) {
            return ScimJson.getIgnoreCase(o, sub);
          }
        }
      }
      return null;
    }
    if (sub != null) {
      return a instanceof ObjectNode o ? ScimJson.getIgnoreCase(o, sub) : null;
    }
    if (manager() && a instanceof ObjectNode o) {
      JsonNode id = ScimJson.getIgnoreCase(o, "value");
      return id == null || id.asString().isEmpty() ? null : id;
    }
    return a;
  }

  private static ObjectNode child(ObjectNode parent, String name) {
    JsonNode existing = ScimJson.getIgnoreCase(parent, name);
    if (existing instanceof ObjectNode o) {
      return o;
    }
    return parent.putObject(name);
  }

  @Override
  public String toString() {
    return text;
  }
}
