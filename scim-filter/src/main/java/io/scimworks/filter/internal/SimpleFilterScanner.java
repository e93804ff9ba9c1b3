package io.scimworks.filter.internal;

import io.scimworks.filter.AttributePath;
import io.scimworks.filter.CompareOperator;
import io.scimworks.filter.CompareValue;
import io.scimworks.filter.Filter;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The fast path for the shape that dominates identity-provider traffic: {@code attrPath op value}
 * and {@code attrPath pr} ({@code userName eq "bjensen"}, {@code externalId eq "42"}).
 *
 * <p>It recognises exactly a subset of what the grammar accepts and builds the same tree (a jqwik
 * property checks this against the ANTLR path); anything else, including every error and every
 * lenient bare word, returns {@code null} so that the ANTLR parser decides and reports.
 */
final class SimpleFilterScanner {

  private SimpleFilterScanner() {}

  /** The filter, or {@code null} when the text is not of the simple shape. */
  static @Nullable Filter scan(String s) {
    int n = s.length();
    int i = skipWhitespace(s, 0);
    int nameStart = i;
    if (i >= n || !Literals.isNameStart(s.charAt(i))) {
      return null;
    }
    while (i < n && Literals.isNameChar(s.charAt(i))) {
      i++;
    }
    int nameEnd = i;
    if (i >= n || !Literals.isWhitespace(s.charAt(i))) {
      return null;
    }
    i = skipWhitespace(s, i);
    if (i + 2 > n) {
      return null;
    }
    char a = lower(s.charAt(i));
    char b = lower(s.charAt(i + 1));
    i += 2;
    if (a == 'p' && b == 'r') {
      if (skipWhitespace(s, i) != n || (i < n && !Literals.isWhitespace(s.charAt(i)))) {
        return null;
      }
      AttributePath path = Literals.path(s.substring(nameStart, nameEnd));
      return path == null ? null : new Filter.Present(path);
    }
    CompareOperator op = operator(a, b);
    if (op == null || i >= n) {
      return null;
    }
    char next = s.charAt(i);
    if (!Literals.isWhitespace(next) && next != '"') {
      return null;
    }
    i = skipWhitespace(s, i);
    if (i >= n) {
      return null;
    }
    int valueStart = i;
    int valueEnd = valueEnd(s, i);
    if (valueEnd < 0 || skipWhitespace(s, valueEnd) != n) {
      return null;
    }
    CompareValue value = value(s, valueStart, valueEnd);
    if (value == null) {
      return null;
    }
    AttributePath path = Literals.path(s.substring(nameStart, nameEnd));
    return path == null ? null : new Filter.Compare(path, op, value);
  }

  /** The end of the literal starting at {@code i}, or -1 when it is not a well-formed literal. */
  private static int valueEnd(String s, int i) {
    char c = s.charAt(i);
    int end;
    if (c == '"') {
      end = stringEnd(s, i);
      return end; // a delimiter-free string may be followed directly by anything the caller checks
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      end = numberEnd(s, i);
    } else {
      end = i;
      while (end < s.length() && Character.isLetter(s.charAt(end))) {
        end++;
      }
    }
    if (end < 0 || (end < s.length() && !Literals.isWhitespace(s.charAt(end)))) {
      return -1;
    }
    return end;
  }

  private static @Nullable CompareValue value(String s, int start, int end) {
    char c = s.charAt(start);
    if (c == '"') {
      return new CompareValue.StringValue(Literals.unquote(s.substring(start, end)));
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      String text = s.substring(start, end);
      BigDecimal number = Literals.number(text);
      return number == null ? null : new CompareValue.NumberValue(number, text);
    }
    int length = end - start;
    if (length == 4 && asciiMatches(s, start, "true")) {
      return AstBuilder.TRUE;
    }
    if (length == 5 && asciiMatches(s, start, "false")) {
      return AstBuilder.FALSE;
    }
    if (length == 4 && asciiMatches(s, start, "null")) {
      return CompareValue.NullValue.INSTANCE;
    }
    return null;
  }

  /** The index after the closing quote of a valid JSON string at {@code i}, or -1. */
  private static int stringEnd(String s, int i) {
    int n = s.length();
    boolean maySurrogate = false;
    for (int j = i + 1; j < n; j++) {
      char c = s.charAt(j);
      if (c == '"') {
        // an unpaired surrogate is an error the full parser reports: not the simple shape
        return maySurrogate && Literals.unpairedSurrogate(s, i, j + 1) >= 0 ? -1 : j + 1;
      }
      if (c < 0x20) {
        return -1;
      }
      maySurrogate |= Character.isSurrogate(c);
      if (c == '\\') {
        if (j + 1 >= n) {
          return -1;
        }
        char e = s.charAt(j + 1);
        if (e == 'u') {
          maySurrogate = true;
          if (j + 6 > n) {
            return -1;
          }
          for (int k = j + 2; k < j + 6; k++) {
            char h = s.charAt(k);
            if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F'))) {
              return -1;
            }
          }
          j += 5;
        } else if ("\"\\/bfnrt".indexOf(e) >= 0) {
          j++;
        } else {
          return -1;
        }
      }
    }
    return -1;
  }

  /** The end of a JSON number at {@code i}, or -1. */
  private static int numberEnd(String s, int i) {
    int n = s.length();
    int j = i;
    if (s.charAt(j) == '-') {
      j++;
    }
    if (j >= n) {
      return -1;
    }
    if (s.charAt(j) == '0') {
      j++;
    } else if (s.charAt(j) >= '1' && s.charAt(j) <= '9') {
      j = digits(s, j);
    } else {
      return -1;
    }
    if (j < n && s.charAt(j) == '.') {
      int k = digits(s, j + 1);
      if (k == j + 1) {
        return -1;
      }
      j = k;
    }
    if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
      int k = j + 1;
      if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
        k++;
      }
      int m = digits(s, k);
      if (m == k) {
        return -1;
      }
      j = m;
    }
    return j;
  }

  private static int digits(String s, int i) {
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  private static @Nullable CompareOperator operator(char a, char b) {
    return switch (a) {
      case 'e' -> b == 'q' ? CompareOperator.EQ : b == 'w' ? CompareOperator.EW : null;
      case 'n' -> b == 'e' ? CompareOperator.NE : null;
      case 'c' -> b == 'o' ? CompareOperator.CO : null;
      case 's' -> b == 'w' ? CompareOperator.SW : null;
      case 'g' -> b == 't' ? CompareOperator.GT : b == 'e' ? CompareOperator.GE : null;
      case 'l' -> b == 't' ? CompareOperator.LT : b == 'e' ? CompareOperator.LE : null;
      default -> null;
    };
  }

  /** Case-insensitive for ASCII letters only, as the lexer is (so "falſe" is not false). */
  private static boolean asciiMatches(String s, int start, String lowerCaseWord) {
    for (int k = 0; k < lowerCaseWord.length(); k++) {
      if (lower(s.charAt(start + k)) != lowerCaseWord.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  private static int skipWhitespace(String s, int i) {
    while (i < s.length() && Literals.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
