package io.scimworks.client.internal;

import io.scimworks.core.json.ScimJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Masks secrets in what a listener sees: credentials in headers, {@code password} values in JSON
 * bodies (attributes, URN-qualified attributes, PATCH operations whose path is {@code password}).
 */
public final class Redaction {
  /** What a masked value is replaced with. */
  public static final String MASK = "****";

  private static final List<String> SECRET_HEADER_PARTS =
      List.of("auth", "token", "secret", "cookie", "password", "api-key", "apikey");

  private Redaction() {}

  /**
   * The headers with secret values masked: {@code Authorization: Bearer ****} keeps its scheme; any
   * header whose name mentions auth, token, secret, cookie, password or an API key is {@code ****}.
   * Names are sorted case-insensitively.
   */
  public static Map<String, List<String>> headers(Map<String, List<String>> headers) {
    Map<String, List<String>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach(
        (name, values) ->
            out.put(
                name,
                secretHeader(name)
                    ? values.stream().map(v -> mask(name, v)).toList()
                    : List.copyOf(values)));
    return out;
  }

  /**
   * A body as text with secrets masked. A JSON body is re-serialised with every {@code password}
   * value replaced by {@value #MASK}; any other body is decoded as UTF-8 as it is.
   */
  public static String body(byte[] body) {
    if (body.length == 0) {
      return "";
    }
    if (!looksLikeJson(body)) {
      return new String(body, StandardCharsets.UTF_8);
    }
    JsonNode tree;
    try {
      tree = ScimJson.read(body);
    } catch (RuntimeException e) {
      // Broken JSON (e.g. a truncated body) is shown as a placeholder: it could hold a password
      // that cannot be found without parsing.
      return "<" + body.length + " bytes of malformed JSON>";
    }
    maskTree(tree);
    return ScimJson.write(tree);
  }

  private static boolean looksLikeJson(byte[] body) {
    for (byte b : body) {
      if (b == '{' || b == '[') {
        return true;
      }
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return false;
  }

  private static void maskTree(JsonNode node) {
    if (node instanceof ObjectNode o) {
      JsonNode path = ScimJson.getIgnoreCase(o, "path");
      boolean passwordOp = path != null && path.isString() && isPassword(path.stringValue());
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        String key = e.getKey();
        if (isPassword(key) || (passwordOp && key.equalsIgnoreCase("value"))) {
          o.put(key, MASK);
        } else {
          maskTree(e.getValue());
        }
      }
    } else if (node instanceof ArrayNode a) {
      for (JsonNode element : a) {
        maskTree(element);
      }
    }
  }

  private static boolean isPassword(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    return n.equals("password") || n.endsWith(":password");
  }

  private static boolean secretHeader(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return SECRET_HEADER_PARTS.stream().anyMatch(n::contains);
  }

  /** Keeps the scheme of an authorization header ({@code Bearer ****}), nothing else. */
  private static String mask(String name, String value) {
    int space = value.indexOf(' ');
    boolean scheme = name.toLowerCase(Locale.ROOT).contains("authorization") && space > 0;
    return scheme ? value.substring(0, space) + " " + MASK : MASK;
  }
}
