package io.scimworks.server.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Boundaries in JSON text known to be valid (a store's own text, {@code StoredResource.json()}),
 * found by looking at bytes only: where whitespace ends, where a value that starts at a given byte
 * ends. Nothing here checks the text beyond what finding a boundary needs; a caller that meets
 * something it does not expect ({@code -1}) reads the text with a JSON parser instead.
 */
final class JsonBytes {
  private JsonBytes() {}

  /**
   * The first index at or after {@code i} that is not JSON whitespace ({@code b.length} if none).
   */
  static int skipWhitespace(byte[] b, int i) {
    while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
      i++;
    }
    return i;
  }

  /**
   * The index just after the value that starts at {@code start}: a string (escapes skipped), an
   * object or array (nested strings skipped, brackets counted), or a literal or number (up to the
   * next delimiter); {@code -1} when the text ends first.
   */
  static int valueEnd(byte[] b, int start) {
    byte c = b[start];
    if (c == '"') {
      return stringEnd(b, start);
    }
    if (c == '{' || c == '[') {
      int depth = 0;
      for (int i = start; i < b.length; i++) {
        byte x = b[i];
        if (x == '"') {
          i = stringEnd(b, i) - 1;
          if (i < 0) {
            return -1;
          }
        } else if (x == '{' || x == '[') {
          depth++;
        } else if ((x == '}' || x == ']') && --depth == 0) {
          return i + 1;
        }
      }
      return -1;
    }
    int i = start;
    while (i < b.length
        && b[i] != ','
        && b[i] != '}'
        && b[i] != ']'
        && b[i] != ' '
        && b[i] != '\n'
        && b[i] != '\r'
        && b[i] != '\t') {
      i++;
    }
    return i == start ? -1 : i;
  }

  /** The index just after the string whose opening quote is at {@code start}, or {@code -1}. */
  private static int stringEnd(byte[] b, int start) {
    int i = start + 1;
    while (i + 8 <= b.length) { // eight bytes at a time up to one that may be a quote or backslash
      long w = word(b, i);
      if ((has(w, '"') | has(w, '\\')) != 0) {
        break;
      }
      i += 8;
    }
    for (; i < b.length; i++) {
      if (b[i] == '\\') {
        i++;
      } else if (b[i] == '"') {
        return i + 1;
      }
    }
    return -1;
  }

  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  /** The eight bytes from {@code i} as one word. */
  private static long word(byte[] b, int i) {
    return (long) WORDS.get(b, i);
  }

  /**
   * Non-zero when a byte of {@code w} may be {@code c}: zero means none is, non-zero that one is or
   * that a byte after one that is looks so too, which callers settle byte by byte.
   */
  private static long has(long w, char c) {
    long x = w ^ (ONES * c);
    return (x - ONES) & ~x & HIGH_BITS;
  }

  /**
   * Non-zero when a byte of {@code w} may be a control character, beyond ASCII, a quote or a
   * backslash (zero: none is; non-zero is settled byte by byte, as for {@link #has}).
   */
  private static long special(long w) {
    long control = (w - ONES * 0x20) & ~w & HIGH_BITS;
    return control | (w & HIGH_BITS) | has(w, '"') | has(w, '\\');
  }

  private static final int NAME_SLOTS = 1024; // a power of two
  private static final QuotedName[] NAMES = new QuotedName[NAME_SLOTS];

  /**
   * The name whose bytes (printable ASCII, see {@link #plainAscii}) lie from {@code from} to {@code
   * to}, with its text ({@link QuotedName#text()}) and its bytes to write: the same object as the
   * last time these bytes were read, when the slot they hash to still holds it, so that the few
   * dozen names of a type's resources are not made again for every resource read. Slots are
   * overwritten freely; a slice is immutable and safe to share between threads.
   */
  static QuotedName name(byte[] b, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + b[i];
    }
    int slot = (h ^ (h >>> 16)) & (NAME_SLOTS - 1);
    QuotedName cached = NAMES[slot];
    if (cached != null && cached.sameBytes(b, from, to)) {
      return cached;
    }
    QuotedName name = QuotedName.plain(b, from, to);
    if (to - from <= 64) {
      NAMES[slot] = name;
    }
    return name;
  }

  /**
   * Whether the bytes from {@code from} to {@code to} are printable ASCII without a backslash or a
   * quote: the text of a JSON string that reads as it is written, one character per byte.
   */
  static boolean plainAscii(byte[] b, int from, int to) {
    int i = from;
    while (i + 8 <= to && special(word(b, i)) == 0) {
      i += 8;
    }
    for (; i < to; i++) {
      byte x = b[i];
      if (x < 0x20 || x == '\\' || x == '"') {
        return false; // negative bytes (non-ASCII) included
      }
    }
    return true;
  }
}
