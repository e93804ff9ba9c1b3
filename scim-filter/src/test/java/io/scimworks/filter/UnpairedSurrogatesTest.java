package io.scimworks.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A string literal is a JSON string whose escapes decode to Unicode text (RFC 7643 §2.3.1): one
 * holding a UTF-16 surrogate without its other half, {@code "\ud800"}, is refused at the position
 * of that surrogate, on the fast path and the full parser alike; pairs, escaped or not, are text.
 */
class UnpairedSurrogatesTest {
  /** A high surrogate as a character of the filter text, not as an escape. */
  private static final String RAW_HIGH = "\ud83d";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "displayName eq \"\\ud800\"",
        "displayName eq \"\\uDC00\"",
        "displayName eq \"a\\ud800b\"",
        "displayName eq \"\\ud800\\ud800\\udc00\"",
        "displayName eq \"\\udc00\\ud800\"",
        "displayName eq \"\\ud800\\\\udc00\"",
        "userName eq \"x\" and displayName co \"\\ud800\"",
        "emails[value eq \"\\ud800\"]",
        "displayName eq \"\ud800\""
      })
  void aLiteralWithAnUnpairedSurrogateIsAnInvalidFilterAtThatSurrogate(String text) {
    FilterException e = catchThrowableOfType(FilterException.class, () -> Filter.parse(text));

    assertThat(e).as(text).isNotNull();
    assertThat(e.getMessage()).contains("unpaired UTF-16 surrogate");
    int quote = text.lastIndexOf(" \"") + 2;
    assertThat(e.position()).isGreaterThanOrEqualTo(quote).isLessThan(text.length() - 1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "emails[value eq \"\\ud800\"]",
        "emails[value eq \"ok\" or value eq \"\\udfff\"].type"
      })
  void aPatchPathWithOneIsRefusedToo(String text) {
    FilterException e = catchThrowableOfType(FilterException.class, () -> PatchPath.parse(text));

    assertThat(e).as(text).isNotNull();
    assertThat(e.getMessage()).contains("unpaired UTF-16 surrogate");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "displayName eq \"\\ud83d\\ude00\"",
        "displayName eq \"\\uD83D\\uDE00\"",
        "displayName eq \"😀\"",
        "displayName eq \"" + RAW_HIGH + "\\ude00\"",
        "displayName eq \"a\\ud83d\\ude00b\" and title pr"
      })
  void surrogatePairsAreText(String text) {
    Filter f = Filter.parse(text);

    assertThat(f.toString()).contains("😀");
  }
}
