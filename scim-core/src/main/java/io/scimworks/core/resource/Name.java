package io.scimworks.core.resource;

import io.scimworks.core.json.ScimJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A user's {@code name} (RFC 7643 §4.1.1).
 *
 * @param formatted the full name for display
 * @param familyName the family (last) name
 * @param givenName the given (first) name
 * @param middleName the middle name(s)
 * @param honorificPrefix e.g. {@code Ms.}
 * @param honorificSuffix e.g. {@code III}
 */
public record Name(
    @Nullable String formatted,
    @Nullable String familyName,
    @Nullable String givenName,
    @Nullable String middleName,
    @Nullable String honorificPrefix,
    @Nullable String honorificSuffix) {

  /** A name with given and family name only. */
  public static Name of(String givenName, String familyName) {
    return new Name(null, familyName, givenName, null, null, null);
  }

  /** Reads a {@code name} object. */
  public static Name fromJson(JsonNode json) {
    return new Name(
        Nodes.text(json, "formatted"),
        Nodes.text(json, "familyName"),
        Nodes.text(json, "givenName"),
        Nodes.text(json, "middleName"),
        Nodes.text(json, "honorificPrefix"),
        Nodes.text(json, "honorificSuffix"));
  }

  /** Writes the object, leaving out absent parts. */
  public ObjectNode toJson() {
    ObjectNode o = ScimJson.object();
    Nodes.put(o, "formatted", formatted);
    Nodes.put(o, "familyName", familyName);
    Nodes.put(o, "givenName", givenName);
    Nodes.put(o, "middleName", middleName);
    Nodes.put(o, "honorificPrefix", honorificPrefix);
    Nodes.put(o, "honorificSuffix", honorificSuffix);
    return o;
  }
}
