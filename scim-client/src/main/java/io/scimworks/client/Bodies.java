package io.scimworks.client;

import io.scimworks.client.internal.HttpResult;
import io.scimworks.client.internal.ResourceCodec;
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

  /**
   * The resource in a 2xx response, e.g. the answer to a create or a read.
   *
   * @throws UnexpectedResponseException if the body is not a JSON object, has no {@code id}, or
   *     cannot be turned into a {@code T}
   */
  public static <T> T resource(HttpResult r, ResourceCodec<T> codec) {
    return resource(r, object(r), codec);
  }

  /**
   * A resource from (part of) a 2xx response, e.g. one of a page's {@code Resources}. RFC 7643 §3.1
   * has the service return {@code id} always; without one a caller could not name the resource in
   * its next request, so it is refused here rather than as a {@code NullPointerException} later.
   *
   * @throws UnexpectedResponseException if {@code json} has no {@code id}, has a {@code
   *     meta.version} no header could carry back, or cannot be turned into a {@code T}
   */
  public static <T> T resource(HttpResult r, ObjectNode json, ResourceCodec<T> codec) {
    String id;
    try {
      id = id(json);
    } catch (RuntimeException e) {
      throw Errors.unusableBody(r, "a resource whose id is not a string", e);
    }
    if (id == null || id.isEmpty()) {
      throw Errors.unusableBody(r, "a resource without an id", null);
    }
    String version = version(json);
    if (version != null && version.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      // it could never go back in If-Match; a line break in it is a header injection attempt
      throw Errors.unusableBody(r, "a meta.version holding a control character", null);
    }
    try {
      return codec.fromJson(json);
    } catch (RuntimeException e) {
      // A codec reads what the service sent: whatever it throws means the body is unusable.
      throw Errors.unusableBody(r, "a resource the client cannot read (" + e.getMessage() + ")", e);
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
   * The value for {@code If-Match}/{@code If-None-Match} (RFC 9110 §8.8.3): a version the service
   * wrote as an entity tag in {@code meta.version} ({@code W/"3"}, {@code "3"}, {@code *}) as it
   * wrote it, the weak indicator in any case; a bare version quoted ({@code 3} is {@code "3"},
   * {@code W/3} is {@code W/"3"}), surrounding white space dropped.
   *
   * @throws IllegalArgumentException for a version no header can carry: one holding a control
   *     character (a line break), or a double quote that does not close a quoted tag
   */
  public static String etag(String version) {
    String v = version.strip();
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw new IllegalArgumentException(
            "the version " + printable(v) + " holds a control character; it is no entity tag");
      }
    }
    if (v.equals("*")) {
      return v;
    }
    boolean weak =
        v.length() >= 2 && (v.charAt(0) == 'W' || v.charAt(0) == 'w') && v.charAt(1) == '/';
    String opaque = weak ? v.substring(2) : v;
    if (opaque.length() >= 2
        && opaque.startsWith("\"")
        && opaque.endsWith("\"")
        && opaque.indexOf('"', 1) == opaque.length() - 1) {
      return v;
    }
    if (opaque.indexOf('"') >= 0 || opaque.isEmpty()) {
      throw new IllegalArgumentException(
          "the version " + printable(v) + " is neither an entity tag nor a bare one to quote");
    }
    return (weak ? "W/" : "") + '"' + opaque + '"';
  }

  private static String printable(String v) {
    StringBuilder b = new StringBuilder("'");
    v.codePoints()
        .limit(80)
        .forEach(
            c ->
                b.append(
                    c < 0x20 || c == 0x7f ? String.format("\\u%04x", c) : Character.toString(c)));
    return b.append('\'').toString();
  }
}
