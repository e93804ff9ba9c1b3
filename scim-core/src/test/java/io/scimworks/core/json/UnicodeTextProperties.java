package io.scimworks.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;

/** {@link ScimJson#isUnicode(String)} against the JDK's decoding of code points. */
class UnicodeTextProperties {

  @Property
  void aStringIsUnicodeExactlyWhenNoCodePointIsASurrogate(
      @ForAll @CharRange(from = 'a', to = 'c') @CharRange(from = '\uD7FE', to = '\uE001')
          String s) {
    boolean oracle = s.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF);

    assertThat(ScimJson.isUnicode(s)).isEqualTo(oracle);
  }
}
