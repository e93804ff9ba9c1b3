package io.scimworks.core.resource;

import io.scimworks.core.json.ScimJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One of a group's {@code members} (RFC 7643 §4.2).
 *
 * @param value the member's {@code id}
 * @param ref the {@code $ref} URI, or {@code null}
 * @param display a human-readable name, or {@code null}
 * @param type {@code User} or {@code Group}, or {@code null}
 */
public record Member(
    @Nullable String value, @Nullable String ref, @Nullable String display, @Nullable String type) {

  /** A reference by id only. */
  public static Member of(String value) {
    return new Member(value, null, null, null);
  }

  /** Reads one element ({@code $ref} may be {@code null}, as Entra sends it). */
  public static Member fromJson(JsonNode json) {
    return new Member(
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
