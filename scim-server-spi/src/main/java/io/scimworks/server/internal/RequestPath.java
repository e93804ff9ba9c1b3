package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a raw request path into decoded segments, refusing every trick that could make one
 * resource be served as another: dot segments, empty segments, encoded slashes and backslashes,
 * control characters. Nothing is ever resolved; a suspicious path is simply not found.
 */
public final class RequestPath {
  private RequestPath() {}

  /**
   * The decoded segments of {@code rawPath} (one trailing slash ignored).
   *
   * @throws ScimException 404 for a path that cannot name a resource, 400 for bad percent-encoding
   */
  public static List<String> segments(String rawPath) {
    String p = rawPath;
    if (p.isEmpty() || p.charAt(0) != '/') {
      throw ScimException.notFound("No such endpoint");
    }
    if (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    List<String> out = new ArrayList<>(4);
    if (p.equals("/")) {
      return out;
    }
    for (int from = 1; from <= p.length(); ) {
      int to = p.indexOf('/', from);
      if (to < 0) {
        to = p.length();
      }
      String s = decode(p, from, to, false, "path");
      if (s.isEmpty() || s.equals(".") || s.equals("..") || !clean(s)) {
        throw ScimException.notFound("No such endpoint");
      }
      out.add(s);
      from = to + 1;
    }
    return out;
  }

  /** Decodes %XX escapes of a path segment as UTF-8 ({@code +} stays a plus in a path). */
  static String decode(String raw) {
    return decode(raw, 0, raw.length(), false, "path");
  }

  /** Decodes %XX escapes as UTF-8; {@code where} names the part of the URL in errors. */
  static String decode(String raw, String where) {
    return decode(raw, 0, raw.length(), false, where);
  }

  /**
   * Decodes {@code raw[from, to)}: %XX escapes as UTF-8 and, when {@code plusIsSpace} (a form), a
   * {@code +} as a space; {@code where} names the part of the URL in errors.
   */
  static String decode(String raw, int from, int to, boolean plusIsSpace, String where) {
    boolean plain = true;
    boolean nonAscii = false;
    for (int i = from; i < to; i++) {
      char c = raw.charAt(i);
      if (c == '%' || (c == '+' && plusIsSpace)) {
        plain = false;
      } else if (c >= 0x80) {
        nonAscii = true;
      }
    }
    if (plain) {
      return from == 0 && to == raw.length() ? raw : raw.substring(from, to);
    }
    // at most one byte per escape (three chars) and three per other char: no growth, no lock per
    // byte as a ByteArrayOutputStream would take
    byte[] bytes = new byte[nonAscii ? (to - from) * 3 : to - from];
    int n = 0;
    boolean ascii = true;
    for (int i = from; i < to; i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= to) {
          throw ScimException.badRequest("Malformed percent-encoding in the " + where);
        }
        int hi = hex(raw.charAt(i + 1));
        int lo = hex(raw.charAt(i + 2));
        if (hi < 0 || lo < 0) {
          throw ScimException.badRequest("Malformed percent-encoding in the " + where);
        }
        bytes[n++] = (byte) (hi * 16 + lo);
        ascii &= hi < 8;
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes[n++] = ' ';
      } else if (c < 0x80) {
        bytes[n++] = (byte) c;
      } else {
        // a run of unescaped non-ASCII characters, encoded at once so surrogate pairs stay whole
        int end = i + 1;
        while (end < to && raw.charAt(end) != '%' && raw.charAt(end) >= 0x80) {
          end++;
        }
        byte[] b = raw.substring(i, end).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(b, 0, bytes, n, b.length);
        n += b.length;
        ascii = false;
        i = end - 1;
      }
    }
    if (ascii) {
      return new String(bytes, 0, n, StandardCharsets.US_ASCII); // nothing that could be malformed
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes, 0, n))
          .toString();
    } catch (CharacterCodingException e) {
      throw ScimException.badRequest("The " + where + " is not valid UTF-8");
    }
  }

  /**
   * The value of an ASCII hex digit, or -1: not {@link Character#digit(char, int)}, which also
   * reads Arabic-Indic, fullwidth and other Unicode digits.
   */
  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static boolean clean(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f || c == ';') {
        return false;
      }
    }
    return true;
  }
}
