package io.scimworks.compliance.internal;

import io.scimworks.core.json.ScimJson;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A response as it came over the wire.
 *
 * @param status the HTTP status
 * @param headers the headers (names lower case)
 * @param body the body as text
 */
public record Response(int status, Map<String, List<String>> headers, String body) {

  /** The first value of a header, or {@code null}. */
  public @Nullable String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The body as a JSON object, or a failure saying what came instead. */
  public ObjectNode json() {
    if (body.isBlank()) {
      throw new CheckFailure("a JSON body", "HTTP " + status + " with an empty body");
    }
    JsonNode node;
    try {
      node = ScimJson.read(body);
    } catch (RuntimeException e) {
      throw new CheckFailure("a JSON body", "HTTP " + status + " with a body that is not JSON");
    }
    if (!(node instanceof ObjectNode object)) {
      throw new CheckFailure("a JSON object", "HTTP " + status + " with " + node.getNodeType());
    }
    return object;
  }

  /** The body as JSON when it is a JSON object, else {@code null}. */
  public @Nullable ObjectNode jsonOrNull() {
    try {
      return body.isBlank() ? null : json();
    } catch (CheckFailure e) {
      return null;
    }
  }

  /** {@code HTTP 404 {"detail": ...}} cut short, for failure messages. */
  public String brief() {
    String text = body.replaceAll("\\s+", " ").trim();
    if (text.length() > 300) {
      text = text.substring(0, 300) + "...";
    }
    return "HTTP " + status + (text.isEmpty() ? "" : " " + text);
  }
}
