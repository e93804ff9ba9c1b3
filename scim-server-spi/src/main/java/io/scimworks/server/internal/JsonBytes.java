package io.scimworks.server.internal;

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
    for (int i = start + 1; i < b.length; i++) {
      if (b[i] == '\\') {
        i++;
      } else if (b[i] == '"') {
        return i + 1;
      }
    }
    return -1;
  }

  private static final int NAME_SLOTS = 1024; // a power of two
  private static final TextSlice[] NAMES = new TextSlice[NAME_SLOTS];

  /**
   * The name whose bytes (printable ASCII, see {@link #plainAscii}) lie from {@code from} to {@code
   * to}, with its text ({@link TextSlice#getValue()}) and its bytes to write: the same object as
   * the last time these bytes were read, when the slot they hash to still holds it, so that the few
   * dozen names of a type's resources are not made again for every resource read. Slots are
   * overwritten freely; a slice is immutable and safe to share between threads.
   */
  static TextSlice name(byte[] b, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + b[i];
    }
    int slot = (h ^ (h >>> 16)) & (NAME_SLOTS - 1);
    TextSlice cached = NAMES[slot];
    if (cached != null && cached.sameBytes(b, from, to)) {
      return cached;
    }
    TextSlice name = TextSlice.plainName(b, from, to);
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
    for (int i = from; i < to; i++) {
      byte x = b[i];
      if (x < 0x20 || x == '\\' || x == '"') {
        return false; // negative bytes (non-ASCII) included
      }
    }
    return true;
  }
}
