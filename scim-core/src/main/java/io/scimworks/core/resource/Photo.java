package io.scimworks.core.resource;

import io.scimworks.core.json.ScimJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One of a user's {@code photos} (RFC 7643 §4.1.2).
 *
 * @param value the image URL
 * @param display a human-readable name, or {@code null}
 * @param type a label such as {@code photo}, {@code thumbnail}, or {@code null}
 * @param primary whether this is the preferred value, or {@code null} when unspecified
 */
public record Photo(
    @Nullable String value,
    @Nullable String display,
    @Nullable String type,
    @Nullable Boolean primary) {

  /** A value with a type and nothing else. */
  public static Photo of(String value, @Nullable String type) {
    return new Photo(value, null, type, null);
  }

  /** This value marked (or unmarked) as primary. */
  public Photo withPrimary(boolean primary) {
    return new Photo(value, display, type, primary);
  }

  /** Whether {@link #primary()} is {@code true}. */
  public boolean isPrimary() {
    return Boolean.TRUE.equals(primary);
  }

  /** Reads one element; {@code primary} may be the string {@code "True"}. */
  public static Photo fromJson(JsonNode json) {
    return new Photo(
        Nodes.text(json, "value"),
        Nodes.text(json, "display"),
        Nodes.text(json, "type"),
        Nodes.bool(json, "primary"));
  }

  /** Writes the element, leaving out absent parts. */
  public ObjectNode toJson() {
    ObjectNode o = ScimJson.object();
    Nodes.put(o, "value", value);
    Nodes.put(o, "display", display);
    Nodes.put(o, "type", type);
    Nodes.put(o, "primary", primary);
    return o;
  }
}
