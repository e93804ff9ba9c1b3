package io.scimworks.core.resource;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.json.ScimJson;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A resource's {@code meta} attribute (RFC 7643 §3.1). All parts are optional.
 *
 * @param resourceType the resource type name, e.g. {@code User}
 * @param created when the resource was created
 * @param lastModified when it was last modified
 * @param location its URI
 * @param version its version, as in an ETag (e.g. {@code W/"3"})
 */
public record Meta(
    @Nullable String resourceType,
    @Nullable Instant created,
    @Nullable Instant lastModified,
    @Nullable String location,
    @Nullable String version) {

  /**
   * Reads {@code meta} JSON; keys match case-insensitively, date-times may carry any offset.
   *
   * @param json the {@code meta} object as received; unknown members are ignored
   * @return the value, with {@code null} for each part absent or not a string
   * @throws ScimException 400 {@code invalidValue} if a date-time does not parse
   */
  public static Meta fromJson(ObjectNode json) {
    return new Meta(
        text(json, "resourceType"),
        instant(json, "created"),
        instant(json, "lastModified"),
        text(json, "location"),
        text(json, "version"));
  }

  /**
   * Writes this meta as JSON, leaving out absent parts; instants in RFC 3339 UTC.
   *
   * @return a new JSON object holding the parts that are not null
   */
  public ObjectNode toJson() {
    ObjectNode o = ScimJson.object();
    if (resourceType != null) {
      o.put("resourceType", resourceType);
    }
    if (created != null) {
      o.put("created", created.toString());
    }
    if (lastModified != null) {
      o.put("lastModified", lastModified.toString());
    }
    if (location != null) {
      o.put("location", location);
    }
    if (version != null) {
      o.put("version", version);
    }
    return o;
  }

  private static @Nullable String text(ObjectNode o, String key) {
    JsonNode v = ScimJson.getIgnoreCase(o, key);
    return v == null || v.isNull() ? null : v.asString();
  }

  private static @Nullable Instant instant(ObjectNode o, String key) {
    String s = text(o, key);
    if (s == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      throw ScimException.of(
          ScimType.INVALID_VALUE, "meta." + key + " is not an RFC 3339 date-time: " + s);
    }
  }
}
