package io.scimworks.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.json.ScimJson;
import io.scimworks.server.JsonTrees;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** PostgreSQL's jsonb text made compact is the compact JSON of the same value. */
class JsonbTextProperties {

  @Provide
  Arbitrary<JsonNode> trees() {
    return JsonTrees.trees().values();
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
