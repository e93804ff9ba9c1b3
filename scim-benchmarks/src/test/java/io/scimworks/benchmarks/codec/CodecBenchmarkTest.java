package io.scimworks.benchmarks.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.json.ScimJson;
import org.junit.jupiter.api.Test;

/** Both sides of the codec benchmark do the full job and produce the same JSON. */
class CodecBenchmarkTest {

  @Test
  void scimworksWritesExactlyWhatBareJacksonWrites() {
    CodecBenchmark b = new CodecBenchmark();
    byte[] ours = b.scimworksDecodeValidateEncode();
    assertThat(new String(ours)).isEqualTo(new String(b.jacksonTreeParseWrite()));
    assertThat(ScimJson.read(ours).get("userName").asString()).isNotEmpty();
  }

  @Test
  void theBodyIsARealisticUserWithTheEnterpriseExtension() {
    String body = new String(CodecInputs.CREATE_BODY);
    assertThat(body)
        .contains(
            "emails", "addresses", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
    assertThat(body.length()).isGreaterThan(1000);
  }
}
