package io.scimworks.core.json;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.internal.Shown;
import java.io.InputStream;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON codec every SCIMworks module uses: one immutable, shared Jackson 3 {@link JsonMapper}
 * with limits that make hostile input fail cleanly.
 *
 * <p>Any malformed or over-limit input becomes a {@link ScimException} 400 {@code invalidSyntax};
 * nothing here throws a Jackson exception, a {@code StackOverflowError} or a 500. The limits:
 * nesting depth {@value #MAX_NESTING_DEPTH}, strings of at most 20 MB, numbers of at most 1000
 * digits, and (per document) Jackson's default token and name limits.
 *
 * <p>Reading and writing share one nesting limit, so that whatever was read can be written again:
 * writes allow {@value #MAX_NESTING_DEPTH} levels plus {@value #WRITE_HEADROOM} for the envelopes a
 * resource travels in (a {@code ListResponse}, a bulk response) and for the few levels a PATCH path
 * adds around its value. {@link #checkNesting(JsonNode)} holds a tree built in memory (the result
 * of a PATCH) to the read limit before it is stored.
 *
 * <pre>{@code
 * ObjectNode body = ScimJson.readObject(requestBytes);   // 400 invalidSyntax if not a JSON object
 * byte[] out = ScimJson.writeBytes(resource.json());
 * }</pre>
 */
public final class ScimJson {

  /** Maximum nesting of arrays and objects in accepted input. */
  public static final int MAX_NESTING_DEPTH = 100;

  /** Levels that writing allows beyond {@link #MAX_NESTING_DEPTH}, for envelopes. */
  public static final int WRITE_HEADROOM = 16;

  private static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_NESTING_DEPTH)
                          .maxNumberLength(1000)
                          .build())
                  .streamWriteConstraints(
                      StreamWriteConstraints.builder()
                          .maxNestingDepth(MAX_NESTING_DEPTH + WRITE_HEADROOM)
                          .build())
                  // buffers kept per thread: the default shared deque of buffers cost a contended
                  // poll and offer for every parser and generator, 7% of a read by id's handle()
                  .recyclerPool(JsonRecyclerPools.threadLocalPool())
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** Reads request bodies: as {@link #MAPPER}, but a member named twice in one object fails. */
  private static final ObjectReader REQUEST_READER =
      MAPPER.reader().with(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  private ScimJson() {}

  /**
   * The shared, immutable mapper (configure your own copy with {@code rebuild()} if needed).
   *
   * @return the mapper every SCIMworks module reads and writes with, safe to share between threads
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * The node factory for building trees.
   *
   * @return the shared node factory
   */
  public static JsonNodeFactory nodes() {
    return MAPPER.getNodeFactory();
  }

  /**
   * A new empty object node.
   *
   * @return a new, mutable, empty object
   */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * A new empty array node.
   *
   * @return a new, mutable, empty array
   */
  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /**
   * Parses any JSON value.
   *
   * @param json the text; not null
   * @return the parsed tree
   * @throws ScimException 400 {@code invalidSyntax} if the text is not valid JSON within limits
   */
  public static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw syntaxError(e);
    }
  }

  /**
   * Parses any JSON value from UTF-8 (or UTF-16/32 with BOM detection) bytes.
   *
   * @param json the encoded bytes; not null
   * @return the parsed tree
   * @throws ScimException 400 {@code invalidSyntax} if the bytes are not valid JSON within limits
   */
  public static JsonNode read(byte[] json) {
    try {
      return MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw syntaxError(e);
    }
  }

  /**
   * Parses JSON from a stream, which is read to its end and closed.
   *
   * @param json the input; read to its end and closed
   * @return the parsed tree
   * @throws ScimException 400 {@code invalidSyntax} if the input is not valid JSON within limits
   */
  public static JsonNode read(InputStream json) {
    try {
      return MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw syntaxError(e);
    }
  }

  /**
   * Parses a JSON object.
   *
   * @param json the text; not null
   * @return the parsed, mutable object
   * @throws ScimException 400 {@code invalidSyntax} if the text is not a JSON object
   */
  public static ObjectNode readObject(String json) {
    return requireObject(read(json));
  }

  /**
   * Parses a JSON object from bytes.
   *
   * @param json the encoded bytes; not null
   * @return the parsed, mutable object
   * @throws ScimException 400 {@code invalidSyntax} if the bytes are not a JSON object
   */
  public static ObjectNode readObject(byte[] json) {
    return requireObject(read(json));
  }

  /**
   * Parses a request body that must be a JSON object in which no object names a member twice. RFC
   * 8259 §4 leaves the meaning of duplicate names open and parsers differ (the first, the last, an
   * error), so a body such as {@code {"userName":"a","userName":"admin"}} is refused rather than
   * read as whatever a proxy or a validator in front did not see. Responses from other services are
   * read leniently with {@link #readObject(byte[])}.
   *
   * @param json the encoded bytes; not null
   * @return the parsed, mutable object
   * @throws ScimException 400 {@code invalidSyntax} if the bytes are not a JSON object, or an
   *     object in it names a member twice
   */
  public static ObjectNode readRequestObject(byte[] json) {
    JsonNode node;
    try {
      node = REQUEST_READER.readTree(json);
    } catch (JacksonException e) {
      String message = e.getOriginalMessage();
      int open = message.indexOf('"');
      int close = open < 0 ? -1 : message.indexOf('"', open + 1);
      if (message.startsWith("Duplicate property") && close > open) {
        throw ScimException.of(
            ScimType.INVALID_SYNTAX,
            "request body is not valid JSON: member "
                + message.substring(open, close + 1)
                + " appears twice in one object",
            e);
      }
      throw syntaxError(e);
    }
    return requireObject(node);
  }

  /**
   * Writes compact JSON text.
   *
   * @param node the tree; not null
   * @return the JSON text, without whitespace between tokens
   */
  public static String write(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }

  /**
   * Writes compact UTF-8 JSON.
   *
   * @param node the tree; not null
   * @return the UTF-8 encoding of the compact text
   */
  public static byte[] writeBytes(JsonNode node) {
    return MAPPER.writeValueAsBytes(node);
  }

  /**
   * Writes indented JSON text, for logs and documentation.
   *
   * @param node the tree; not null
   * @return the indented JSON text
   */
  public static String writePretty(JsonNode node) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
  }

  /**
   * Checks that a tree built in memory nests no deeper than {@link #MAX_NESTING_DEPTH}, the depth
   * {@link #read(String)} accepts, so that it can be stored, read back and written.
   *
   * @param node the tree to check; not null
   * @throws ScimException 400 {@code invalidValue} if it nests deeper
   */
  public static void checkNesting(JsonNode node) {
    if (deeperThan(node, MAX_NESTING_DEPTH)) {
      throw ScimException.of(
          ScimType.INVALID_VALUE,
          "the resource would nest arrays and objects more than "
              + MAX_NESTING_DEPTH
              + " levels deep");
    }
  }

  /** Whether {@code node} holds more than {@code levels} levels of arrays and objects. */
  private static boolean deeperThan(JsonNode node, int levels) {
    if (!node.isContainer()) {
      return false;
    }
    if (levels < 1) {
      return true;
    }
    for (JsonNode child : node) {
      if (deeperThan(child, levels - 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Refuses a tree that holds text which is not Unicode: a string value or a property name with a
   * UTF-16 surrogate that is not half of a pair, what a JSON escape such as <code>&#92;uD800</code>
   * alone decodes to. RFC 7643 §2.3.1 makes SCIM strings sequences of Unicode characters, which
   * such a code unit is not (RFC 8259 §8.2: software receiving it behaves unpredictably; UTF-8, and
   * so PostgreSQL, cannot hold it). Raw bytes that encode a surrogate are already refused by {@link
   * #read(byte[])}; this check is for what escapes smuggle in. A client reading a service's
   * responses does not apply it, so that it can still read what a lax service stored; a server
   * applies {@link #checkText(JsonNode)}, which includes it.
   *
   * @param node the tree to check; not null
   * @throws ScimException 400 {@code invalidValue} naming the first offending value by its place in
   *     the tree ({@code emails[0].value}, {@code Operations[1].value.displayName})
   */
  public static void checkUnicode(JsonNode node) {
    String where = badText(node, false);
    if (where != null) {
      throw ScimException.of(ScimType.INVALID_VALUE, label(where) + UNPAIRED);
    }
  }

  /**
   * Refuses a tree that holds text a store cannot keep: what {@link #checkUnicode(JsonNode)}
   * refuses, and the character U+0000 (NUL, the JSON escape <code>&#92;u0000</code>) in a string
   * value or a property name. NUL is Unicode, but no SCIM attribute has a use for it and PostgreSQL
   * cannot store it in text or {@code jsonb}; refusing it on input gives one answer for every store
   * instead of a value that memory and H2 keep and PostgreSQL rejects. Refuses too a number beyond
   * the range of a double ({@code 1e400}): it is read as infinity, which JSON cannot write as a
   * number, so it would be stored and returned as the string {@code "Infinity"}, a value its
   * attribute's type does not allow. A server applies this to every request body before it looks at
   * it.
   *
   * @param node the tree to check; not null
   * @throws ScimException 400 {@code invalidValue} naming the first offending value by its place in
   *     the tree ({@code emails[0].value}, {@code Operations[1].value.displayName})
   */
  public static void checkText(JsonNode node) {
    String where = badText(node, true);
    if (where != null) {
      String problem =
          where.endsWith(NUL_MARK) ? NUL : where.endsWith(INFINITE_MARK) ? INFINITE : UNPAIRED;
      String place = where.replace(NUL_MARK, "").replace(INFINITE_MARK, "");
      throw ScimException.of(ScimType.INVALID_VALUE, label(place) + forPath(node, place) + problem);
    }
  }

  /**
   * For a place in a PATCH operation's value ({@code Operations[0].value}), the attribute its
   * {@code path} names ({@code " (for 'seats')"}), so that the detail names the attribute as well
   * as the place; else "".
   */
  private static String forPath(JsonNode node, String place) {
    if (!place.startsWith("Operations[")) {
      return "";
    }
    int close = place.indexOf(']');
    int after = close + "].value".length();
    if (close < 0
        || !place.startsWith("].value", close)
        || (after < place.length() && place.charAt(after) != '.' && place.charAt(after) != '[')) {
      return "";
    }
    int index;
    try {
      index = Integer.parseInt(place.substring("Operations[".length(), close));
    } catch (NumberFormatException e) {
      return "";
    }
    JsonNode path = node.path("Operations").path(index).path("path");
    return path.isString() && !path.stringValue().isBlank()
        ? " (for '" + Shown.text(path.stringValue().strip()) + "')"
        : "";
  }

  private static final String UNPAIRED =
      " holds an unpaired UTF-16 surrogate (a \\uD800-\\uDFFF escape without its other"
          + " half), which is not Unicode text (RFC 7643 §2.3.1)";
  private static final String NUL =
      " holds the character U+0000 (NUL, \\u0000), which no string may hold here (PostgreSQL"
          + " cannot store it, so no store accepts it)";

  private static final String INFINITE =
      " holds a number beyond the range of a double (about ±1.8e308), which JSON cannot carry"
          + " back as a number";

  /** Ends the place of a NUL that {@link #badText} reports, to tell it from a surrogate. */
  private static final String NUL_MARK = "\0";

  /** Ends the place of a number beyond a double's range that {@link #badText} reports. */
  private static final String INFINITE_MARK = "\1";

  /**
   * Whether {@code inner}, from {@link #badText}, is the problem of a leaf (no place of its own).
   */
  private static boolean leaf(String inner) {
    return inner.isEmpty() || inner.equals(NUL_MARK) || inner.equals(INFINITE_MARK);
  }

  private static String label(String where) {
    return where.isEmpty() ? "the value" : "'" + where + "'";
  }

  /** Whether {@code s} holds U+0000. */
  private static boolean hasNul(String s) {
    return s.indexOf('\0') >= 0;
  }

  /**
   * Whether every surrogate in {@code s} is half of a pair, so that {@code s} is Unicode text.
   *
   * @param s the text; not null
   * @return {@code false} when {@code s} holds a lone high or low surrogate
   */
  public static boolean isUnicode(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (!Character.isHighSurrogate(c)
            || i + 1 >= s.length()
            || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      }
    }
    return true;
  }

  /**
   * Where in {@code node} the first text that is not Unicode (or, when {@code nul}, that holds NUL)
   * is ("" for the node itself), followed by {@link #NUL_MARK} when it is a NUL; or null.
   */
  private static @Nullable String badText(JsonNode node, boolean nul) {
    if (node.isString()) {
      String s = node.stringValue();
      return !isUnicode(s) ? "" : nul && hasNul(s) ? NUL_MARK : null;
    }
    if (node.isNumber()) {
      return nul && (node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())
          ? INFINITE_MARK
          : null;
    }
    if (node instanceof ObjectNode o) {
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        String key = e.getKey();
        if (!isUnicode(key) || (nul && hasNul(key))) {
          // named, but not echoed as it came
          String shown = key.replaceAll("[\\p{Cs}\\x00]", "\uFFFD");
          return isUnicode(key) ? shown + NUL_MARK : shown;
        }
        String inner = badText(e.getValue(), nul);
        if (inner != null) {
          return leaf(inner)
              ? key + inner
              : inner.startsWith("[") ? key + inner : key + "." + inner;
        }
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        String inner = badText(a.get(i), nul);
        if (inner != null) {
          String index = "[" + i + "]";
          return leaf(inner) || inner.startsWith("[") ? index + inner : index + "." + inner;
        }
      }
    }
    return null;
  }

  /**
   * Returns the node as an object.
   *
   * @param node a node, or {@code null}
   * @return {@code node} itself, cast
   * @throws ScimException 400 {@code invalidSyntax} if it is not one
   */
  public static ObjectNode requireObject(@Nullable JsonNode node) {
    if (node instanceof ObjectNode o) {
      return o;
    }
    throw ScimException.of(
        ScimType.INVALID_SYNTAX,
        "expected a JSON object but found "
            + (node == null || node.isMissingNode() ? "nothing" : node.getNodeType()));
  }

  /**
   * The value of the property named {@code name}, matched case-insensitively (an exact match wins),
   * or {@code null}.
   *
   * @param object the object searched; not null
   * @param name the property name, in any case
   * @return the value (possibly a null node), or {@code null} when no property has that name
   */
  public static @Nullable JsonNode getIgnoreCase(ObjectNode object, String name) {
    JsonNode v = object.get(name);
    if (v != null) {
      return v;
    }
    String key = keyIgnoreCase(object, name);
    return key == null ? null : object.get(key);
  }

  /**
   * The actual spelling of the property named {@code name} (case-insensitive; an exact match wins),
   * or {@code null} when the object has no such property.
   *
   * @param object the object searched; not null
   * @param name the property name, in any case
   * @return the property name as the object spells it, or {@code null} when it has none
   */
  public static @Nullable String keyIgnoreCase(ObjectNode object, String name) {
    if (object.has(name)) {
      return name;
    }
    for (String key : object.propertyNames()) {
      if (key.equalsIgnoreCase(name)) {
        return key;
      }
    }
    return null;
  }

  private static ScimException syntaxError(JacksonException e) {
    String what =
        e instanceof StreamConstraintsException
            ? "JSON exceeds a parser limit"
            : "request body is not valid JSON";
    return ScimException.of(ScimType.INVALID_SYNTAX, what + ParserMessages.describe(e), e);
  }
}
