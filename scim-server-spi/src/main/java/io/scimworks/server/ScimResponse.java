package io.scimworks.server;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP response as the server produces it: a status, headers and a body. Bindings copy it to the
 * wire as it is.
 *
 * @param status the HTTP status code
 * @param headers header values by name (a case-insensitive map, in the order given), one value each
 * @param body the body bytes, empty for none (204, 304)
 */
public record ScimResponse(int status, Map<String, String> headers, byte[] body) {

  /** The media type of every SCIM body. */
  public static final String SCIM_JSON = "application/scim+json";

  /**
   * Copies headers into an unmodifiable case-insensitive map (a name given twice in different cases
   * keeps its first spelling and its last value), checking that no name or value could split the
   * response: every response header passes here, so none can carry CR or LF.
   *
   * @param status the HTTP status
   * @param headers header values by name; copied
   * @param body the body bytes, empty for none; not copied, not null
   * @throws IllegalArgumentException when a header name is not an HTTP token, or a value holds a
   *     control character other than tab (CR, LF, NUL...)
   */
  public ScimResponse {
    Objects.requireNonNull(body, "body");
    headers = HeaderMap.copyOf(headers, ScimResponse::checkHeader);
  }

  /** The characters of an HTTP token (RFC 9110 §5.6.2), by code below 0x7F. */
  private static final boolean[] TOKEN = new boolean[0x7F];

  static {
    for (char c = 0x21; c < 0x7F; c++) {
      TOKEN[c] = "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
    }
  }

  private static void checkHeader(String name, String value) {
    if (name.isEmpty()) {
      throw new IllegalArgumentException("empty response header name");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 0x7F || !TOKEN[c]) {
        throw new IllegalArgumentException("response header name is not a token: " + name);
      }
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7F) {
        throw new IllegalArgumentException(
            "response header " + name + " holds control character " + (int) c);
      }
    }
  }

  /**
   * The value of a header, for tests and decorators that inspect what the server answered ({@code
   * response.header("ETag")}, {@code "Location"}).
   *
   * @param name the header name, in any case
   * @return the value, or {@code null} when the response has no such header (a 204 has no {@code
   *     Content-Type}, an error no {@code ETag}): check before use
   */
  public @Nullable String header(String name) {
    return headers.get(name);
  }

  /**
   * This response with one more header, or with {@code name}'s value replaced when it has one
   * (keeping its spelling and place); checked as the constructor checks headers.
   *
   * @param name the header name; an HTTP token
   * @param value the value; no control character other than tab
   * @return a new response with the same status and body (the array is shared, not copied)
   * @throws IllegalArgumentException when the name or the value is not allowed
   */
  public ScimResponse withHeader(String name, String value) {
    checkHeader(name, value);
    return new ScimResponse(status, ((HeaderMap) headers).with(name, value), body);
  }

  /**
   * The body decoded as UTF-8.
   *
   * @return the body as text; empty when there is none
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
