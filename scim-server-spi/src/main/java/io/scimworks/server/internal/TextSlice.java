package io.scimworks.server.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Bytes of UTF-8 JSON text that a generator copies as they are: a stored value written with {@code
 * writeRawValue}, or a name whose bytes are plain ASCII ({@link JsonBytes#plainAscii}) written with
 * {@code writeName}, which then needs no escaping. Immutable, so safe to share between threads.
 */
final class TextSlice implements SerializableString {
  private final byte[] bytes;
  private final int from;
  private final int to;

  /**
   * The text of a plain name (its bytes are plain ASCII, so quoting them as a JSON string changes
   * nothing), or {@code null} for raw JSON text.
   */
  private final @Nullable String plain;

  private TextSlice(byte[] bytes, int from, int to, @Nullable String plain) {
    this.bytes = bytes;
    this.from = from;
    this.to = to;
    this.plain = plain;
  }

  /** JSON text from {@code from} to {@code to}, to be written raw. */
  static TextSlice raw(byte[] bytes, int from, int to) {
    return new TextSlice(bytes, from, to, null);
  }

  /**
   * A name made of the plain ASCII bytes ({@link JsonBytes#plainAscii}) from {@code from} to {@code
   * to}, copied, so that writing it needs no escaping.
   */
  static TextSlice plainName(byte[] bytes, int from, int to) {
    return new TextSlice(
        Arrays.copyOfRange(bytes, from, to),
        0,
        to - from,
        new String(bytes, from, to - from, StandardCharsets.ISO_8859_1));
  }

  /** Whether this slice holds the bytes from {@code from} to {@code to} of {@code other}. */
  boolean sameBytes(byte[] other, int from, int to) {
    return Arrays.equals(bytes, this.from, this.to, other, from, to);
  }

  @Override
  public int appendUnquotedUTF8(byte[] buffer, int offset) {
    int n = to - from;
    if (offset + n > buffer.length) {
      return -1;
    }
    System.arraycopy(bytes, from, buffer, offset, n);
    return n;
  }

  @Override
  public byte[] asUnquotedUTF8() {
    return Arrays.copyOfRange(bytes, from, to);
  }

  @Override
  public String getValue() {
    return plain != null ? plain : new String(bytes, from, to - from, StandardCharsets.UTF_8);
  }

  private SerializedString text() {
    return new SerializedString(getValue());
  }

  @Override
  public int charLength() {
    return plain != null ? to - from : getValue().length();
  }

  @Override
  public char[] asQuotedChars() {
    return text().asQuotedChars();
  }

  @Override
  public byte[] asQuotedUTF8() {
    return plain != null ? asUnquotedUTF8() : text().asQuotedUTF8();
  }

  @Override
  public int appendQuotedUTF8(byte[] buffer, int offset) {
    return plain != null
        ? appendUnquotedUTF8(buffer, offset)
        : text().appendQuotedUTF8(buffer, offset);
  }

  @Override
  public int appendQuoted(char[] buffer, int offset) {
    return text().appendQuoted(buffer, offset);
  }

  @Override
  public int appendUnquoted(char[] buffer, int offset) {
    return text().appendUnquoted(buffer, offset);
  }

  @Override
  public int writeQuotedUTF8(OutputStream out) throws IOException {
    return plain != null ? writeUnquotedUTF8(out) : text().writeQuotedUTF8(out);
  }

  @Override
  public int writeUnquotedUTF8(OutputStream out) throws IOException {
    out.write(bytes, from, to - from);
    return to - from;
  }

  @Override
  public int putQuotedUTF8(ByteBuffer buffer) {
    return plain != null ? putUnquotedUTF8(buffer) : text().putQuotedUTF8(buffer);
  }

  @Override
  public int putUnquotedUTF8(ByteBuffer buffer) {
    int n = to - from;
    if (n > buffer.remaining()) {
      return -1;
    }
    buffer.put(bytes, from, n);
    return n;
  }

  @Override
  public String toString() {
    return getValue();
  }
}
