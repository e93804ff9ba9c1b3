package io.scimworks.client.internal;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A response as received.
 *
 * @param call the request it answers
 * @param uri the URI requested
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the body bytes, empty when there was none
 */
public record HttpResult(HttpCall call, URI uri, int status, HttpHeaders headers, byte[] body) {

  private static final int SNIPPET_LENGTH = 200;

  /** The first value of header {@code name}, or {@code null}. */
  public @Nullable String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  /** The {@code Content-Type}, or {@code null}. */
  public @Nullable String contentType() {
    return header("Content-Type");
  }

  /** Whether the status is 2xx. */
  public boolean successful() {
    return status >= 200 && status <= 299;
  }

  /** The beginning of the body as text with whitespace collapsed, for error messages. */
  public String snippet() {
    String text =
        new String(body, 0, Math.min(body.length, SNIPPET_LENGTH * 4), StandardCharsets.UTF_8);
    String collapsed = text.replaceAll("\\s+", " ").trim();
    return collapsed.length() <= SNIPPET_LENGTH
        ? collapsed
        : collapsed.substring(0, SNIPPET_LENGTH) + "...";
  }
}
