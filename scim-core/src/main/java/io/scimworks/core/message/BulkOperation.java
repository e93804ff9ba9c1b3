package io.scimworks.core.message;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.json.ScimJson;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One operation of a {@link BulkRequest} (RFC 7644 §3.7).
 *
 * @param method {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE}: case-sensitive, as the
 *     HTTP methods they name are (RFC 9110 §9.1), so {@code "post"} is refused
 * @param bulkId the client's transient id (required for POST), or {@code null}
 * @param version the expected version for PUT/PATCH/DELETE ({@code If-Match}), or {@code null}
 * @param path the resource path, e.g. {@code /Users} or {@code /Users/2819c223}
 * @param data the body (a resource or a PATCH request), or {@code null}
 */
public record BulkOperation(
    String method,
    @Nullable String bulkId,
    @Nullable String version,
    String path,
    @Nullable JsonNode data) {

  /**
   * Checks the method.
   *
   * @param method {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE}, in upper case; not
   *     null
   * @param bulkId the client's transient id, or {@code null}
   * @param version the expected version, or {@code null}
   * @param path the resource path relative to the service root; not null
   * @param data the body, or {@code null} (DELETE)
   * @throws NullPointerException when {@code method} or {@code path} is null
   * @throws ScimException 400 {@code invalidValue} when the method is not POST, PUT, PATCH or
   *     DELETE (in any other case too)
   */
  public BulkOperation {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    if (!method.equals("POST")
        && !method.equals("PUT")
        && !method.equals("PATCH")
        && !method.equals("DELETE")) {
      throw ScimException.of(
          ScimType.INVALID_VALUE,
          "bulk operation method must be POST, PUT, PATCH or DELETE (case-sensitive), not '"
              + method
              + "'");
    }
  }

  /**
   * Reads one operation; {@code method} exactly as the record requires.
   *
   * @param json one element of {@code Operations}; member names in any case
   * @return the operation
   * @throws ScimException 400 naming what is missing or wrong
   */
  public static BulkOperation fromJson(JsonNode json) {
    ObjectNode o = Json.object(json, "bulk operation");
    String method = Json.text(o, "method");
    String path = Json.text(o, "path");
    if (method == null || path == null) {
      throw ScimException.of(ScimType.INVALID_SYNTAX, "a bulk operation needs 'method' and 'path'");
    }
    return new BulkOperation(
        method, Json.text(o, "bulkId"), Json.text(o, "version"), path, Json.get(o, "data"));
  }

  /**
   * Writes the operation.
   *
   * @return a new object with {@code method}, {@code path} and the members that are set
   */
  public ObjectNode toJson() {
    ObjectNode o = ScimJson.object();
    o.put("method", method);
    if (bulkId != null) {
      o.put("bulkId", bulkId);
    }
    if (version != null) {
      o.put("version", version);
    }
    o.put("path", path);
    if (data != null) {
      o.set("data", data);
    }
    return o;
  }
}
