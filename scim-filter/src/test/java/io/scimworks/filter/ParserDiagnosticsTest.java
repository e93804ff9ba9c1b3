package io.scimworks.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ParserDiagnosticsTest {

  @Test
  void nothingIsPrintedToTheConsoleForBadInput() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try {
      for (String bad :
          new String[] {
            "userName eq", "((a pr)", "a pr ]", "\"", "x eq \"\\q\"", "§", "a[b[c pr]]", "not x"
          }) {
        catchThrowableOfType(FilterException.class, () -> Filter.parse(bad));
        catchThrowableOfType(FilterException.class, () -> PatchPath.parse(bad));
      }
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void positionsCountUtf16CharactersAsJavaStringsDo() {
    String text = "displayName eq \"😀 日本\" garbage";
    FilterException e = catchThrowableOfType(FilterException.class, () -> Filter.parse(text));
    assertThat(e.position()).isEqualTo(text.indexOf("garbage"));
  }

  @Test
  void aMillionCharacterInputIsAcceptedOnlyWhenTheLimitAllowsIt() {
    String huge = "displayName eq \"" + "é".repeat(1_000_000) + "\"";
    assertThat(catchThrowableOfType(FilterException.class, () -> Filter.parse(huge)).scimType())
        .isEqualTo(FilterException.INVALID_FILTER);
    FilterParser roomy = FilterParser.builder().maxLength(2_000_000).build();
    assertThat(roomy.parseFilter(huge)).isInstanceOf(Filter.Compare.class);
    String deep = "(".repeat(500_000) + "a pr" + ")".repeat(500_000);
    assertThat(
            catchThrowableOfType(FilterException.class, () -> roomy.parseFilter(deep)).getMessage())
        .contains("at most 64 nested");
  }

  @Test
  void limitsAreConfigurable() {
    FilterParser tight = FilterParser.builder().maxLength(20).maxDepth(2).maxTerms(2).build();
    assertThat(tight.parseFilter("((a pr))")).isEqualTo(Filter.parse("a pr"));
    assertThat(
            catchThrowableOfType(FilterException.class, () -> tight.parseFilter("(((a pr)))"))
                .position())
        .isEqualTo(2);
    assertThat(
            catchThrowableOfType(
                    FilterException.class, () -> tight.parseFilter("a pr or b pr or c pr"))
                .getMessage())
        .contains("at most 2 comparisons");
    assertThat(
            catchThrowableOfType(
                    FilterException.class, () -> tight.parseFilter("userName eq \"long enough\""))
                .position())
        .isEqualTo(20);
  }

  @Test
  void messagesSayWhatWasExpected() {
    assertThat(
            catchThrowableOfType(FilterException.class, () -> Filter.parse("userName"))
                .getMessage())
        .isEqualTo(
            "Invalid filter at position 8: expected an operator (eq, ne, co, sw, ew, gt, ge, lt,"
                + " le, pr) or '[' but found the end of the input");
    assertThat(
            catchThrowableOfType(FilterException.class, () -> Filter.parse("a eq 1 b"))
                .getMessage())
        .isEqualTo(
            "Invalid filter at position 7: expected 'and', 'or' or the end of the input but found 'b'");
  }
}
