package io.scimworks.core.message;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An RFC 7644 §3.12 error body.
 *
 * <pre>{@code
 * {"schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"],
 *  "status": "409", "scimType": "uniqueness", "detail": "userName 'bjensen' is taken"}
 * }</pre>
 *
 * <p>{@code status} is written as a string, as the RFC shows and Entra expects; it is read from a
 * string or a number.
 *
 * @param status the HTTP status
 * @param scimType the {@code scimType} keyword, or {@code null}
 * @param detail the human-readable detail, or {@code null}
 */
public record ErrorResponse(int status, @Nullable String scimType, @Nullable String detail) {

  /**
   * The error body for an exception.
   *
   * @param e the error; not null
   * @return a body with the error's status, {@code scimType} and detail
   */
  public static ErrorResponse from(ScimException e) {
    return new ErrorResponse(e.status(), e.scimType(), e.detail());
  }

  /**
   * The exception this body describes (e.g. for a client to throw).
   *
   * @return a new exception with this body's status, {@code scimType} and detail, to throw
   */
  public ScimException toException() {
    return ScimException.received(status, scimType, detail);
  }

  /**
   * Reads an error body; a missing or unparsable {@code status} reads as 500.
   *
   * @param json the error body; member names in any case
   * @return the body; status 500 when {@code status} is absent or not a number
   * @throws ScimException 400 {@code invalidSyntax} if the node is not an object
   */
  public static ErrorResponse fromJson(JsonNode json) {
    ObjectNode o = Json.object(json, "error response");
    int status = 500;
    JsonNode s = Json.get(o, "status");
    if (s != null && s.isIntegralNumber()) {
      status = s.intValue();
    } else if (s != null && s.isString()) {
      try {
        status = Integer.parseInt(s.stringValue().trim());
      } catch (NumberFormatException e) {
        status = 500;
      }
    }
    return new ErrorResponse(status, Json.text(o, "scimType"), Json.text(o, "detail"));
  }

  /**
   * Writes the body; absent parts are left out.
   *
   * @return a new object with {@code schemas}, {@code status} as a string, and {@code scimType} and
   *     {@code detail} when set
   */
  public ObjectNode toJson() {
    ObjectNode o = ScimJson.object();
    o.putArray("schemas").add(ScimUrns.ERROR);
    o.put("status", Integer.toString(status));
    if (scimType != null) {
      o.put("scimType", scimType);
    }
    if (detail != null) {
      o.put("detail", detail);
    }
    return o;
  }
}
