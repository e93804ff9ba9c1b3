package io.scimworks.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.json.ScimJson;
import org.junit.jupiter.api.Test;

/** Error details quote what the client sent, never a form of a number it did not write. */
class ShownTest {

  @Test
  void aNumberWithAFractionOrAnExponentIsDescribedNotPrintedAsADouble() {
    // 1e3 was quoted as 1000.0 and 1.50 as 1.5
    assertThat(Shown.value(ScimJson.read("1e3"))).isEqualTo(Shown.FRACTION_OR_EXPONENT);
    assertThat(Shown.value(ScimJson.read("1.50"))).isEqualTo(Shown.FRACTION_OR_EXPONENT);
    assertThat(Shown.value(ScimJson.read("[\"a\",{\"n\":[1E3]}]")))
        .isEqualTo("an array of 2 values");
    assertThat(Shown.value(ScimJson.read("{\"n\":2.0}"))).isEqualTo("an object");
  }

  @Test
  void whatKeepsTheClientsTextIsQuotedAsSent() {
    assertThat(Shown.value(ScimJson.read("1000"))).isEqualTo("1000");
    assertThat(Shown.value(ScimJson.read("[1,\"x\"]"))).isEqualTo("[1,\"x\"]");
    assertThat(Shown.value(ScimJson.read("[true]"))).isEqualTo("[true]");
  }
}
