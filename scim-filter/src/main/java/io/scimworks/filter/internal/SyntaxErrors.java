package io.scimworks.filter.internal;

import io.scimworks.filter.FilterException;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Turns ANTLR's recognition errors into {@link FilterException}s that say what was expected. */
final class SyntaxErrors {
  private static final int EXCERPT = 24;
  private static final int[] KEYWORDS = {
    ScimFilterParser.AND, ScimFilterParser.OR, ScimFilterParser.NOT, ScimFilterParser.PR,
    ScimFilterParser.EQ, ScimFilterParser.NE, ScimFilterParser.CO, ScimFilterParser.SW,
    ScimFilterParser.EW, ScimFilterParser.GT, ScimFilterParser.GE, ScimFilterParser.LT,
    ScimFilterParser.LE, ScimFilterParser.TRUE, ScimFilterParser.FALSE, ScimFilterParser.NULL
  };
  private static final int[] OPERATORS = {
    ScimFilterParser.EQ, ScimFilterParser.NE, ScimFilterParser.CO, ScimFilterParser.SW,
    ScimFilterParser.EW, ScimFilterParser.GT, ScimFilterParser.GE, ScimFilterParser.LT,
    ScimFilterParser.LE
  };

  private SyntaxErrors() {}

  /** A short quotable piece of input. */
  static String excerpt(String s) {
    return s.length() <= EXCERPT ? s : s.substring(0, EXCERPT) + "...";
  }

  /** The exception for a parser error: "expected X but found Y" at the offending token. */
  static FilterException parserError(
      String text, SyntaxMode mode, boolean insideBrackets, Parser parser, RecognitionException e) {
    Token found = e.getOffendingToken() != null ? e.getOffendingToken() : parser.getCurrentToken();
    IntervalSet expected;
    try {
      expected = e.getExpectedTokens();
    } catch (RuntimeException ignored) {
      expected = null;
    }
    if (expected == null) {
      expected = parser.getExpectedTokens();
    }
    int position = found.getType() == Token.EOF ? text.length() : found.getStartIndex();
    // A value is described, not quoted: the parser cannot tell whether it was meant for an
    // attribute whose values are never returned (password "secret").
    String foundText =
        switch (found.getType()) {
          case Token.EOF -> "the end of the input";
          case ScimFilterParser.STRING -> "a string";
          case ScimFilterParser.NUMBER -> "a number";
          default -> "'" + excerpt(found.getText()) + "'";
        };
    if ((mode == SyntaxMode.FILTER || insideBrackets)
        && (expected.contains(Token.EOF)
            || expected.contains(ScimFilterParser.RPAREN)
            || expected.contains(ScimFilterParser.RBRACKET))) {
      // after a complete expression a logical operator is always possible too
      expected = new IntervalSet(expected);
      expected.add(ScimFilterParser.AND);
      expected.add(ScimFilterParser.OR);
    }
    return mode.error(
        insideBrackets, position, "expected " + describe(expected) + " but found " + foundText);
  }

  /** Names a set of expected token types the way a person reads a filter. */
  static String describe(IntervalSet set) {
    IntervalSet rest = new IntervalSet(set);
    List<String> parts = new ArrayList<>();
    if (rest.contains(ScimFilterParser.STRING)) {
      parts.add("a value (a JSON string, number, true, false or null)");
      for (int t :
          new int[] {
            ScimFilterParser.STRING, ScimFilterParser.NUMBER, ScimFilterParser.TRUE,
            ScimFilterParser.FALSE, ScimFilterParser.NULL, ScimFilterParser.NAME,
            ScimFilterParser.BAREWORD
          }) {
        rest.remove(t);
      }
    }
    if (rest.contains(ScimFilterParser.NAME)) {
      parts.add(
          rest.contains(ScimFilterParser.LPAREN)
              ? "an attribute path, 'not' or '('"
              : "an attribute path");
      rest.remove(ScimFilterParser.NAME);
      rest.remove(ScimFilterParser.LPAREN);
      for (int t : KEYWORDS) {
        rest.remove(t);
      }
    }
    if (rest.contains(ScimFilterParser.EQ)) {
      parts.add(
          rest.contains(ScimFilterParser.PR)
              ? "an operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr) or '['"
              : "a comparison operator (eq, ne, co, sw, ew, gt, ge, lt, le)");
      for (int t : OPERATORS) {
        rest.remove(t);
      }
      if (rest.contains(ScimFilterParser.PR)) {
        rest.remove(ScimFilterParser.PR);
        rest.remove(ScimFilterParser.LBRACKET);
      }
    }
    for (int t : rest.toList()) {
      if (t != Token.EOF) {
        parts.add(tokenName(t));
      }
    }
    if (rest.contains(Token.EOF)) {
      parts.add(tokenName(Token.EOF));
    }
    if (parts.isEmpty()) {
      return "something else";
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " or "
        + parts.get(parts.size() - 1);
  }

  private static String tokenName(int type) {
    return switch (type) {
      case Token.EOF -> "the end of the input";
      case ScimFilterParser.SUB_ATTR -> "'.' and a sub-attribute";
      case ScimFilterParser.STRING -> "a string";
      case ScimFilterParser.NUMBER -> "a number";
      case ScimFilterParser.NAME -> "an attribute path";
      case ScimFilterParser.BAREWORD -> "a word";
      default -> {
        String literal = ScimFilterParser.VOCABULARY.getLiteralName(type);
        yield literal != null ? literal : ScimFilterParser.VOCABULARY.getDisplayName(type);
      }
    };
  }
}
