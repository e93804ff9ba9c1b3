package io.scimworks.filter.internal;

import io.scimworks.filter.AttributePath;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The lexical pieces that the ANTLR parser and the fast path share, so that both build equal trees:
 * attribute paths, string and number literals.
 */
final class Literals {

  /** The most digits a number literal may have before its exponent. */
  static final int MAX_NUMBER_DIGITS = 1000;

  /** Numbers further than this many places from the decimal point are rejected ({@code 1e1001}). */
  static final int MAX_NUMBER_SCALE = 1000;

  /** An exponent's sign and digits: far more than a scale within bounds needs, and an int. */
  private static final int MAX_EXPONENT_CHARS = 8;

  /** Why a string literal with an unpaired surrogate is refused. */
  static final String UNPAIRED_SURROGATE =
      "expected Unicode text but found an unpaired UTF-16 surrogate (one of \\uD800 to \\uDFFF"
          + " without its other half) in a string";

  private Literals() {}

  static boolean isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$';
  }

  /** The characters of the lexer's NAME token (URN prefix, name and sub-attribute together). */
  static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '-'
        || c == ':'
        || c == '.'
        || c == '$';
  }

  static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  /**
   * Splits a NAME token into {@code [urn ":"] attribute ["." subAttribute]}, or returns {@code
   * null} when it is not a valid path ({@link #pathError} says why).
   */
  static @Nullable AttributePath path(String text) {
    int colon = text.lastIndexOf(':');
    String rest = text.substring(colon + 1);
    int dot = rest.indexOf('.');
    String attribute = dot < 0 ? rest : rest.substring(0, dot);
    String sub = dot < 0 ? null : rest.substring(dot + 1);
    if (!isAttributeName(attribute) || (sub != null && !isAttributeName(sub))) {
      return null;
    }
    String urn = null;
    if (colon >= 0) {
      urn = text.substring(0, colon);
      if (!isUrn(urn)) {
        return null;
      }
    }
    return new AttributePath(urn, attribute, sub);
  }

  /**
   * Describes why {@link #path} rejected {@code text}: an offset into {@code text} and what was
   * expected there.
   */
  static PathProblem pathError(String text) {
    int colon = text.lastIndexOf(':');
    if (colon >= 0 && !isUrn(text.substring(0, colon))) {
      return new PathProblem(
          0, "expected a schema URN (urn:...) before the last ':' of '" + text + "'");
    }
    int start = colon + 1;
    String rest = text.substring(start);
    int dot = rest.indexOf('.');
    String attribute = dot < 0 ? rest : rest.substring(0, dot);
    if (!isAttributeName(attribute)) {
      return new PathProblem(
          start,
          "expected an attribute name (a letter, then letters, digits, '-' or '_') but found "
              + quoted(attribute));
    }
    String sub = rest.substring(dot + 1);
    int subStart = start + dot + 1;
    int secondDot = sub.indexOf('.');
    if (secondDot >= 0) {
      return new PathProblem(
          subStart + secondDot, "expected at most one sub-attribute but found another '.'");
    }
    return new PathProblem(
        subStart,
        "expected a sub-attribute name (a letter, then letters, digits, '-' or '_') but found "
            + quoted(sub));
  }

  private static String quoted(String s) {
    return s.isEmpty() ? "nothing" : "'" + s + "'";
  }

  /** Where in a NAME token a path is wrong, and what was expected. */
  record PathProblem(int offset, String message) {}

  /** RFC 7643 ATTRNAME = ALPHA *(nameChar), plus {@code $ref}. */
  static boolean isAttributeName(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char first = s.charAt(0);
    if (first == '$') {
      return s.equalsIgnoreCase("$ref");
    }
    if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /** {@code urn:} followed by non-empty segments separated by ':'. */
  private static boolean isUrn(String s) {
    if (s.length() < 5
        || (s.charAt(0) | 0x20) != 'u'
        || (s.charAt(1) | 0x20) != 'r'
        || (s.charAt(2) | 0x20) != 'n'
        || s.charAt(3) != ':') {
      return false;
    }
    for (int i = 4; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '$') {
        return false;
      }
      if (c == ':' && (i == 4 || s.charAt(i - 1) == ':')) {
        return false;
      }
    }
    return s.charAt(s.length() - 1) != ':';
  }

  /**
   * The value of a JSON string literal, quotes included in {@code token}; the escapes have been
   * checked by the lexer (or the fast path).
   */
  static String unquote(String token) {
    int end = token.length() - 1;
    int backslash = token.indexOf('\\', 1);
    if (backslash < 0 || backslash >= end) {
      return token.substring(1, end);
    }
    StringBuilder sb = new StringBuilder(end);
    sb.append(token, 1, backslash);
    int i = backslash;
    while (i < end) {
      char c = token.charAt(i);
      if (c != '\\') {
        sb.append(c);
        i++;
        continue;
      }
      char e = token.charAt(i + 1);
      switch (e) {
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          sb.append((char) Integer.parseInt(token, i + 2, i + 6, 16));
          i += 4;
        }
        default -> sb.append(e); // " \ /
      }
      i += 2;
    }
    return sb.toString();
  }

  /**
   * The value of a JSON number literal (already lexed as one), or {@code null} when it is too long,
   * too large or too precise to be useful: more than {@value #MAX_NUMBER_DIGITS} digits before the
   * exponent, or a canonical scale beyond {@value #MAX_NUMBER_SCALE} either way. The digits are
   * counted before anything is converted, so a rejected literal costs time linear in its length.
   */
  static @Nullable BigDecimal number(String token) {
    int exponent = Math.max(token.indexOf('e'), token.indexOf('E'));
    int mantissaEnd = exponent < 0 ? token.length() : exponent;
    int digits = 0;
    for (int i = 0; i < mantissaEnd; i++) {
      char c = token.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      }
    }
    if (digits > MAX_NUMBER_DIGITS
        || (exponent >= 0 && token.length() - exponent - 1 > MAX_EXPONENT_CHARS)) {
      return null;
    }
    BigDecimal value = new BigDecimal(token);
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    int scale = stripped.scale();
    if (scale > MAX_NUMBER_SCALE || scale < -MAX_NUMBER_SCALE) {
      return null;
    }
    return stripped;
  }

  /**
   * The offset in {@code text} of the first surrogate of the string literal {@code text[start,
   * end)} (quotes included, escapes well formed) that is not half of a pair once its escapes are
   * decoded, or -1. Such a literal lexes (the grammar's lexer accepts it) but is no Unicode text
   * (RFC 7643 §2.3.1), and the parser refuses it as a value, as the server refuses such strings in
   * request bodies.
   */
  static int unpairedSurrogate(String text, int start, int end) {
    int pendingHigh = -1;
    int i = start + 1;
    while (i < end - 1) {
      int at = i;
      char c = text.charAt(i);
      if (c == '\\') {
        char e = text.charAt(i + 1);
        c = e == 'u' ? (char) Integer.parseInt(text, i + 2, i + 6, 16) : e;
        i += e == 'u' ? 6 : 2;
      } else {
        i++;
      }
      if (Character.isLowSurrogate(c)) {
        if (pendingHigh < 0) {
          return at;
        }
        pendingHigh = -1;
      } else {
        if (pendingHigh >= 0) {
          return pendingHigh;
        }
        if (Character.isHighSurrogate(c)) {
          pendingHigh = at;
        }
      }
    }
    return pendingHigh;
  }

  /**
   * Explains why a string literal starting at {@code start} (a '"') did not lex: an offset into
   * {@code text} and what was wrong there.
   */
  static PathProblem stringError(String text, int start) {
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        return new PathProblem(start, "invalid string literal");
      }
      if (c < 0x20) {
        return new PathProblem(
            i, "expected a character or an escape but found a control character in a string");
      }
      if (c == '\\') {
        if (i + 1 >= text.length()) {
          break;
        }
        char e = text.charAt(i + 1);
        if (e == 'u') {
          for (int k = i + 2; k < i + 6; k++) {
            if (k >= text.length() || Character.digit(text.charAt(k), 16) < 0) {
              return new PathProblem(i, "expected four hex digits after \\u in a string");
            }
          }
          i += 6;
          continue;
        }
        if ("\"\\/bfnrt".indexOf(e) < 0) {
          return new PathProblem(
              i, "expected one of the JSON escapes \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
        }
        i += 2;
        continue;
      }
      i++;
    }
    return new PathProblem(start, "expected a closing '\"' for the string starting here");
  }
}
