package io.scimworks.core.message;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.json.ScimJson;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outcome of one bulk operation (RFC 7644 §3.7.3).
 *
 * @param method the operation's method
 * @param bulkId the operation's {@code bulkId}, or {@code null}
 * @param version the resource's new version, or {@code null}
 * @param location the resource's URI, or {@code null} (e.g. a failed POST)
 * @param status the HTTP status, written as a string
 * @param response the response body (an error for failures), or {@code null}
 */
public record BulkOperationResult(
    String method,
    @Nullable String bulkId,
    @Nullable String version,
    @Nullable String location,
    int status,
    @Nullable JsonNode response) {

  /**
   * Normalises the method to upper case.
   *
   * @param method the method in any case; not null
   * @param bulkId the operation's {@code bulkId}, or {@code null}
   * @param version the new version, or {@code null}
   * @param location the resource's URI, or {@code null}
   * @param status the HTTP status of the operation
   * @param response the response body, or {@code null}
   * @throws NullPointerException when {@code method} is null
   */
  public BulkOperationResult {
    method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
  }

  /**
   * A failed operation whose response is the error body of {@code error}.
   *
   * @param op the operation that failed; its method and {@code bulkId} are kept
   * @param error why it failed; its status becomes the result's
   * @return a result without version and location whose response is the RFC 7644 §3.12 error body
   */
  public static BulkOperationResult failure(BulkOperation op, ScimException error) {
    return new BulkOperationResult(
        op.method(), op.bulkId(), null, null, error.status(), ErrorResponse.from(error).toJson());
  }

  /**
   * Reads one result; {@code status} as a string or number.
   *
   * @param json one element of {@code Operations}; member names in any case
   * @return the result, its method in upper case
   * @throws ScimException 400 {@code invalidSyntax} naming what is wrong
   */
  public static BulkOperationResult fromJson(JsonNode json) {
    ObjectNode o = Json.object(json, "bulk operation result");
    String method = Json.text(o, "method");
    Integer status = Json.integer(o, "status");
    if (method == null || status == null) {
      throw ScimException.of(
          ScimType.INVALID_SYNTAX, "a bulk operation result needs 'method' and 'status'");
    }
    return new BulkOperationResult(
        method,
        Json.text(o, "bulkId"),
        Json.text(o, "version"),
        Json.text(o, "location"),
        status,
        Json.get(o, "response"));
  }

  /**
   * Writes the result, with {@code status} as a string.
   *
   * @return a new object with {@code method}, {@code status} (a string) and the members that are
   *     set
   */
  public ObjectNode toJson() {
    ObjectNode o = ScimJson.object();
    if (location != null) {
      o.put("location", location);
    }
    o.put("method", method);
    if (bulkId != null) {
      o.put("bulkId", bulkId);
    }
    if (version != null) {
      o.put("version", version);
    }
    o.put("status", Integer.toString(status));
    if (response != null) {
      o.set("response", response);
    }
    return o;
  }
}
