package io.scimworks.server.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.json.ScimJson;
import io.scimworks.server.JsonTrees;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bodies written by {@link JsonOut} are byte for byte what the shared mapper writes for the same
 * tree: escapes, lone surrogates, numbers, nesting limit.
 */
class JsonOutProperties {
  private static final JsonNodeFactory NODES = ScimJson.nodes();

  @Provide
  Arbitrary<JsonNode> trees() {
    // node types no parser makes and strings no parser reads, which a body may still hold: the
    // writer must write them as the mapper does
    return JsonTrees.trees()
        .withLoneSurrogates()
        .withLeaves(Arbitraries.bytes().array(byte[].class).ofMaxSize(10).map(NODES::binaryNode))
        .withLeaves(Arbitraries.strings().ofMaxLength(5).map(NODES::pojoNode))
        .values();
  }

  @Property(tries = 500)
  void aTreeIsWrittenAsTheMapperWritesIt(@ForAll("trees") JsonNode tree) {
    byte[] streamed = JsonOut.write(g -> g.tree(tree));
    assertThat(new String(streamed, StandardCharsets.UTF_8))
        .isEqualTo(new String(ScimJson.writeBytes(tree), StandardCharsets.UTF_8));
  }

  @Property(tries = 50)
  void aBodyLargerThanTheGeneratorsBufferIsWhole(@ForAll("trees") JsonNode tree) {
    ArrayNode many = NODES.arrayNode();
    for (int i = 0; i < 400; i++) {
      many.add(tree);
    }
    assertThat(JsonOut.write(g -> g.tree(many))).isEqualTo(ScimJson.writeBytes(many));
  }

  @Property(tries = 1000)
  void anyStringAndNameIsWrittenAsTheMapperWritesIt(
      @ForAll @StringLength(max = 12) String text, @ForAll long number) {
    ObjectNode tree = NODES.objectNode();
    tree.put(text, text).put("n", number).putArray(text).add(text).add(number);
    assertThat(JsonOut.write(g -> g.tree(tree))).isEqualTo(ScimJson.writeBytes(tree));
    assertThat(QuotedName.of(text).bytes())
        .isEqualTo(
            (new String(ScimJson.writeBytes(NODES.stringNode(text)), UTF_8) + ":").getBytes(UTF_8));
  }

  @Property(tries = 1000)
  void aStringInTwoPartsIsWrittenAsTheMapperWritesTheWhole(
      @ForAll @StringLength(max = 12) String head, @ForAll @StringLength(max = 12) String tail) {
    ObjectNode tree = NODES.objectNode();
    tree.put("location", head + tail).put("version", tail);
    byte[] parts =
        JsonOut.write(
            g ->
                g.startObject()
                    .string(QuotedName.of("location"), head, tail)
                    .string(QuotedName.of("version"), tail)
                    .endObject());
    assertThat(parts).isEqualTo(ScimJson.writeBytes(tree));
  }

  @Property(tries = 200)
  void everyCharacterIsWrittenAsTheMapperWritesIt(
      @ForAll @CharRange(from = 0, to = 0xFFFF) char c) {
    JsonNode tree = NODES.stringNode("a" + c + "b" + c);
    assertThat(JsonOut.write(g -> g.tree(tree))).isEqualTo(ScimJson.writeBytes(tree));
  }

  @Example
  void numbersAtTheEndsOfTheirRangeAreWrittenAsTheMapperWritesThem() {
    ArrayNode tree = NODES.arrayNode().add(Long.MIN_VALUE).add(Long.MAX_VALUE).add(0).add(-1);
    tree.add(Integer.MIN_VALUE).add(1_000_000_000_000_000_000L).add(999_999_999_999_999_999L);
    assertThat(new String(JsonOut.write(g -> g.tree(tree)), UTF_8))
        .isEqualTo(new String(ScimJson.writeBytes(tree), UTF_8));
  }

  @Example
  void aTreeDeeperThanTheMapperWritesIsRefusedAsTheMapperRefusesIt() {
    JsonNode deep = NODES.arrayNode();
    for (int i = 0; i < ScimJson.MAX_NESTING_DEPTH + ScimJson.WRITE_HEADROOM; i++) {
      deep = NODES.arrayNode().add(deep);
    }
    JsonNode tooDeep = deep;
    assertThatThrownBy(() -> ScimJson.writeBytes(tooDeep))
        .isInstanceOf(StreamConstraintsException.class);
    assertThatThrownBy(() -> JsonOut.write(g -> g.tree(tooDeep)))
        .isInstanceOf(StreamConstraintsException.class);
    JsonNode deepest = ((ArrayNode) deep).get(0);
    assertThat(JsonOut.write(g -> g.tree(deepest))).isEqualTo(ScimJson.writeBytes(deepest));
  }
}
