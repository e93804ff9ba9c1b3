package io.scimworks.store.jdbc.internal;

/**
 * PostgreSQL's text of a {@code jsonb} value made compact. PostgreSQL writes a space after every
 * {@code :} and {@code ,} between tokens ({@code {"a": 1, "b": [1, 2]}}); the server copies members
 * of a stored resource's text into responses as they are, so the store drops whitespace between
 * tokens once when it reads a row. Strings, escapes included, are copied unchanged.
 */
final class JsonbText {
  private JsonbText() {}

  /**
   * {@code text} (valid JSON in UTF-8) without whitespace outside strings; the array itself when it
   * has none. Two passes over the text and one array of the result's size.
   */
  static byte[] compact(byte[] text) {
    int drop = 0;
    boolean inString = false;
    for (int i = 0; i < text.length; i++) {
      byte b = text[i];
      if (inString) {
        if (b == '\\') {
          i++; // the escaped byte, whatever it is (an escaped quote does not end the string)
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
        drop++;
      }
    }
    if (drop == 0) {
      return text;
    }
    byte[] out = new byte[text.length - drop];
    int n = 0;
    inString = false;
    for (int i = 0; i < text.length; i++) {
      byte b = text[i];
      if (inString) {
        if (b == '\\') {
          out[n++] = b;
          b = text[++i];
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
        continue;
      }
      out[n++] = b;
    }
    return out;
  }
}
