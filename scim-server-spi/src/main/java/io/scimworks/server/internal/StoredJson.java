package io.scimworks.server.internal;

import io.scimworks.core.json.ScimJson;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The top-level members of a stored resource's JSON text ({@code StoredResource.json()}), found in
 * one pass without building the resource as a tree: each member's name and either its value (a
 * scalar, read as a node) or where its value (an object or an array) lies in the text, so that a
 * writer copies that value as it is or parses only that member; of {@code meta}, the two timestamps
 * the server returns.
 */
final class StoredJson {
  private final byte[] json; // empty when made from a tree: no member lies in text
  private String[] names = new String[16];
  private JsonNode[] scalars = new JsonNode[16];
  private int[] bounds = new int[32];
  private int count;
  private @Nullable String created;
  private @Nullable String lastModified;

  private StoredJson(byte[] json) {
    this.json = json;
  }

  /**
   * Finds the members of {@code json}, one JSON object. A member named {@code meta} (in any case)
   * is not listed: only its {@link #created()} and {@link #lastModified()} are kept.
   *
   * @throws io.scimworks.core.ScimException when the text is not a JSON object (as {@link
   *     ScimJson#readObject} would)
   */
  static StoredJson scan(byte[] json) {
    StoredJson s = scanBytes(json);
    return s != null ? s : scanWithParser(json);
  }

  /** {@link #scan} by looking at the bytes only, or {@code null} when that does not apply. */
  static @Nullable StoredJson scanBytes(byte[] json) {
    StoredJson s = new StoredJson(json);
    return s.scanBytes() ? s : null;
  }

  /**
   * Finds the members by looking at the bytes ({@link JsonBytes}), which is what a store's compact
   * text of ASCII names allows; scalars are read as the mapper reads them (plain ASCII strings and
   * the literals directly, anything else by the mapper). False, with nothing decided, for anything
   * else: names with escapes or beyond ASCII, or text this look does not follow.
   */
  private boolean scanBytes() {
    byte[] b = json;
    int i = JsonBytes.skipWhitespace(b, 0);
    if (i == b.length || b[i] != '{') {
      return false;
    }
    i = JsonBytes.skipWhitespace(b, i + 1);
    if (i < b.length && b[i] == '}') {
      return JsonBytes.skipWhitespace(b, i + 1) == b.length;
    }
    try {
      while (i < b.length && b[i] == '"') {
        int nameEnd = JsonBytes.valueEnd(b, i);
        if (nameEnd < 0 || !JsonBytes.plainAscii(b, i + 1, nameEnd - 1)) {
          return false;
        }
        String name = JsonBytes.name(b, i + 1, nameEnd - 1);
        i = JsonBytes.skipWhitespace(b, nameEnd);
        int start = i < b.length && b[i] == ':' ? JsonBytes.skipWhitespace(b, i + 1) : b.length;
        int end = start < b.length ? JsonBytes.valueEnd(b, start) : -1;
        if (end < 0 || !member(name, start, end)) {
          return false;
        }
        i = JsonBytes.skipWhitespace(b, end);
        if (i < b.length && b[i] == '}') {
          return JsonBytes.skipWhitespace(b, i + 1) == b.length;
        }
        if (i == b.length || b[i] != ',') {
          return false;
        }
        i = JsonBytes.skipWhitespace(b, i + 1);
      }
      return false;
    } catch (tools.jackson.core.JacksonException e) {
      return false;
    }
  }

  /** Lists the member whose value lies from {@code start} to {@code end}; false if unreadable. */
  private boolean member(String name, int start, int end) {
    byte c = json[start];
    if (name.equalsIgnoreCase("meta")) {
      if (c != '{') {
        created = null; // as meta(...) for a meta that is no object
        lastModified = null;
        return true;
      }
      try (JsonParser p =
          ScimJson.mapper()
              .tokenStreamFactory()
              .createParser(ObjectReadContext.empty(), json, start, end - start)) {
        meta(p, p.nextToken());
      }
      return true;
    }
    if (c == '{' || c == '[') {
      add(name, null, start, end);
      return true;
    }
    JsonNode v;
    if (c == '"' && JsonBytes.plainAscii(json, start + 1, end - 1)) {
      v =
          StringNode.valueOf(
              new String(json, start + 1, end - start - 2, StandardCharsets.ISO_8859_1));
    } else if (literal(start, end, "true")) {
      v = BooleanNode.TRUE;
    } else if (literal(start, end, "false")) {
      v = BooleanNode.FALSE;
    } else if (literal(start, end, "null")) {
      v = NullNode.getInstance();
    } else {
      v = ScimJson.mapper().readTree(json, start, end - start); // a number, or a string to decode
    }
    add(name, v, 0, 0);
    return true;
  }

  private boolean literal(int start, int end, String word) {
    if (end - start != word.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (json[start + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** {@link #scan} with a JSON parser: any text, the fallback for what {@code scanBytes} leaves. */
  static StoredJson scanWithParser(byte[] json) {
    StoredJson s = new StoredJson(json);
    // the mapper's stream factory (its limits) without the mapper's per-parser reading context:
    // setting that up cost as much as the scan of a typical user
    try (JsonParser p =
        ScimJson.mapper().tokenStreamFactory().createParser(ObjectReadContext.empty(), json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return s.fallback();
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (name.equalsIgnoreCase("meta")) {
          s.meta(p, v);
        } else if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
          int start = (int) p.currentTokenLocation().getByteOffset();
          p.skipChildren();
          int end = (int) p.currentTokenLocation().getByteOffset() + 1;
          s.add(name, null, start, end);
        } else {
          s.add(name, s.scalar(p, v), 0, 0);
        }
      }
      if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
        return s.fallback();
      }
    } catch (tools.jackson.core.JacksonException e) {
      return s.fallback();
    }
    return s;
  }

  /** A scalar as the shared mapper reads it. */
  private JsonNode scalar(JsonParser p, JsonToken v) {
    switch (v) {
      case VALUE_STRING:
        return StringNode.valueOf(p.getString());
      case VALUE_TRUE:
        return BooleanNode.TRUE;
      case VALUE_FALSE:
        return BooleanNode.FALSE;
      case VALUE_NULL:
        return NullNode.getInstance();
      default:
        // a number, in the mapper's node type for it: the mapper reads the number's text (ASCII)
        int start = (int) p.currentTokenLocation().getByteOffset();
        return ScimJson.mapper().readTree(json, start, p.getString().length());
    }
  }

  /**
   * Reads {@code meta}'s {@code created} and {@code lastModified} as {@code ScimJson.getIgnoreCase}
   * finds them (an exact name wins, else the first in any case); a later {@code meta} replaces an
   * earlier one, as in a parsed tree.
   */
  private void meta(JsonParser p, JsonToken v) {
    created = null;
    lastModified = null;
    if (v != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    int exact = 0; // bit 1: "created" seen as such, bit 2: "lastModified"
    int any = 0;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String k = p.currentName();
      JsonToken t = p.nextToken();
      String text = t == JsonToken.VALUE_STRING ? p.getString() : null;
      if (k.equals("created")) {
        created = text;
        exact |= 1;
      } else if (k.equals("lastModified")) {
        lastModified = text;
        exact |= 2;
      } else if (k.equalsIgnoreCase("created") && (exact & 1) == 0 && (any & 1) == 0) {
        created = text;
        any |= 1;
      } else if (k.equalsIgnoreCase("lastModified") && (exact & 2) == 0 && (any & 2) == 0) {
        lastModified = text;
        any |= 2;
      }
      p.skipChildren();
    }
  }

  /** Text that is not one JSON object: parsed the usual way, which raises the usual error. */
  private StoredJson fallback() {
    return of(ScimJson.readObject(json)); // throws for what the scan refused
  }

  /**
   * The members of a stored tree, as {@link #scan} finds them in text: every value is already a
   * tree ({@link #inText} is false for each), {@code meta} gives only its two timestamps.
   */
  static StoredJson of(ObjectNode tree) {
    StoredJson s = new StoredJson(new byte[0]);
    tree.properties()
        .forEach(
            e -> {
              if (e.getKey().equalsIgnoreCase("meta")) {
                ObjectNode meta =
                    e.getValue() instanceof ObjectNode ? (ObjectNode) e.getValue() : null;
                s.created = meta == null ? null : text(meta, "created");
                s.lastModified = meta == null ? null : text(meta, "lastModified");
              } else {
                s.add(e.getKey(), e.getValue(), 0, 0);
              }
            });
    return s;
  }

  /** A string member of a stored {@code meta} (any case, as ScimJson.getIgnoreCase), or null. */
  static @Nullable String text(ObjectNode from, String name) {
    JsonNode v = ScimJson.getIgnoreCase(from, name);
    return v != null && v.isString() ? v.stringValue() : null;
  }

  /** {@code meta.created} as stored, or {@code null}. */
  @Nullable String created() {
    return created;
  }

  /** {@code meta.lastModified} as stored, or {@code null}. */
  @Nullable String lastModified() {
    return lastModified;
  }

  private void add(String name, JsonNode scalar, int start, int end) {
    if (count == names.length) {
      names = Arrays.copyOf(names, count * 2);
      scalars = Arrays.copyOf(scalars, count * 2);
      bounds = Arrays.copyOf(bounds, count * 4);
    }
    names[count] = name;
    scalars[count] = scalar;
    bounds[2 * count] = start;
    bounds[2 * count + 1] = end;
    count++;
  }

  /** How many members the object has. */
  int count() {
    return count;
  }

  /** The name of member {@code i}, as the text spells it. */
  String name(int i) {
    return names[i];
  }

  /** Whether member {@code i}'s value lies in the text (an object or an array, not yet parsed). */
  boolean inText(int i) {
    return scalars[i] == null;
  }

  /** The value of member {@code i} as a tree (parsed from the text when it lies there). */
  JsonNode value(int i) {
    JsonNode v = scalars[i];
    if (v == null) {
      int start = bounds[2 * i];
      v = ScimJson.mapper().readTree(json, start, bounds[2 * i + 1] - start);
      scalars[i] = v;
    }
    return v;
  }

  /** Whether member {@code i} is an array with at least one element. */
  boolean isNonEmptyArray(int i) {
    if (scalars[i] != null) {
      return scalars[i].isArray() && !scalars[i].isEmpty();
    }
    return nonEmpty(i, '[');
  }

  /** Whether member {@code i} is an array without elements. */
  boolean isEmptyArray(int i) {
    if (scalars[i] != null) {
      return scalars[i].isArray() && scalars[i].isEmpty();
    }
    return json[bounds[2 * i]] == '[' && !nonEmpty(i, '[');
  }

  /** Whether member {@code i} is an object with at least one member, in the text. */
  boolean isNonEmptyObjectInText(int i) {
    return scalars[i] == null && nonEmpty(i, '{');
  }

  private boolean nonEmpty(int i, char open) {
    int start = bounds[2 * i];
    if (json[start] != open) {
      return false;
    }
    for (int k = start + 1; k < bounds[2 * i + 1] - 1; k++) {
      byte b = json[k];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return true;
      }
    }
    return false;
  }

  /** Writes the value of member {@code i} (one that {@link #inText} lies in the text) as it is. */
  void writeValue(JsonGenerator g, int i) {
    int start = bounds[2 * i];
    g.writeRawValue(new Slice(json, start, bounds[2 * i + 1]));
  }

  /** A slice of the text, written as raw JSON by the generator. */
  private static final class Slice implements SerializableString {
    private final byte[] bytes;
    private final int from;
    private final int to;

    Slice(byte[] bytes, int from, int to) {
      this.bytes = bytes;
      this.from = from;
      this.to = to;
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
      return new String(bytes, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
    }

    private SerializedString text() {
      return new SerializedString(getValue());
    }

    @Override
    public int charLength() {
      return getValue().length();
    }

    @Override
    public char[] asQuotedChars() {
      return text().asQuotedChars();
    }

    @Override
    public byte[] asQuotedUTF8() {
      return text().asQuotedUTF8();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
      return text().appendQuotedUTF8(buffer, offset);
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
    public int writeQuotedUTF8(java.io.OutputStream out) throws java.io.IOException {
      return text().writeQuotedUTF8(out);
    }

    @Override
    public int writeUnquotedUTF8(java.io.OutputStream out) throws java.io.IOException {
      out.write(bytes, from, to - from);
      return to - from;
    }

    @Override
    public int putQuotedUTF8(java.nio.ByteBuffer buffer) {
      return text().putQuotedUTF8(buffer);
    }

    @Override
    public int putUnquotedUTF8(java.nio.ByteBuffer buffer) {
      int n = to - from;
      if (n > buffer.remaining()) {
        return -1;
      }
      buffer.put(bytes, from, n);
      return n;
    }
  }
}
