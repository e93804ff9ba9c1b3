package io.scimworks.core.resource;

import io.scimworks.core.json.ScimJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One of a user's {@code addresses} (RFC 7643 §4.1.2).
 *
 * @param formatted the full address for display
 * @param streetAddress street, house number, P.O. box
 * @param locality city
 * @param region state or region
 * @param postalCode zip or postal code
 * @param country ISO 3166-1 alpha-2 country code
 * @param type {@code work}, {@code home} or {@code other}
 * @param primary whether this is the preferred address, or {@code null}
 */
public record Address(
    @Nullable String formatted,
    @Nullable String streetAddress,
    @Nullable String locality,
    @Nullable String region,
    @Nullable String postalCode,
    @Nullable String country,
    @Nullable String type,
    @Nullable Boolean primary) {

  /** Reads one address; {@code primary} may be the string {@code "True"}. */
  public static Address fromJson(JsonNode json) {
    return new Address(
        Nodes.text(json, "formatted"),
        Nodes.text(json, "streetAddress"),
        Nodes.text(json, "locality"),
        Nodes.text(json, "region"),
        Nodes.text(json, "postalCode"),
        Nodes.text(json, "country"),
        Nodes.text(json, "type"),
        Nodes.bool(json, "primary"));
  }

  /** Writes the address, leaving out absent parts. */
  public ObjectNode toJson() {
    ObjectNode o = ScimJson.object();
    Nodes.put(o, "formatted", formatted);
    Nodes.put(o, "streetAddress", streetAddress);
    Nodes.put(o, "locality", locality);
    Nodes.put(o, "region", region);
    Nodes.put(o, "postalCode", postalCode);
    Nodes.put(o, "country", country);
    Nodes.put(o, "type", type);
    Nodes.put(o, "primary", primary);
    return o;
  }
}
