package io.scimworks.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ScimJsonTest {

  @Test
  void aHundredThousandNestedArraysFailWithInvalidSyntaxNotStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> ScimJson.read(deep))
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.scimType()).isEqualTo("invalidSyntax");
            });
  }

  @Test
  void nestingUpToTheLimitIsAccepted() {
    int depth = ScimJson.MAX_NESTING_DEPTH;
    assertThat(ScimJson.read("[".repeat(depth) + "]".repeat(depth)).isArray()).isTrue();
  }

  @Test
  void malformedJsonIsInvalidSyntax() {
    assertThatThrownBy(() -> ScimJson.read("{\"a\": }"))
        .isInstanceOfSatisfying(
            ScimException.class, e -> assertThat(e.scimType()).isEqualTo("invalidSyntax"));
  }

  @Test
  void trailingGarbageIsInvalidSyntax() {
    assertThatThrownBy(() -> ScimJson.read("{} {}")).isInstanceOf(ScimException.class);
  }

  @Test
  void aJsonArrayWhereAnObjectIsExpectedIsInvalidSyntax() {
    assertThatThrownBy(() -> ScimJson.readObject("[1]"))
        .isInstanceOfSatisfying(
            ScimException.class, e -> assertThat(e.detail()).contains("expected a JSON object"));
  }

  @Test
  void propertyLookupIgnoresCaseButPrefersTheExactSpelling() {
    ObjectNode o = ScimJson.readObject("{\"UserName\": \"a\", \"userName\": \"b\", \"x\": 1}");
    assertThat(ScimJson.getIgnoreCase(o, "userName").asString()).isEqualTo("b");
    assertThat(ScimJson.getIgnoreCase(o, "X").asInt()).isEqualTo(1);
    assertThat(ScimJson.keyIgnoreCase(o, "USERNAME")).isIn("UserName", "userName");
    assertThat(ScimJson.getIgnoreCase(o, "nope")).isNull();
  }

  @Test
  void writeAndReadRoundTrip() {
    String text = "{\"a\":[1,true,null,\"x\",{\"b\":2.5}]}";
    assertThat(ScimJson.write(ScimJson.read(text))).isEqualTo(text);
    assertThat(new String(ScimJson.writeBytes(ScimJson.read(text.getBytes())))).isEqualTo(text);
  }

  @Test
  void anUnpairedSurrogateEscapeIsReadButRefusedByCheckUnicodeNamingWhere() {
    ObjectNode o =
        ScimJson.readObject(
            "{\"a\":\"ok \\ud83d\\ude00\",\"b\":[{\"c\":\"x\"},{\"c\":\"\\udfff\"}]}");

    assertThat(o.get("b").get(1).get("c").stringValue()).isEqualTo("\udfff");
    assertThatThrownBy(() -> ScimJson.checkUnicode(o))
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.scimType()).isEqualTo("invalidValue");
              assertThat(e.detail()).startsWith("'b[1].c' holds an unpaired UTF-16 surrogate");
            });
    ScimJson.checkUnicode(ScimJson.readObject("{\"a\":[\"\\ud83d\\ude00\",\"日本\"]}"));
  }

  @Test
  void whatIsRefusedOnInputIsStillWrittenAsUtf8WithAnEscapeThatReadsBack() {
    ObjectNode o = ScimJson.object();
    o.put("a", "x\ud800");

    byte[] written = ScimJson.writeBytes(o);

    assertThat(new String(written, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("{\"a\":\"x\\uD800\"}");
    assertThat(ScimJson.readObject(written)).isEqualTo(o);
  }

  @Test
  void aNumberBeyondADoublesRangeIsRefusedWhereTheBodyHoldsIt() {
    // read as infinity, it was written back as the string "Infinity"
    assertThatThrownBy(() -> ScimJson.checkText(ScimJson.read("{\"a\":[{\"b\":1e400}]}")))
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> {
              assertThat(e.scimType()).isEqualTo("invalidValue");
              assertThat(e.detail()).startsWith("'a[0].b' holds a number beyond the range");
            });
    ScimJson.checkText(
        ScimJson.read(
            "{\"a\":1.7976931348623157E308,\"b\":1e-400,\"c\":1" + "0".repeat(400) + "}"));
    ScimJson.checkUnicode(ScimJson.read("{\"a\":1e400}")); // what a client reads of a lax service
  }
}
