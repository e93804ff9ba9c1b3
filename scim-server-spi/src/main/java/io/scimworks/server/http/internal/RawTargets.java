package io.scimworks.server.http.internal;

import io.scimworks.server.ScimResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * Keeps request paths and queries in their raw, percent-encoded ASCII form, whatever a server did
 * with bytes a client should have encoded but did not.
 */
public final class RawTargets {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private RawTargets() {}

  /**
   * Percent-encodes every non-ASCII character of {@code s}.
   *
   * @param charsAreBytes {@code true} when the server turned each raw byte into one character
   *     (ISO-8859-1, as the JDK server does), {@code false} when it decoded UTF-8
   */
  public static String encodeNonAscii(String s, boolean charsAreBytes) {
    int i = 0;
    while (i < s.length() && s.charAt(i) < 0x80) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        out.append(c);
      } else if (charsAreBytes && c <= 0xFF) {
        appendByte(out, c);
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
        for (byte b : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
          appendByte(out, b & 0xFF);
        }
        i = end - 1;
      }
    }
    return out.toString();
  }

  /** Whether a response header is the binding's to write (message framing), not the handler's. */
  public static boolean isFramingHeader(String name) {
    return name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("Transfer-Encoding");
  }

  /**
   * Hands each response header but the framing ones to {@code set}. The values are safe to write:
   * {@link ScimResponse} refuses CR, LF and other control characters in any header.
   */
  public static void forEachHeader(ScimResponse response, BiConsumer<String, String> set) {
    response
        .headers()
        .forEach(
            (name, value) -> {
              if (!isFramingHeader(name)) {
                set.accept(name, value);
              }
            });
  }

  private static void appendByte(StringBuilder out, int b) {
    out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
  }
}
