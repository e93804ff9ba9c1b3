package io.scimworks.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.json.ScimJson;
import io.scimworks.server.JsonTrees;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Bodies written node by node are byte for byte what the shared mapper writes for the tree. */
class BodyWriterProperties {
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
