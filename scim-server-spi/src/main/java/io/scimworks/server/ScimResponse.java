package io.scimworks.server;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An HTTP response as the server produces it: a status, headers and a body. Bindings copy it to the
 * wire as it is.
 *
 * @param status the HTTP status code
 * @param headers header values by name (case-insensitive map), one value each
 * @param body the body bytes, empty for none (204, 304)
 */
public record ScimResponse(int status, Map<String, String> headers, byte[] body) {

  /** The media type of every SCIM body. */
  public static final String SCIM_JSON = "application/scim+json";

  /** Copies headers into an unmodifiable case-insensitive map. */
  public ScimResponse {
    Objects.requireNonNull(body, "body");
    TreeMap<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.putAll(headers);
    headers = Collections.unmodifiableMap(h);
  }

  /** The value of a header, or {@code null}. */
  public String header(String name) {
    return headers.get(name);
  }

  /** The body decoded as UTF-8. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
