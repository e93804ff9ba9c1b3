package io.scimworks.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.scimworks.core.ScimException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The entity-tag list grammar of RFC 9110 (§8.8.3, §5.6.1), as {@code If-Match} uses it. */
class ETagsProperties {

  /** A list element: an entity tag, or nothing (an empty element), with optional whitespace. */
  record Element(String text, String version) {}

  @Provide
  Arbitrary<Element> elements() {
    Arbitrary<String> ows = Arbitraries.of("", " ", "\t", "  \t");
    Arbitrary<String> version = Arbitraries.strings().withChars("abc019-_.:/W!#~").ofMaxLength(12);
    Arbitrary<Boolean> weak = Arbitraries.of(true, false);
    Arbitrary<Boolean> empty = Arbitraries.of(true, false, false);
    return Combinators.combine(ows, version, weak, ows, empty)
        .as(
            (before, v, w, after, isEmpty) ->
                isEmpty
                    ? new Element(before + after, "")
                    : new Element(before + (w ? "W/" : "") + "\"" + v + "\"" + after, v));
  }

  @Property(tries = 300)
  void aListOfEntityTagsWithEmptyElementsParsesToItsVersions(
      @ForAll("listsOfElements") List<Element> list) {
    List<String> expected = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Element e : list) {
      texts.add(e.text());
      if (!e.text().isBlank()) {
        expected.add(e.version());
      }
    }
    assertThat(ETags.parse(String.join(",", texts), "If-Match")).isEqualTo(expected);
  }

  @Provide
  Arbitrary<List<Element>> listsOfElements() {
    return elements().list().ofMaxSize(6);
  }

  @Property(tries = 500)
  void anyHeaderValueIsParsedOrRefusedWith400(@ForAll("headerish") String header) {
    Throwable t = catchThrowable(() -> ETags.parse(header, "If-Match"));
    if (t != null) {
      assertThat(t).isInstanceOf(ScimException.class);
      assertThat(((ScimException) t).status()).isEqualTo(400);
    }
  }

  @Provide
  Arbitrary<String> headerish() {
    return Arbitraries.strings().withChars("W/\"*, \t\u0000\u00ffa1").ofMaxLength(20);
  }

  @Property(tries = 200)
  void theETagOfAnyVersionParsesBackToTheCharactersATagCanHold(@ForAll String version) {
    List<String> parsed = ETags.parse(ETags.of(version), "If-Match");
    assertThat(parsed).hasSize(1);
    assertThat(ETags.of(parsed.get(0))).isEqualTo(ETags.of(version));
  }
}
