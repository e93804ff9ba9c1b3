package io.scimworks.filter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.filter.Filter;
import io.scimworks.filter.FilterParser;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SimpleFilterScannerPropertiesTest {
  private static final ParseOptions OPTIONS =
      new ParseOptions(
          false,
          FilterParser.DEFAULT_MAX_LENGTH,
          FilterParser.DEFAULT_MAX_DEPTH,
          FilterParser.DEFAULT_MAX_TERMS);

  @Property
  void theFastPathBuildsTheSameTreeAsTheAntlrParser(@ForAll("simpleShapes") String text) {
    Filter fast = SimpleFilterScanner.scan(text);
    Filter antlr = antlrOrNull(text);
    if (fast != null) {
      assertThat(fast).isEqualTo(antlr);
    }
  }

  @Property
  void theFastPathTakesTheCommonIdentityProviderShapes(@ForAll("wellFormedSimple") String text) {
    Filter fast = SimpleFilterScanner.scan(text);
    assertThat(fast).isNotNull().isEqualTo(antlrOrNull(text));
  }

  private static Filter antlrOrNull(String text) {
    try {
      return FilterSyntax.filterWithoutFastPath(text, OPTIONS);
    } catch (io.scimworks.filter.FilterException e) {
      return null;
    }
  }

  @Provide
  Arbitrary<String> wellFormedSimple() {
    Arbitrary<String> name =
        Arbitraries.of(
            "userName",
            "externalId",
            "emails.value",
            "NAME.givenName",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value",
            "members.$ref",
            "not",
            "pr");
    Arbitrary<String> op = Arbitraries.of("eq", "NE", "Co", "sw", "ew", "gt", "ge", "lt", "le");
    Arbitrary<String> value =
        Arbitraries.oneOf(
            Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars('é', '日', '\u2028')
                .ofMaxLength(12)
                .map(s -> '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"'),
            Arbitraries.of("0", "-1", "12.5", "1e3", "-0.5E-2", "true", "FALSE", "null"));
    return Combinators.combine(name, op, value).as((n, o, v) -> n + " " + o + " " + v);
  }

  /** Near-misses of the simple shape: every character class the scanner distinguishes. */
  @Provide
  Arbitrary<String> simpleShapes() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "userName",
            "a",
            "name.givenName",
            "urn:x:y:z",
            "urn:",
            ":",
            ".",
            "..",
            "$ref",
            "$x",
            "1",
            "-",
            "-0",
            "01",
            "1.",
            "1.5",
            "1e",
            "1e+",
            "1E-3",
            "e",
            "eq",
            "EQ",
            "pr",
            "Pr",
            "ne",
            "gt",
            "x1",
            "true",
            "True",
            "falſe",
            "nul",
            "null",
            "\"",
            "\"a\"",
            "\"\\u00e9\"",
            "\"\\u00g9\"",
            "\"\\N\"",
            "\"\\n\"",
            "\"\t\"",
            " ",
            "  ",
            "\t",
            "\n",
            "(",
            ")",
            "[",
            "]",
            "and",
            "or",
            "not",
            ",",
            "é",
            "K",
            "ı",
            "-x",
            "_",
            "@");
    return piece.list().ofMaxSize(8).map(parts -> String.join("", parts));
  }
}
