package io.scimworks.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.json.ScimJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** PostgreSQL's jsonb text made compact is the compact JSON of the same value. */
class JsonbTextProperties {

  @Provide
  Arbitrary<JsonNode> trees() {
    return tree(3);
  }

  private Arbitrary<JsonNode> tree(int depth) {
    Arbitrary<JsonNode> leaf =
        Arbitraries.oneOf(
            Arbitraries.of(
                    "a", " ", "\t", "\n", "\r", "\"", "\\", "/", ":", ",", "{", "}", "[", "]")
                .list()
                .ofMaxSize(10)
                .map(
                    l ->
                        (JsonNode)
                            ScimJson.nodes()
                                .stringNode(String.join("", l) + "é\u2028\ud83d\ude00")),
            Arbitraries.integers().map(i -> (JsonNode) ScimJson.nodes().numberNode(i)),
            Arbitraries.of(true, false).map(b -> (JsonNode) ScimJson.nodes().booleanNode(b)),
            Arbitraries.just(ScimJson.nodes().nullNode()));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<JsonNode> child = tree(depth - 1);
    Arbitrary<JsonNode> object =
        Arbitraries.strings()
            .withChars("a \"\\:,")
            .ofMaxLength(5)
            .flatMap(k -> child.map(v -> Tuple.of(k, v)))
            .list()
            .ofMaxSize(4)
            .map(
                members -> {
                  ObjectNode o = ScimJson.object();
                  members.forEach(m -> o.set(m.get1(), m.get2()));
                  return (JsonNode) o;
                });
    Arbitrary<JsonNode> array =
        child
            .list()
            .ofMaxSize(4)
            .map(
                (List<JsonNode> elements) -> {
                  ArrayNode a = ScimJson.array();
                  elements.forEach(a::add);
                  return (JsonNode) a;
                });
    return Arbitraries.frequencyOf(Tuple.of(2, leaf), Tuple.of(3, object), Tuple.of(2, array));
  }

  @Property(tries = 500)
  void whitespaceBetweenTokensGoesAndStringsStay(@ForAll("trees") JsonNode tree) {
    byte[] spaced = ScimJson.writePretty(tree).getBytes(StandardCharsets.UTF_8);
    assertThat(new String(JsonbText.compact(spaced), StandardCharsets.UTF_8))
        .isEqualTo(ScimJson.write(tree));
  }

  @Property(tries = 200)
  void compactTextIsHandedBackAsItIs(@ForAll("trees") JsonNode tree) {
    byte[] compact = ScimJson.writeBytes(tree);
    assertThat(JsonbText.compact(compact)).isSameAs(compact);
  }

  @Test
  void postgresqlsOwnLayoutIsCompacted() {
    String jsonb = "{\"a\": 1, \"b\": [1, 2], \"c\": {\"d\": \"x, y: \\\"z\\\" \\\\\"}}";
    assertThat(
            new String(
                JsonbText.compact(jsonb.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
        .isEqualTo("{\"a\":1,\"b\":[1,2],\"c\":{\"d\":\"x, y: \\\"z\\\" \\\\\"}}");
  }
}
