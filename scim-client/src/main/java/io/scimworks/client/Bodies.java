package io.scimworks.client;

import io.scimworks.client.internal.HttpResult;
import io.scimworks.core.ScimException;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.resource.ScimResource;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads and writes request and response bodies. */
final class Bodies {
  private Bodies() {}

  /**
   * The JSON object in a 2xx response.
   *
   * @throws UnexpectedResponseException if the body is empty, not JSON or not an object
   */
  public static ObjectNode object(HttpResult r) {
    if (r.body().length == 0) {
      throw Errors.unusableBody(
          r, "an empty body where a JSON object was expected", new IllegalStateException());
    }
    try {
      return ScimJson.readObject(r.body());
    } catch (ScimException e) {
      throw Errors.unusableBody(r, "a body that is not a JSON object", e);
    }
  }

  /** The JSON object in a 2xx response, or empty for a 204 or an empty body. */
  public static Optional<ObjectNode> optionalObject(HttpResult r) {
    return r.status() == 204 || r.body().length == 0 ? Optional.empty() : Optional.of(object(r));
  }

  /** Serialises {@code json}. */
  public static byte[] bytes(JsonNode json) {
    return ScimJson.writeBytes(json);
  }

  /** The {@code id} of a resource's JSON, or {@code null}. */
  public static @Nullable String id(ObjectNode json) {
    return ScimResource.of(json).id();
  }

  /** The {@code meta.version} of a resource's JSON, or {@code null}. */
  public static @Nullable String version(ObjectNode json) {
    JsonNode meta = ScimJson.getIgnoreCase(json, "meta");
    JsonNode version = meta instanceof ObjectNode m ? ScimJson.getIgnoreCase(m, "version") : null;
    return version != null && version.isString() ? version.stringValue() : null;
  }

  /**
   * The value for {@code If-Match}/{@code If-None-Match}: a version as the service wrote it in
   * {@code meta.version} ({@code W/"3"}), or a bare version, which is quoted.
   */
  public static String etag(String version) {
    String v = version.trim();
    return v.startsWith("\"") || v.startsWith("W/\"") || v.equals("*") ? v : '"' + v + '"';
  }
}
