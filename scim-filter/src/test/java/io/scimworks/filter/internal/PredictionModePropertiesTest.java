package io.scimworks.filter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.filter.Filter;
import io.scimworks.filter.FilterException;
import io.scimworks.filter.FilterParser;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * Every parse runs in SLL mode only (no fallback to full LL), which is exact only because the
 * grammar never needs full context: on valid and broken filters alike, SLL and LL must agree.
 */
class PredictionModePropertiesTest {
  private static final ParseOptions OPTIONS =
      new ParseOptions(true, FilterParser.DEFAULT_MAX_LENGTH, 32, 200);

  @Property(tries = 300)
  void sllAndFullLlPredictionAgree(@ForAll("texts") String text) {
    assertThat(outcome(text, PredictionMode.SLL))
        .isEqualTo(outcome(text, PredictionMode.LL_EXACT_AMBIG_DETECTION));
  }

  private static Object outcome(String text, PredictionMode mode) {
    try {
      return FilterSyntax.filterWithPredictionMode(text, OPTIONS, mode);
    } catch (FilterException e) {
      return e.getMessage();
    }
  }

  @Provide
  Arbitrary<String> texts() {
    String[] pieces = {
      "a",
      "not",
      "pr",
      "and",
      "or",
      "eq",
      "x",
      " ",
      "(",
      ")",
      "[",
      "]",
      "\"s\"",
      "1",
      "true",
      "emails",
      ".value",
      "urn:a:b:c"
    };
    return Arbitraries.oneOf(
        Arbitraries.of(pieces).list().ofMaxSize(14).map(l -> String.join(" ", l)),
        Arbitraries.longs()
            .map(
                seed -> {
                  Random r = new Random(seed);
                  StringBuilder sb = new StringBuilder();
                  int n = r.nextInt(14);
                  for (int i = 0; i < n; i++) {
                    sb.append(pieces[r.nextInt(pieces.length)]).append(r.nextBoolean() ? " " : "");
                  }
                  return sb.toString();
                }));
  }

  @Property(tries = 100)
  void validFiltersParseTheSameInBothModes(@ForAll long seed) {
    Random r = new Random(seed);
    String text =
        r.nextBoolean()
            ? "not (a pr) and emails[type eq \"work\" or not (value co \"x\")] or b eq 1"
            : "pr pr or not eq \"x\" and (a pr or (b pr and c ne null))";
    Filter sll = FilterSyntax.filterWithPredictionMode(text, OPTIONS, PredictionMode.SLL);
    assertThat(FilterSyntax.filterWithPredictionMode(text, OPTIONS, PredictionMode.LL))
        .isEqualTo(sll);
  }
}
