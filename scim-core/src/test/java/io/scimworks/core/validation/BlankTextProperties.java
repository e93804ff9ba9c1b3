package io.scimworks.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Blank text is white space and characters that show as nothing, in any mix; one visible character
 * anywhere makes it a value.
 */
class BlankTextProperties {
  private static final Integer[] INVISIBLE = {
    0x20,
    0x09,
    0x0A,
    0x0D,
    0x85,
    0xA0,
    0x1680,
    0x2003,
    0x2028,
    0x202F,
    0x3000, // White_Space
    0xAD,
    0x200B,
    0x200C,
    0x200D,
    0x200E,
    0x2060,
    0xFEFF,
    0x061C,
    0xE0041, // format (Cf)
    0x034F,
    0x115F,
    0x3164,
    0xFFA0,
    0xFE0F,
    0x180B,
    0xE0100 // other default-ignorable
  };

  @Property
  void anyMixOfInvisibleCodePointsIsBlank(@ForAll("invisible") String text) {
    assertThat(BlankText.isBlank(text)).isTrue();
  }

  @Property
  void oneVisibleCharacterAnywhereIsAValue(
      @ForAll("invisible") String text,
      @ForAll("visible") String visible,
      @ForAll @IntRange(min = 0, max = 1000) int at) {
    int i = text.offsetByCodePoints(0, at % (text.codePointCount(0, text.length()) + 1));
    assertThat(BlankText.isBlank(text.substring(0, i) + visible + text.substring(i))).isFalse();
  }

  @Example
  void theEmptyStringIsBlankAndTextIsNot() {
    assertThat(BlankText.isBlank("")).isTrue();
    assertThat(BlankText.isBlank("\u200B")).isTrue();
    assertThat(BlankText.isBlank("a")).isFalse();
    assertThat(BlankText.isBlank("\u2800")).isFalse(); // a Braille pattern shows as a glyph
    assertThat(BlankText.isBlank("\ud800")).isFalse(); // a lone surrogate is no text at all
  }

  @Provide
  Arbitrary<String> invisible() {
    return Arbitraries.of(INVISIBLE)
        .list()
        .ofMaxSize(12)
        .map(
            cps -> {
              StringBuilder b = new StringBuilder();
              cps.forEach(b::appendCodePoint);
              return b.toString();
            });
  }

  @Provide
  Arbitrary<String> visible() {
    return Arbitraries.oneOf(
        Arbitraries.strings().alpha().numeric().ofLength(1),
        Arbitraries.of("é", "名", "😀", "-", ".", "\u0301"));
  }
}
