package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.server.ScimRequest;
import java.util.List;
import java.util.Locale;

/**
 * Checks how a request body is sent before it is parsed, so that nothing is read in an encoding the
 * client did not mean:
 *
 * <ul>
 *   <li>{@code Content-Type} {@code application/scim+json} or {@code application/json}, with any
 *       parameters, or none at all; anything else is a 415;
 *   <li>a {@code charset} parameter, if any, naming UTF-8 (JSON is UTF-8, RFC 8259 §8.1): a body
 *       declared {@code ISO-8859-1} or {@code UTF-16} is a 415 rather than text read as UTF-8;
 *   <li>no {@code Content-Encoding} but {@code identity}: a compressed body is a 415 (RFC 9110
 *       §15.5.16), not bytes handed to the JSON parser;
 *   <li>bytes that are UTF-8: the JSON parser would otherwise recognise a UTF-16 or UTF-32 body by
 *       its first bytes; such a body is a 400 {@code invalidSyntax}. A UTF-8 byte order mark is
 *       ignored, as RFC 8259 allows.
 * </ul>
 */
final class RequestBodies {
  private static final int ECHO = 64;

  private RequestBodies() {}

  /**
   * The body of {@code request}, once its headers say it is JSON in UTF-8 and its first bytes do
   * not contradict them.
   *
   * @throws ScimException 415 for another media type, charset or content coding; 400 {@code
   *     invalidSyntax} for a body in UTF-16 or UTF-32
   */
  static byte[] json(ScimRequest request) {
    checkMediaType(request.headers().get("Content-Type"));
    checkContentEncoding(request.headers().get("Content-Encoding"));
    byte[] body = request.body();
    if (!looksLikeUtf8(body)) {
      throw ScimException.of(
          ScimType.INVALID_SYNTAX, "The request body is not UTF-8 (RFC 8259 §8.1)");
    }
    return body;
  }

  private static void checkMediaType(List<String> values) {
    if (values == null || values.isEmpty()) {
      return;
    }
    String type = String.join(",", values);
    if (type.isBlank()) {
      return;
    }
    String[] parts = type.split(";", -1);
    String media = parts[0].strip().toLowerCase(Locale.ROOT);
    if (values.size() > 1
        || (!media.equals("application/scim+json") && !media.equals("application/json"))) {
      throw ScimException.unsupportedMediaType(
          "Send application/scim+json or application/json, not " + echo(type));
    }
    for (int i = 1; i < parts.length; i++) {
      String param = parts[i].strip();
      int eq = param.indexOf('=');
      if (eq < 0 || !param.substring(0, eq).strip().equalsIgnoreCase("charset")) {
        continue;
      }
      String charset = unquote(param.substring(eq + 1).strip());
      if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
        throw ScimException.unsupportedMediaType(
            "JSON is read as UTF-8 (RFC 8259 §8.1); send charset=utf-8 or no charset, not "
                + echo(charset));
      }
    }
  }

  private static void checkContentEncoding(List<String> values) {
    if (values == null) {
      return;
    }
    for (String value : values) {
      for (String coding : value.split(",", -1)) {
        String c = coding.strip();
        if (!c.isEmpty() && !c.equalsIgnoreCase("identity")) {
          throw ScimException.unsupportedMediaType(
              "Content-Encoding " + echo(c) + " is not supported; send the body uncompressed");
        }
      }
    }
  }

  /**
   * Whether the body is not UTF-16 or UTF-32 by the signs a JSON parser detects them by: a UTF-16
   * byte order mark, or a zero byte among the first four (a JSON text starts with an ASCII
   * character, which UTF-16 and UTF-32 encode with zero bytes; in UTF-8 a zero byte is a NUL, which
   * JSON does not allow there either).
   */
  private static boolean looksLikeUtf8(byte[] body) {
    if (body.length >= 2
        && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)
            || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE))) {
      return false;
    }
    for (int i = 0; i < Math.min(4, body.length); i++) {
      if (body[i] == 0) {
        return false;
      }
    }
    return true;
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
        ? s.substring(1, s.length() - 1)
        : s;
  }

  private static String echo(String s) {
    return s.length() > ECHO ? s.substring(0, ECHO) + "..." : s;
  }
}
