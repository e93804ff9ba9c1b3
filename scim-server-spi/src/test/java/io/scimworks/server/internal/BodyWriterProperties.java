package io.scimworks.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.json.ScimJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Bodies written node by node are byte for byte what the shared mapper writes for the tree. */
class BodyWriterProperties {
  private static final JsonNodeFactory NODES = ScimJson.nodes();

  @Provide
  Arbitrary<JsonNode> trees() {
    return tree(3);
  }

  private Arbitrary<JsonNode> tree(int depth) {
    Arbitrary<JsonNode> leaf =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(12).map(NODES::stringNode),
            Arbitraries.strings()
                .withChars("aé\u0000\u001f\"\\/\u2028\ud83d\ude00<>&'")
                .ofMaxLength(8)
                .map(NODES::stringNode),
            Arbitraries.integers().map(NODES::numberNode),
            Arbitraries.longs().map(NODES::numberNode),
            Arbitraries.shorts().map(NODES::numberNode),
            Arbitraries.doubles().map(NODES::numberNode),
            Arbitraries.floats().map(NODES::numberNode),
            Arbitraries.bigIntegers()
                .between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
                .map(NODES::numberNode),
            Arbitraries.bigDecimals()
                .between(new BigDecimal("-1e12"), new BigDecimal("1e12"))
                .ofScale(4)
                .map(NODES::numberNode),
            Arbitraries.of(true, false).map(NODES::booleanNode),
            Arbitraries.just(NODES.nullNode()),
            Arbitraries.bytes().array(byte[].class).ofMaxSize(10).map(NODES::binaryNode),
            Arbitraries.strings().ofMaxLength(5).map(NODES::pojoNode));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<JsonNode> child = tree(depth - 1);
    Arbitrary<JsonNode> object =
        Arbitraries.strings()
            .ofMaxLength(6)
            .flatMap(k -> child.map(v -> Tuple.of(k, v)))
            .list()
            .ofMaxSize(5)
            .map(
                members -> {
                  ObjectNode o = NODES.objectNode();
                  members.forEach(m -> o.set(m.get1(), m.get2()));
                  return (JsonNode) o;
                });
    Arbitrary<JsonNode> array =
        child
            .list()
            .ofMaxSize(5)
            .map(
                (List<JsonNode> elements) -> {
                  ArrayNode a = NODES.arrayNode();
                  elements.forEach(a::add);
                  return (JsonNode) a;
                });
    return Arbitraries.frequencyOf(Tuple.of(3, leaf), Tuple.of(2, object), Tuple.of(2, array));
  }

  @Property(tries = 500)
  void aTreeIsWrittenAsTheMapperWritesIt(@ForAll("trees") JsonNode tree) {
    byte[] streamed = BodyWriter.write(g -> BodyWriter.tree(g, tree));
    assertThat(new String(streamed, StandardCharsets.UTF_8))
        .isEqualTo(new String(ScimJson.writeBytes(tree), StandardCharsets.UTF_8));
  }

  @Property(tries = 50)
  void aBodyLargerThanTheGeneratorsBufferIsWhole(@ForAll("trees") JsonNode tree) {
    ArrayNode many = NODES.arrayNode();
    for (int i = 0; i < 400; i++) {
      many.add(tree);
    }
    assertThat(BodyWriter.write(g -> BodyWriter.tree(g, many)))
        .isEqualTo(ScimJson.writeBytes(many));
  }
}
