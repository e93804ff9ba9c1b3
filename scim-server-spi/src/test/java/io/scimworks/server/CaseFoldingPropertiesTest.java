package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.CaseFolding;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Equal folds exactly when the filter evaluator's case-insensitive equality holds. */
class CaseFoldingPropertiesTest {

  @Property(tries = 500)
  void foldsAreEqualExactlyWhenStringsAreEqualIgnoringCase(
      @ForAll("pairs") Tuple.Tuple2<String, String> pair) {
    String a = pair.get1();
    String b = pair.get2();
    assertThat(CaseFolding.fold(a).equals(CaseFolding.fold(b))).isEqualTo(a.equalsIgnoreCase(b));
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(6),
        Arbitraries.strings()
            .withChars("aAßsSıIiİǅǄǆΣσςﬀKk\u212a\uD801\uDC00\uD801\uDC28")
            .ofMaxLength(5));
  }

  @Provide
  Arbitrary<Tuple.Tuple2<String, String>> pairs() {
    Arbitrary<String> s = text();
    Arbitrary<Tuple.Tuple2<String, String>> variants =
        s.flatMap(
            x ->
                Arbitraries.of(
                        x,
                        x.toUpperCase(java.util.Locale.ROOT),
                        x.toLowerCase(java.util.Locale.ROOT),
                        x.toUpperCase(java.util.Locale.forLanguageTag("tr")))
                    .map(y -> Tuple.of(x, y)));
    return Arbitraries.oneOf(variants, Combinators.combine(s, s).as(Tuple::of));
  }
}
