package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads every integer a client sends ({@code count}, {@code startIndex}, {@code failOnErrors}...),
 * from a query string or a JSON body, and checks it against the range the server accepts: a value
 * that is not an integer or lies outside the range is a 400 {@code invalidValue} naming the
 * parameter and the range, never an overflow or an exception.
 *
 * <p>An integer is a whole number, however the number is written: JSON has one number type (RFC
 * 8259 §6), so {@code 1e3}, {@code 1000.0} and {@code 1000} are the same value, and RFC 7643 §2.3.4
 * asks only for "a whole number with no fractional digits". Query text and JSON bodies are read
 * alike: {@code count=1e3} and {@code "count": 1e3} are both 1000, {@code 1.5} is refused in both.
 * A body's number with a fraction or an exponent reaches the server as a double, so a fraction
 * below a double's precision ({@code 1.0000000000000001}) reads as the whole number there.
 */
public final class ProtocolIntegers {
  private static final int ECHO = 32;

  private ProtocolIntegers() {}

  /**
   * An integer from text (a query parameter): ASCII digits with an optional sign, or a JSON number
   * with a fraction or an exponent whose value is whole ({@code 1e3}, {@code 10.0}), between
   * optional spaces or tabs (a {@code +} in a query string is a space). Zeros that do not change
   * the value are allowed in any number ({@code 0005}, {@code 5.000}, {@code 5e007}): they are
   * dropped first, in one pass over the text, so a long run of them costs its length only.
   *
   * @throws ScimException 400 {@code invalidValue} when it is not a whole number in {@code [min,
   *     max]}
   */
  public static int fromText(String name, String text, int min, int max) {
    String t = stripSpaces(text);
    String n = withoutInsignificantZeros(t);
    if (n == null) {
      throw invalid(name, echo(t), min, max);
    }
    String digits = n.startsWith("+") ? n.substring(1) : n;
    if (isDecimal(n)) {
      return inRange(name, new BigInteger(digits), echo(t), min, max);
    }
    if (!isNumber(n)) {
      throw invalid(name, echo(t), min, max);
    }
    BigDecimal d;
    try {
      d = new BigDecimal(digits);
    } catch (NumberFormatException e) {
      throw invalid(name, echo(t), min, max); // an exponent beyond an int's range
    }
    return whole(name, d, echo(t), min, max);
  }

  /**
   * {@code t} without the zeros that do not change a number's value: leading zeros of the integer
   * part (one digit is kept) and of the exponent, trailing zeros of the fraction (and the point,
   * when nothing is left after it); {@code null} when {@code t} is no number by the grammar of
   * {@link #isNumber} (an optional sign, digits, an optional fraction and exponent), whatever its
   * length. One pass, no regular expression.
   */
  static @Nullable String withoutInsignificantZeros(String t) {
    int n = t.length();
    int i = n > 0 && (t.charAt(0) == '+' || t.charAt(0) == '-') ? 1 : 0;
    int intStart = i;
    i = digits(t, i);
    int intEnd = i;
    if (intEnd == intStart) {
      return null;
    }
    int fracStart = -1;
    int fracEnd = -1;
    if (i < n && t.charAt(i) == '.') {
      fracStart = ++i;
      i = digits(t, i);
      fracEnd = i;
      if (fracEnd == fracStart) {
        return null;
      }
    }
    int expSign = -1;
    int expStart = -1;
    if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
      i++;
      expSign = i;
      if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
        i++;
      }
      expStart = i;
      i = digits(t, i);
      if (i == expStart) {
        return null;
      }
    }
    if (i != n) {
      return null;
    }
    int from = intStart;
    while (from < intEnd - 1 && t.charAt(from) == '0') {
      from++;
    }
    if (from == intStart && fracStart < 0 && expStart < 0) {
      return t; // plain digits without leading zeros, what clients send: nothing to drop
    }
    StringBuilder b = new StringBuilder(Math.min(n, 64));
    b.append(t, 0, intStart).append(t, from, intEnd);
    if (fracStart >= 0) {
      int to = fracEnd;
      while (to > fracStart && t.charAt(to - 1) == '0') {
        to--;
      }
      if (to > fracStart) {
        b.append('.').append(t, fracStart, to);
      }
    }
    if (expStart >= 0) {
      int e = expStart;
      while (e < n - 1 && t.charAt(e) == '0') {
        e++;
      }
      b.append('e').append(t, expSign, expStart).append(t, e, n);
    }
    return b.toString();
  }

  /**
   * An integer from a JSON member, {@code null} when it is absent or JSON {@code null}.
   *
   * @throws ScimException 400 {@code invalidValue} when it is not a whole number in {@code [min,
   *     max]}
   */
  public static @Nullable Integer fromJson(
      String name, @Nullable JsonNode value, int min, int max) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber()) {
      return inRange(name, value.bigIntegerValue(), echo(value.toString()), min, max);
    }
    if (!value.isNumber() || (!value.isBigDecimal() && !Double.isFinite(value.doubleValue()))) {
      throw invalid(name, shown(value), min, max); // 1e400 reads as infinity
    }
    return whole(name, value.decimalValue(), shown(value), min, max);
  }

  /**
   * {@code d} as an int when it is a whole number in {@code [min, max]}. The range is checked
   * first, which compares exponents before digits, so {@code 1e999999999} costs nothing.
   */
  private static int whole(String name, BigDecimal d, String shown, int min, int max) {
    if (d.compareTo(BigDecimal.valueOf(min)) < 0
        || d.compareTo(BigDecimal.valueOf(max)) > 0
        || (d.signum() != 0 && d.stripTrailingZeros().scale() > 0)) {
      throw invalid(name, shown, min, max);
    }
    return d.intValue();
  }

  /**
   * A value that is no integer (or none in range), for the detail: a number with a fraction or an
   * exponent is described, as the tree holds only its double ({@code 1.5E20} for {@code 15e19}), a
   * form the client never wrote; so is an array or object.
   */
  private static String shown(JsonNode value) {
    if (value.isFloatingPointNumber()) {
      return "a number with a fraction or an exponent";
    }
    if (value.isContainer()) {
      return value.isArray() ? "an array" : "an object";
    }
    return echo(value.toString());
  }

  private static String echo(String text) {
    return text.length() > ECHO ? text.substring(0, ECHO) + "..." : text;
  }

  private static int inRange(String name, BigInteger v, String shown, int min, int max) {
    if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
      throw invalid(name, shown, min, max);
    }
    return v.intValue();
  }

  /** At most 20 digits, so that an absurdly long number costs nothing to reject. */
  private static boolean isDecimal(String t) {
    int start = !t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-') ? 1 : 0;
    int digits = t.length() - start;
    if (digits < 1 || digits > 20) {
      return false;
    }
    for (int i = start; i < t.length(); i++) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * A JSON number with an optional {@code +} (digits, then an optional fraction and exponent), of
   * at most 40 characters.
   */
  private static boolean isNumber(String t) {
    if (t.length() > 40) {
      return false;
    }
    int i = !t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-') ? 1 : 0;
    int start = i;
    i = digits(t, i);
    if (i == start) {
      return false;
    }
    if (i < t.length() && t.charAt(i) == '.') {
      int from = ++i;
      i = digits(t, i);
      if (i == from) {
        return false;
      }
    }
    if (i < t.length() && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
      i++;
      if (i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
        i++;
      }
      int from = i;
      i = digits(t, i);
      if (i == from) {
        return false;
      }
    }
    return i == t.length();
  }

  /** The index after the ASCII digits of {@code t} from {@code i}. */
  private static int digits(String t, int i) {
    while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /**
   * Without leading and trailing spaces and tabs; not {@link String#strip()}, which takes U+3000.
   */
  private static String stripSpaces(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && (s.charAt(from) == ' ' || s.charAt(from) == '\t')) {
      from++;
    }
    while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '\t')) {
      to--;
    }
    return s.substring(from, to);
  }

  /** {@code shown}: what the client sent, cut to 32 characters, or a description of it. */
  private static ScimException invalid(String name, String shown, int min, int max) {
    return ScimException.of(
        ScimType.INVALID_VALUE,
        "'" + name + "' must be an integer from " + min + " to " + max + ", was " + shown);
  }
}
