package io.scimworks.server.internal;

import io.scimworks.core.json.ScimJson;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.ShortNode;
import tools.jackson.databind.node.StringNode;

/**
 * A response body written as compact UTF-8 JSON straight into one growing byte array: the bytes
 * {@link ScimJson#writeBytes} writes for the same tree, and JSON text copied from stored resources
 * as it is. A read answers with one of these instead of a Jackson generator, whose set-up (context,
 * recycled buffers, a collecting stream) cost more than writing a typical user.
 *
 * <p>Strings are escaped as the shared mapper escapes them: {@code "} and {@code \} with a
 * backslash, {@code \b \t \n \f \r} by their short forms, the other control characters and any
 * surrogate that is not half of a pair as {@code \}{@code uXXXX} (upper-case hex), everything else
 * as UTF-8. Numbers other than integers and anything only code can build (binary, POJO and raw
 * nodes) are written by the mapper, so that they come out exactly as it writes them. Nesting is
 * limited as the mapper's writing is ({@link ScimJson#MAX_NESTING_DEPTH} plus {@link
 * ScimJson#WRITE_HEADROOM}). Not thread-safe: one per body.
 */
final class JsonOut {
  private static final int MAX_DEPTH = ScimJson.MAX_NESTING_DEPTH + ScimJson.WRITE_HEADROOM;
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  private byte[] buf;
  private int len;
  private int depth;
  private boolean comma; // whether the next name or value follows a sibling

  /** The bytes {@code body} writes; it must write exactly one JSON value. */
  static byte[] write(Consumer<JsonOut> body) {
    byte[] scratch = SCRATCH.get();
    SCRATCH.set(null); // taken while in use: a body written while writing one gets its own
    JsonOut out = new JsonOut(scratch != null ? scratch : new byte[SCRATCH_BYTES]);
    body.accept(out);
    byte[] bytes = out.toByteArray();
    if (out.buf.length <= MAX_SCRATCH_BYTES) {
      SCRATCH.set(out.buf);
    } else if (scratch != null) {
      SCRATCH.set(scratch);
    }
    return bytes;
  }

  private static final int SCRATCH_BYTES = 4096;
  private static final int MAX_SCRATCH_BYTES = 64 * 1024;

  /**
   * A buffer per thread that bodies are written into before they are copied out at their size: a
   * body then allocates its bytes once, however it grows. Up to {@value #MAX_SCRATCH_BYTES} bytes
   * are kept per thread.
   */
  private static final ThreadLocal<byte @Nullable []> SCRATCH = new ThreadLocal<>();

  private JsonOut(byte[] buf) {
    this.buf = buf;
  }

  /** The bytes written, exactly. */
  byte[] toByteArray() {
    return Arrays.copyOf(buf, len);
  }

  JsonOut startObject() {
    return open('{');
  }

  JsonOut endObject() {
    return close('}');
  }

  JsonOut startArray() {
    return open('[');
  }

  JsonOut endArray() {
    return close(']');
  }

  /** Writes a name quoted once ahead of time. */
  JsonOut name(QuotedName name) {
    byte[] b = name.bytes();
    separate(b.length);
    System.arraycopy(b, 0, buf, len, b.length);
    len += b.length;
    comma = false;
    return this;
  }

  /** Writes a name. */
  JsonOut name(String name) {
    separate(0);
    quote(name);
    ensure(1);
    buf[len++] = ':';
    comma = false;
    return this;
  }

  /** Writes a string value. */
  JsonOut string(String value) {
    separate(0);
    quote(value);
    comma = true;
    return this;
  }

  /** Writes a string member. */
  JsonOut string(QuotedName name, String value) {
    return name(name).string(value);
  }

  /** Writes a string member whose value is {@code head} followed by {@code tail}. */
  JsonOut string(QuotedName name, String head, String tail) {
    name(name);
    separate(0);
    ensure(1);
    buf[len++] = '"';
    chars(head);
    chars(tail);
    ensure(1);
    buf[len++] = '"';
    comma = true;
    return this;
  }

  /** Writes an integer value. */
  JsonOut number(long value) {
    separate(20);
    if (value == Long.MIN_VALUE) {
      ascii(Long.toString(value));
    } else {
      long v = value;
      if (v < 0) {
        buf[len++] = '-';
        v = -v;
      }
      int digits = 1;
      for (long p = 10; digits < 19 && v >= p; p *= 10) {
        digits++;
      }
      for (int i = len + digits - 1; i >= len; i--) {
        buf[i] = (byte) ('0' + v % 10);
        v /= 10;
      }
      len += digits;
    }
    comma = true;
    return this;
  }

  /** Writes one JSON value given as text: the UTF-8 bytes from {@code from} to {@code to}. */
  JsonOut raw(byte[] text, int from, int to) {
    int n = to - from;
    separate(n);
    System.arraycopy(text, from, buf, len, n);
    len += n;
    comma = true;
    return this;
  }

  /** Writes a tree, as {@link ScimJson#writeBytes} writes it. */
  JsonOut tree(JsonNode node) {
    if (node instanceof StringNode) {
      return string(node.stringValue());
    } else if (node instanceof ObjectNode o) {
      startObject();
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        name(e.getKey());
        tree(e.getValue());
      }
      return endObject();
    } else if (node instanceof ArrayNode a) {
      startArray();
      for (JsonNode e : a) {
        tree(e);
      }
      return endArray();
    } else if (node instanceof BooleanNode) {
      return literal(node.booleanValue() ? TRUE : FALSE);
    } else if (node instanceof NullNode) {
      return literal(NULL);
    } else if (node instanceof IntNode || node instanceof LongNode || node instanceof ShortNode) {
      return number(node.longValue());
    }
    byte[] text = ScimJson.writeBytes(node); // numbers with fractions, big numbers, binary, POJOs
    return raw(text, 0, text.length);
  }

  private JsonOut literal(byte[] word) {
    return raw(word, 0, word.length);
  }

  private JsonOut open(char c) {
    if (++depth > MAX_DEPTH) {
      throw new StreamConstraintsException(
          "Document nesting depth (" + depth + ") exceeds the maximum allowed (" + MAX_DEPTH + ")");
    }
    separate(1);
    buf[len++] = (byte) c;
    comma = false;
    return this;
  }

  private JsonOut close(char c) {
    depth--;
    ensure(1);
    buf[len++] = (byte) c;
    comma = true;
    return this;
  }

  /** Writes the comma before a sibling, and makes room for {@code more} bytes after it. */
  private void separate(int more) {
    ensure(more + 1);
    if (comma) {
      buf[len++] = ',';
    }
  }

  private void ensure(int more) {
    if (len + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(len + more, buf.length * 2));
    }
  }

  private void ascii(String s) {
    ensure(s.length());
    for (int i = 0; i < s.length(); i++) {
      buf[len++] = (byte) s.charAt(i);
    }
  }

  /** Writes {@code s} as a quoted JSON string. */
  private void quote(String s) {
    ensure(1);
    buf[len++] = '"';
    chars(s);
    ensure(1);
    buf[len++] = '"';
  }

  /** Writes the chars of {@code s}, escaped and encoded, without quotes. */
  private void chars(String s) {
    int n = s.length();
    ensure(n);
    byte[] b = buf;
    int at = len;
    int i = 0;
    for (; i < n; i++) { // printable ASCII but quote and backslash, the usual: as it is
      char c = s.charAt(i);
      if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
        break;
      }
      b[at++] = (byte) c;
    }
    if (i < n) {
      len = at;
      ensure((n - i) * 6 + 1); // the longest form of a char is six bytes (an escape)
      b = buf;
      at = rest(s, i, b, at);
    }
    len = at;
  }

  /** Writes the chars of {@code s} from {@code i} on, escaped and encoded; returns the new end. */
  private static int rest(String s, int i, byte[] b, int at) {
    int n = s.length();
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c != '"' && c != '\\') {
          b[at++] = (byte) c;
        } else {
          at = escape(b, at, c);
        }
      } else if (c < 0x800) {
        b[at++] = (byte) (0xC0 | (c >> 6));
        b[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (!Character.isSurrogate(c)) {
        at = threeBytes(b, at, c);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        b[at++] = (byte) (0xF0 | (cp >> 18));
        b[at++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        b[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        b[at++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        at = unicodeEscape(b, at, c); // half of a pair alone: not UTF-8, so escaped
      }
    }
    return at;
  }

  private static int threeBytes(byte[] b, int at, char c) {
    b[at++] = (byte) (0xE0 | (c >> 12));
    b[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
    b[at++] = (byte) (0x80 | (c & 0x3F));
    return at;
  }

  private static int escape(byte[] b, int at, char c) {
    char shortForm =
        switch (c) {
          case '"' -> '"';
          case '\\' -> '\\';
          case '\b' -> 'b';
          case '\t' -> 't';
          case '\n' -> 'n';
          case '\f' -> 'f';
          case '\r' -> 'r';
          default -> 0;
        };
    if (shortForm == 0) {
      return unicodeEscape(b, at, c);
    }
    b[at++] = '\\';
    b[at++] = (byte) shortForm;
    return at;
  }

  private static int unicodeEscape(byte[] b, int at, char c) {
    b[at++] = '\\';
    b[at++] = 'u';
    b[at++] = HEX[(c >> 12) & 0xF];
    b[at++] = HEX[(c >> 8) & 0xF];
    b[at++] = HEX[(c >> 4) & 0xF];
    b[at++] = HEX[c & 0xF];
    return at;
  }

  /** {@code text} as a quoted JSON string, as this writer writes it. */
  static byte[] quoted(String text) {
    JsonOut out = new JsonOut(new byte[text.length() + 2]);
    out.quote(text);
    return out.toByteArray();
  }
}
