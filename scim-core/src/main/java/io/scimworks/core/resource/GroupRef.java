package io.scimworks.core.resource;

import io.scimworks.core.json.ScimJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One of a user's {@code groups} (RFC 7643 §4.1.2); read-only, maintained by the service provider.
 *
 * @param value the group's {@code id}
 * @param ref the {@code $ref} URI, or {@code null}
 * @param display a human-readable name, or {@code null}
 * @param type {@code direct} or {@code indirect}, or {@code null}
 */
public record GroupRef(
    @Nullable String value, @Nullable String ref, @Nullable String display, @Nullable String type) {

  /** A reference by id only. */
  public static GroupRef of(String value) {
    return new GroupRef(value, null, null, null);
  }

  /** Reads one element ({@code $ref} may be {@code null}, as Entra sends it). */
  public static GroupRef fromJson(JsonNode json) {
    return new GroupRef(
        Nodes.text(json, "value"),
        Nodes.text(json, "$ref"),
        Nodes.text(json, "display"),
        Nodes.text(json, "type"));
  }

  /** Writes the element, leaving out absent parts. */
  public ObjectNode toJson() {
    ObjectNode o = ScimJson.object();
    Nodes.put(o, "value", value);
    Nodes.put(o, "$ref", ref);
    Nodes.put(o, "display", display);
    Nodes.put(o, "type", type);
    return o;
  }
}
