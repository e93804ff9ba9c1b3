package io.scimworks.core.resource;

import io.scimworks.core.json.ScimJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One of a user's {@code entitlements} (RFC 7643 §4.1.2).
 *
 * @param value the entitlement
 * @param display a human-readable name, or {@code null}
 * @param type a label such as an application-defined label, or {@code null}
 * @param primary whether this is the preferred value, or {@code null} when unspecified
 */
public record Entitlement(
    @Nullable String value,
    @Nullable String display,
    @Nullable String type,
    @Nullable Boolean primary) {

  /** A value with a type and nothing else. */
  public static Entitlement of(String value, @Nullable String type) {
    return new Entitlement(value, null, type, null);
  }

  /** This value marked (or unmarked) as primary. */
  public Entitlement withPrimary(boolean primary) {
    return new Entitlement(value, display, type, primary);
  }

  /** Whether {@link #primary()} is {@code true}. */
  public boolean isPrimary() {
    return Boolean.TRUE.equals(primary);
  }

  /** Reads one element; {@code primary} may be the string {@code "True"}. */
  public static Entitlement fromJson(JsonNode json) {
    return new Entitlement(
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
