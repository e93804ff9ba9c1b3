package io.scimworks.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Sort keys order by code point (PostgreSQL {@code COLLATE "C"}) and by UTF-16 code unit (H2, Java)
 * exactly as their values order by UTF-16 code unit, the server's order.
 */
class SortableKeysTest {

  @Property(tries = 2000)
  void codePointAndCodeUnitOrderOfSortKeysAreTheCodeUnitOrderOfValues(
      @ForAll("strings") String a, @ForAll("strings") String b) {
    int expected = Integer.signum(a.compareTo(b));
    String x = Keys.sortable(a);
    String y = Keys.sortable(b);
    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(expected);
    assertThat(Integer.signum(byCodePoint(x, y))).isEqualTo(expected);
  }

  @Property(tries = 200)
  void textBelowTheSurrogatesIsItsOwnSortKey(@ForAll("plain") String a) {
    assertThat(Keys.sortable(a)).isSameAs(a);
  }

  /** Characters around the surrogates and above them, lone surrogates included. */
  @Provide
  Arbitrary<String> strings() {
    Arbitrary<Character> chars =
        Arbitraries.oneOf(
            Arbitraries.chars().range('a', 'c'),
            Arbitraries.chars().range('\uD7FE', '\uD801'),
            Arbitraries.chars().range('\uDBFF', '\uDC01'),
            Arbitraries.chars().range('\uDFFF', '\uE001'),
            Arbitraries.chars().range('\uFFFD', '\uFFFF'));
    return chars.list().ofMaxSize(6).map(SortableKeysTest::join);
  }

  @Provide
  Arbitrary<String> plain() {
    return Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMaxLength(20);
  }

  private static String join(java.util.List<Character> cs) {
    StringBuilder b = new StringBuilder();
    cs.forEach(b::append);
    return b.toString();
  }

  private static int byCodePoint(String x, String y) {
    int[] p = x.codePoints().toArray();
    int[] q = y.codePoints().toArray();
    return java.util.Arrays.compare(p, q);
  }
}
