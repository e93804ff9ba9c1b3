package io.scimworks.server;

import io.scimworks.core.json.ScimJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random JSON trees for property tests of code that reads, writes or copies JSON by hand: values of
 * bounded depth and width whose strings and numbers are the ones such code gets wrong.
 *
 * <ul>
 *   <li>strings: any characters, and runs of the hostile ones: quotes, backslashes, the solidus,
 *       the control characters (U+0000, U+001F, U+007F), whitespace JSON allows and does not,
 *       U+2028/U+2029, JSON's structural characters, text that looks like an escape, characters
 *       outside the BMP (U+10000, U+1F600, U+10FFFF as surrogate pairs), and with {@link
 *       #withLoneSurrogates} surrogates alone (no Unicode text: the server refuses them on input,
 *       and a parser refuses them in names, but a writer may still be handed them);
 *   <li>numbers of every kind a tree holds and every form an encoder writes: int, long, short and
 *       integers beyond a long; doubles and floats with their extremes and {@code -0.0}; decimals
 *       with trailing zeros; decimals with exponents far beyond a double's ({@code 1E+400}, {@code
 *       -7E-99999});
 *   <li>booleans and null; objects (member names as hostile as the strings, a name given twice
 *       keeps its last value) and arrays, at most {@link #maxSize} members or elements each.
 * </ul>
 *
 * <p>Use: {@code JsonTrees.trees().values()} for any value of the default depth and width, {@code
 * JsonTrees.trees().maxDepth(2).maxSize(4).values()} for smaller ones, {@link #withLeaves} for node
 * types a writer must also handle (binary, POJO). The parts ({@link #scalars}, {@link #strings},
 * {@link #names}, {@link #numbers}) serve tests that build their own top level. Shared by the
 * property tests of the server and of the JDBC store (through this module's test jar).
 */
public final class JsonTrees {
  private static final JsonNodeFactory NODES = ScimJson.nodes();

  /** Pieces of hostile strings: each a character, a surrogate pair or a short sequence. */
  private static final List<String> HOSTILE =
      List.of(
          "a",
          "Z",
          "0",
          "é",
          "\u00ff",
          "\u0000",
          "\u0001",
          "\u001f",
          "\u007f",
          "\"",
          "\\",
          "/",
          "\b",
          "\f",
          "\n",
          "\r",
          "\t",
          " ",
          "\u2028",
          "\u2029",
          "<",
          ">",
          "&",
          "'",
          ":",
          ",",
          "{",
          "}",
          "[",
          "]",
          ".",
          "\\u0041",
          "\\\"",
          "\ufeff",
          "\ufffd",
          "\ud800\udc00",
          "\ud83d\ude00",
          "\udbff\udfff");

  /** Halves of surrogate pairs, each on its own. */
  private static final List<String> LONE_SURROGATES = List.of("\ud83d", "\ude00", "\udbff");

  private final int maxDepth;
  private final int maxSize;
  private final List<Arbitrary<? extends JsonNode>> extraLeaves;
  private final List<String> pieces;

  private JsonTrees(
      int maxDepth,
      int maxSize,
      List<Arbitrary<? extends JsonNode>> extraLeaves,
      List<String> pieces) {
    this.maxDepth = maxDepth;
    this.maxSize = maxSize;
    this.extraLeaves = List.copyOf(extraLeaves);
    this.pieces = pieces;
  }

  /** {@return trees three levels of objects or arrays deep, five members or elements wide} */
  public static JsonTrees trees() {
    return new JsonTrees(3, 5, List.of(), HOSTILE);
  }

  /**
   * A copy whose values nest at most {@code depth} objects or arrays.
   *
   * @param depth 0 for scalars only
   * @return the copy
   */
  public JsonTrees maxDepth(int depth) {
    if (depth < 0) {
      throw new IllegalArgumentException("depth must not be negative: " + depth);
    }
    return new JsonTrees(depth, maxSize, extraLeaves, pieces);
  }

  /**
   * A copy whose objects and arrays have at most {@code size} members or elements.
   *
   * @param size at least 0
   * @return the copy
   */
  public JsonTrees maxSize(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative: " + size);
    }
    return new JsonTrees(maxDepth, size, extraLeaves, pieces);
  }

  /**
   * A copy whose leaves are also drawn from {@code leaves}, e.g. node types no parser makes.
   *
   * @param leaves more leaves, as likely as each kind of scalar
   * @return the copy
   */
  public JsonTrees withLeaves(Arbitrary<? extends JsonNode> leaves) {
    List<Arbitrary<? extends JsonNode>> more = new ArrayList<>(extraLeaves);
    more.add(leaves);
    return new JsonTrees(maxDepth, maxSize, more, pieces);
  }

  /**
   * A copy whose hostile strings and names also hold halves of surrogate pairs on their own: for
   * code that writes what it is handed, not for code that reads text (a parser refuses them in
   * names).
   *
   * @return the copy
   */
  public JsonTrees withLoneSurrogates() {
    List<String> more = new ArrayList<>(HOSTILE);
    more.addAll(LONE_SURROGATES);
    return new JsonTrees(maxDepth, maxSize, extraLeaves, List.copyOf(more));
  }

  /** {@return any value: a scalar (or extra leaf), an object or an array, nested to the depth} */
  public Arbitrary<JsonNode> values() {
    return value(maxDepth);
  }

  /** {@return the leaves: {@link #scalars()} and the extra leaves} */
  public Arbitrary<JsonNode> leaves() {
    if (extraLeaves.isEmpty()) {
      return scalars();
    }
    List<Arbitrary<? extends JsonNode>> all = new ArrayList<>(extraLeaves);
    all.add(scalars());
    return Arbitraries.oneOf(all);
  }

  private Arbitrary<JsonNode> value(int depth) {
    Arbitrary<JsonNode> leaf = leaves();
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<JsonNode> child = value(depth - 1);
    return Arbitraries.frequencyOf(
        Tuple.of(3, leaf),
        Tuple.of(2, object(child).map(JsonNode.class::cast)),
        Tuple.of(2, array(child).map(JsonNode.class::cast)));
  }

  private Arbitrary<ObjectNode> object(Arbitrary<JsonNode> child) {
    return names()
        .flatMap(n -> child.map(v -> Tuple.of(n, v)))
        .list()
        .ofMaxSize(maxSize)
        .map(
            members -> {
              ObjectNode o = NODES.objectNode();
              members.forEach(m -> o.set(m.get1(), m.get2()));
              return o;
            });
  }

  private Arbitrary<ArrayNode> array(Arbitrary<JsonNode> child) {
    return child
        .list()
        .ofMaxSize(maxSize)
        .map(
            elements -> {
              ArrayNode a = NODES.arrayNode();
              elements.forEach(a::add);
              return a;
            });
  }

  /** {@return strings, numbers, booleans and null, in about that proportion} */
  public Arbitrary<JsonNode> scalars() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, strings().map(NODES::stringNode)),
        Tuple.of(4, numbers()),
        Tuple.of(1, Arbitraries.of(true, false).map(NODES::booleanNode)),
        Tuple.of(1, Arbitraries.just(NODES.nullNode())));
  }

  /** {@return any strings of up to 12 characters, and up to 10 hostile pieces run together} */
  public Arbitrary<String> strings() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(12),
        hostile(10),
        hostile(4).map(s -> s + "é\ud83d\ude00"));
  }

  /** {@return member names: any up to 6 characters, and up to 4 hostile pieces run together} */
  public Arbitrary<String> names() {
    return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(6), hostile(4));
  }

  private Arbitrary<String> hostile(int count) {
    return Arbitraries.of(pieces).list().ofMaxSize(count).map(l -> String.join("", l));
  }

  /** {@return numbers of every node type and written form; none is NaN or infinite} */
  public static Arbitrary<JsonNode> numbers() {
    BigInteger huge = BigInteger.TEN.pow(30);
    return Arbitraries.oneOf(
        Arbitraries.integers().map(NODES::numberNode),
        Arbitraries.longs().map(NODES::numberNode),
        Arbitraries.shorts().map(NODES::numberNode),
        Arbitraries.bigIntegers().between(huge.negate(), huge).map(NODES::numberNode),
        Arbitraries.doubles().map(NODES::numberNode),
        Arbitraries.floats().map(NODES::numberNode),
        Arbitraries.of(
                -0.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-7, 1e21, 0.1 + 0.2)
            .map(NODES::numberNode),
        Arbitraries.bigDecimals()
            .between(new BigDecimal("-1e12"), new BigDecimal("1e12"))
            .ofScale(4)
            .map(NODES::numberNode),
        // unscaled value and exponent: 1E+400, -1.5E-400, 7E-99999, 120 (scale 0)...
        Combinators.combine(
                Arbitraries.longs().between(-999_999, 999_999),
                Arbitraries.frequencyOf(
                    Tuple.of(3, Arbitraries.integers().between(-400, 400)),
                    Tuple.of(1, Arbitraries.integers().between(-99_999, 99_999))))
            .as((unscaled, scale) -> NODES.numberNode(BigDecimal.valueOf(unscaled, scale))));
  }
}
