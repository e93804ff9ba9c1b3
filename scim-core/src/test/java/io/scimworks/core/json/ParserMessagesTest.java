package io.scimworks.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.scimworks.core.ScimException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A body the parser refuses is explained by where and what, never in the parser's words: the
 * switches that would accept it, its classes, its source descriptions.
 */
class ParserMessagesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // before: "... (not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for
        // parser)"
        "{\"a\":1,/*c*/\"b\":2}|line 1, column 8|maybe a (non-standard) comment?",
        // before: "... (start marker at [Source: REDACTED (StreamReadFeature...); byte offset:
        // #UNKNOWN])"
        "{\"a\":1|line 1, column 7|expected close marker for Object",
        // before: "...: hexadecimal number literals require enabling
        // JsonReadFeature.ALLOW_HEXADECIMAL_NUMBERS"
        "{\"a\":0x10}|line 1, column 7|hexadecimal numbers are not JSON",
        "{\"a\":NaN}|line 1, column 9|Non-standard token 'NaN'",
        "{\"a\":1}{|line 1, column 8|Trailing token",
        "{'a':1}|line 1, column 2|was expecting double-quote to start property name",
      })
  void aRefusedBodyIsExplainedByPlaceAndCauseOnly(String body, String place, String cause) {
    ScimException e =
        catchThrowableOfType(
            ScimException.class,
            () -> ScimJson.readRequestObject(body.getBytes(StandardCharsets.UTF_8)));

    assertThat(e.scimType()).isEqualTo("invalidSyntax");
    assertThat(e.detail())
        .startsWith("request body is not valid JSON at " + place + ": ")
        .contains(cause)
        .doesNotContain("`")
        .doesNotContain("Feature")
        .doesNotContain("Source")
        .doesNotContain("Constraints")
        .doesNotContainIgnoringCase("jackson");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"
            + "|Non-standard token 'NaN'",
        "Number value length (2000) exceeds the maximum allowed (1000, from"
            + " `StreamReadConstraints.getMaxNumberLength()`)"
            + "|Number value length (2000) exceeds the maximum allowed (1000)",
        "Cannot deserialize (bound as `tools.jackson.databind.JsonNode`)|Cannot deserialize",
        "expected `JsonToken.START_OBJECT`|expected START_OBJECT",
        "Feature 'X' not enabled|malformed JSON",
        "Unexpected character ('}' (code 125))|Unexpected character ('}' (code 125))",
      })
  void theParsersVocabularyIsCutWithTheClauseThatUsesIt(String message, String plain) {
    assertThat(ParserMessages.plain(message)).isEqualTo(plain);
  }
}
