package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import io.scimworks.core.json.ScimJson;
import io.scimworks.server.ScimResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds responses; every body is {@code application/scim+json}. */
public final class Responses {
  /** The RFC 7644 §3.12 error schema. */
  public static final String ERROR_URN = "urn:ietf:params:scim:api:messages:2.0:Error";

  private static final byte[] NO_BODY = new byte[0];

  private Responses() {}

  /** A JSON response with extra headers. */
  public static ScimResponse json(int status, JsonNode body, Map<String, String> headers) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put("Content-Type", ScimResponse.SCIM_JSON);
    return new ScimResponse(status, h, ScimJson.writeBytes(body));
  }

  /** A JSON response. */
  public static ScimResponse json(int status, JsonNode body) {
    return json(status, body, Map.of());
  }

  /** A response without a body (204, 304). */
  public static ScimResponse empty(int status, Map<String, String> headers) {
    return new ScimResponse(status, headers, NO_BODY);
  }

  /** The RFC 7644 §3.12 body of an error. */
  public static ObjectNode errorBody(ScimException e) {
    ObjectNode body = ScimJson.object();
    body.putArray("schemas").add(ERROR_URN);
    body.put("status", Integer.toString(e.status()));
    if (e.scimType() != null) {
      body.put("scimType", e.scimType());
    }
    if (e.detail() != null) {
      body.put("detail", e.detail());
    }
    return body;
  }

  /** An error response with extra headers. */
  public static ScimResponse error(ScimException e, Map<String, String> headers) {
    if (e instanceof MethodNotAllowed) {
      Map<String, String> h = new LinkedHashMap<>(headers);
      h.put("Allow", ((MethodNotAllowed) e).allow());
      return json(e.status(), errorBody(e), h);
    }
    return json(e.status(), errorBody(e), headers);
  }

  /** An error response. */
  public static ScimResponse error(ScimException e) {
    return error(e, Map.of());
  }
}
