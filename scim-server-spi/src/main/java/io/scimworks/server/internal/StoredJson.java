package io.scimworks.server.internal;

import io.scimworks.core.json.ScimJson;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The top-level members of a stored resource's JSON text ({@code StoredResource.json()}), found in
 * one pass without building the resource as a tree: each member's name and either its value read as
 * a node or where its value lies in the text (an object, an array, a string of plain ASCII or a
 * literal), so that a writer copies that value as it is or parses only that member; of {@code
 * meta}, the two timestamps the server returns.
 */
final class StoredJson {
  private final byte[] json; // empty when made from a tree: no member lies in text
  private String[] names = new String[16];
  private @Nullable QuotedName[] quoted = new QuotedName[16]; // names to write as they are, or null
  private JsonNode[] scalars = new JsonNode[16];
  private int[] bounds = new int[32];
  private int count;
  private @Nullable String created;
  private @Nullable String lastModified;
  private volatile @Nullable RenderPlan plan; // the last one made for this scan

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

  private static final int RECENT_SLOTS = 512; // a power of two
  private static final int RECENT_MAX_BYTES = 8 * 1024;

  /**
   * Scans lately made of resources' texts, by id and version. A store that hands out the same array
   * for a resource until it changes (the in-memory store does; {@code StoredResource.ofJson}
   * forbids changing a handed-over array) has the text scanned once, not on every read; a store
   * that reads a new array each time (a database) misses and overwrites a slot. A scan is immutable
   * once made, published with release/acquire. Only texts of up to {@value #RECENT_MAX_BYTES} bytes
   * are kept (a user; not a large group, whose scan is small beside its rendering), so the texts
   * this keeps alive after their resource changed or went stay under {@value #RECENT_SLOTS} times
   * that.
   */
  private static final AtomicReferenceArray<StoredJson> RECENT =
      new AtomicReferenceArray<>(RECENT_SLOTS);

  /** {@link #scan} of the text of resource {@code id} at {@code version}, made once per array. */
  static StoredJson scan(String id, String version, byte[] json) {
    if (json.length > RECENT_MAX_BYTES) {
      return scan(json);
    }
    int h = id.hashCode() * 31 + version.hashCode();
    int slot = (h ^ (h >>> 16)) & (RECENT_SLOTS - 1);
    StoredJson s = RECENT.getAcquire(slot);
    if (s != null && s.json == json) {
      return s;
    }
    s = scan(json);
    RECENT.setRelease(slot, s);
    return s;
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
        QuotedName name = JsonBytes.name(b, i + 1, nameEnd - 1);
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

  /**
   * Lists the member whose value lies from {@code start} to {@code end}: in the text when it is an
   * object, an array, a string of plain ASCII or a literal (read only if asked, {@link #value}), as
   * the mapper reads it otherwise (a number, a string with escapes or beyond ASCII).
   */
  private boolean member(QuotedName name, int start, int end) {
    byte c = json[start];
    String text = name.text();
    if (text.equalsIgnoreCase("meta")) {
      if (c != '{') {
        created = null; // as meta(...) for a meta that is no object
        lastModified = null;
      } else if (!metaBytes(start)) {
        try (JsonParser p =
            ScimJson.mapper()
                .tokenStreamFactory()
                .createParser(ObjectReadContext.empty(), json, start, end - start)) {
          meta(p, p.nextToken());
        }
      }
      return true;
    }
    if (c == '{'
        || c == '['
        || (c == '"' && JsonBytes.plainAscii(json, start + 1, end - 1))
        || literal(start, end, "true")
        || literal(start, end, "false")
        || literal(start, end, "null")) {
      add(text, name, null, start, end);
    } else {
      add(text, name, ScimJson.mapper().readTree(json, start, end - start), 0, 0);
    }
    return true;
  }

  /**
   * Reads the timestamps of the {@code meta} object that starts at {@code start} by its bytes, as
   * {@link #meta(JsonParser, JsonToken)} reads them; false when that takes a parser (a name or a
   * timestamp that is not plain ASCII), in which case the caller does (and starts over).
   */
  private boolean metaBytes(int start) {
    byte[] b = json;
    created = null;
    lastModified = null;
    int seen = 0;
    int i = JsonBytes.skipWhitespace(b, start + 1);
    if (b[i] == '}') {
      return true;
    }
    while (b[i] == '"') {
      int nameEnd = JsonBytes.valueEnd(b, i);
      if (nameEnd < 0 || !JsonBytes.plainAscii(b, i + 1, nameEnd - 1)) {
        return false;
      }
      String k = JsonBytes.name(b, i + 1, nameEnd - 1).text();
      i = JsonBytes.skipWhitespace(b, nameEnd);
      if (b[i] != ':') {
        return false;
      }
      int valueStart = JsonBytes.skipWhitespace(b, i + 1);
      int valueEnd = JsonBytes.valueEnd(b, valueStart);
      if (valueEnd < 0) {
        return false;
      }
      String text = null;
      if (b[valueStart] == '"') {
        if (!JsonBytes.plainAscii(b, valueStart + 1, valueEnd - 1)) {
          return false;
        }
        text =
            new String(b, valueStart + 1, valueEnd - valueStart - 2, StandardCharsets.ISO_8859_1);
      }
      seen = time(k, text, seen);
      i = JsonBytes.skipWhitespace(b, valueEnd);
      if (b[i] == '}') {
        return true;
      }
      if (b[i] != ',') {
        return false;
      }
      i = JsonBytes.skipWhitespace(b, i + 1);
    }
    return false;
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
          s.add(name, null, null, start, end);
        } else {
          s.add(name, null, s.scalar(p, v), 0, 0);
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
    int seen = 0;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String k = p.currentName();
      JsonToken t = p.nextToken();
      seen = time(k, t == JsonToken.VALUE_STRING ? p.getString() : null, seen);
      p.skipChildren();
    }
  }

  /**
   * Takes member {@code k} of {@code meta} (its text, null for a value that is no string) as a
   * timestamp if it names one: an exact name wins, else the first in any case. {@code seen} says
   * what was taken so far (bits 1 and 2: {@code created} and {@code lastModified} by exact name,
   * bits 4 and 8: in another case); returns it updated.
   */
  private int time(String k, @Nullable String text, int seen) {
    if (k.equals("created")) {
      created = text;
      return seen | 1;
    }
    if (k.equals("lastModified")) {
      lastModified = text;
      return seen | 2;
    }
    if ((seen & 5) == 0 && k.equalsIgnoreCase("created")) {
      created = text;
      return seen | 4;
    }
    if ((seen & 10) == 0 && k.equalsIgnoreCase("lastModified")) {
      lastModified = text;
      return seen | 8;
    }
    return seen;
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
                s.add(e.getKey(), null, e.getValue(), 0, 0);
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

  private void add(
      String name, @Nullable QuotedName plainName, @Nullable JsonNode scalar, int start, int end) {
    if (count == names.length) {
      names = Arrays.copyOf(names, count * 2);
      quoted = Arrays.copyOf(quoted, count * 2);
      scalars = Arrays.copyOf(scalars, count * 2);
      bounds = Arrays.copyOf(bounds, count * 4);
    }
    names[count] = name;
    quoted[count] = plainName;
    scalars[count] = scalar;
    bounds[2 * count] = start;
    bounds[2 * count + 1] = end;
    count++;
  }

  /** The render plan last made for this scan, or {@code null}. */
  @Nullable RenderPlan plan() {
    return plan;
  }

  /** Keeps {@code p} as the plan for this scan (it is immutable: threads may share it). */
  void plan(RenderPlan p) {
    plan = p;
  }

  /** How many members the object has. */
  int count() {
    return count;
  }

  /** The name of member {@code i}, as the text spells it. */
  String name(int i) {
    return names[i];
  }

  /** Writes the name of member {@code i}. */
  void writeName(JsonOut out, int i) {
    QuotedName plain = quoted[i];
    if (plain != null) {
      out.name(plain); // plain ASCII: copied without looking for what to escape
    } else {
      out.name(names[i]);
    }
  }

  /**
   * Whether member {@code i}'s value lies in the text, to be written as it is ({@link #writeValue})
   * or read when asked ({@link #value}): an object, an array, a plain ASCII string or a literal.
   */
  boolean inText(int i) {
    return scalars[i] == null;
  }

  /** Whether member {@code i}'s value is an object or an array that lies in the text. */
  boolean structureInText(int i) {
    if (scalars[i] != null) {
      return false;
    }
    byte c = json[bounds[2 * i]];
    return c == '{' || c == '[';
  }

  /**
   * The value of member {@code i} as a tree: read from the text when it lies there, each time
   * (nothing is kept, so that a scan stays as it was made and can be shared between threads).
   */
  JsonNode value(int i) {
    JsonNode v = scalars[i];
    if (v == null) {
      int start = bounds[2 * i];
      int end = bounds[2 * i + 1];
      v =
          switch (json[start]) {
            case '"' -> // plain ASCII (member(...)): it reads as it is written
                StringNode.valueOf(
                    new String(json, start + 1, end - start - 2, StandardCharsets.ISO_8859_1));
            case 't' -> BooleanNode.TRUE;
            case 'f' -> BooleanNode.FALSE;
            case 'n' -> NullNode.getInstance();
            default -> ScimJson.mapper().readTree(json, start, end - start);
          };
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
  void writeValue(JsonOut out, int i) {
    out.raw(json, bounds[2 * i], bounds[2 * i + 1]);
  }
}
