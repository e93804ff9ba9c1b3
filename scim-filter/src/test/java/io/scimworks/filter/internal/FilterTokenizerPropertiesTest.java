package io.scimworks.filter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.filter.FilterException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;

/**
 * The hand-written tokenizer is the grammar's lexer, only faster: on any text it yields the same
 * token types, texts and positions as the lexer ANTLR generates from {@code ScimFilter.g4}, and
 * rejects exactly the texts that lexer rejects.
 */
class FilterTokenizerPropertiesTest {

  @Property(tries = 3000)
  void theTokenizerAgreesWithTheGeneratedLexer(@ForAll("texts") String text) {
    assertThat(tokens(new FilterTokenizer(text, SyntaxMode.FILTER), text))
        .isEqualTo(tokens(generatedLexer(text), text));
  }

  @Example
  void unicodeCaseFoldingDoesNotMakeKeywordsOrNames() {
    for (String text :
        new String[] {"falſe", "\u212Aey", "ınot", "İ", "a eq Ⅰ", "\"\\u00E9\"", "\"\\uFF10\""}) {
      assertThat(tokens(new FilterTokenizer(text, SyntaxMode.FILTER), text))
          .as(text)
          .isEqualTo(tokens(generatedLexer(text), text));
    }
  }

  /** Each token as "type:start:text", or the error, with positions as UTF-16 offsets. */
  private static List<String> tokens(TokenSource source, String text) {
    List<String> out = new ArrayList<>();
    try {
      for (int i = 0; i < 10_000; i++) {
        Token t = source.nextToken();
        int start =
            source instanceof FilterTokenizer
                ? t.getStartIndex()
                : text.offsetByCodePoints(
                    0, Math.min(t.getStartIndex(), text.codePointCount(0, text.length())));
        out.add(t.getType() + ":" + start + ":" + (t.getType() == Token.EOF ? "" : t.getText()));
        if (t.getType() == Token.EOF) {
          break;
        }
      }
    } catch (FilterException | LexerFailure e) {
      out.add("error");
    }
    return out;
  }

  private static TokenSource generatedLexer(String text) {
    ScimFilterLexer lexer = new ScimFilterLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    lexer.addErrorListener(
        new BaseErrorListener() {
          @Override
          public void syntaxError(
              Recognizer<?, ?> recognizer,
              Object offendingSymbol,
              int line,
              int charPositionInLine,
              String msg,
              RecognitionException e) {
            throw new LexerFailure();
          }
        });
    return lexer;
  }

  private static final class LexerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @Provide
  Arbitrary<String> texts() {
    String alphabet =
        "()[],\"\\ \t\r\n.:$-_+eE0123456789aAnNdDoOrRtTpPqQsSwWgGlLuUfFbBxzé日ſKı\u0000\u001f";
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars(alphabet.toCharArray()).ofMaxLength(30),
        Arbitraries.strings().all().ofMaxLength(20),
        Arbitraries.of(
                "and",
                "OR",
                "Not",
                "pr",
                "eq",
                "nE",
                "true",
                "FALSE",
                "null",
                "nulls",
                "1",
                "-0",
                "01",
                "1.5e+3",
                "1.",
                "1e",
                "-",
                "\"x\"",
                "\"\\u00e9\"",
                "\"\\N\"",
                ".value",
                ".v:x",
                "urn:a:b",
                "$ref",
                "a.b",
                " ",
                "(",
                ")",
                "[",
                "]",
                ",",
                "@",
                "😀")
            .list()
            .ofMaxSize(10)
            .map(l -> String.join("", l)));
  }
}
