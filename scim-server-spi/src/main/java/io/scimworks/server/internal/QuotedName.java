package io.scimworks.server.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A member name with the bytes that write it ({@code "name":}), made once: the fixed names of every
 * response, and the names a stored text spells in plain ASCII ({@link JsonBytes#name}). Immutable,
 * so safe to share between threads.
 */
final class QuotedName {
  private final String text;
  private final byte[] bytes;

  private QuotedName(String text, byte[] bytes) {
    this.text = text;
    this.bytes = bytes;
  }

  /** The name {@code text}, quoted as {@link JsonOut} quotes strings. */
  static QuotedName of(String text) {
    byte[] quoted = JsonOut.quoted(text);
    byte[] b = Arrays.copyOf(quoted, quoted.length + 1);
    b[quoted.length] = ':';
    return new QuotedName(text, b);
  }

  /**
   * The name made of the plain ASCII bytes ({@link JsonBytes#plainAscii}) from {@code from} to
   * {@code to}, which quoting leaves as they are.
   */
  static QuotedName plain(byte[] text, int from, int to) {
    int n = to - from;
    byte[] b = new byte[n + 3];
    b[0] = '"';
    System.arraycopy(text, from, b, 1, n);
    b[n + 1] = '"';
    b[n + 2] = ':';
    return new QuotedName(new String(text, from, n, StandardCharsets.ISO_8859_1), b);
  }

  /**
   * Whether this is the plain name whose bytes lie from {@code from} to {@code to} of {@code b}.
   */
  boolean sameBytes(byte[] b, int from, int to) {
    return Arrays.equals(bytes, 1, bytes.length - 2, b, from, to);
  }

  /** The name. */
  String text() {
    return text;
  }

  /** The bytes that write it: the quoted name and a colon. Not to be changed. */
  byte[] bytes() {
    return bytes;
  }

  @Override
  public String toString() {
    return text;
  }
}
