package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads every integer a client sends ({@code count}, {@code startIndex}, {@code failOnErrors}...),
 * from a query string or a JSON body, and checks it against the range the server accepts: a value
 * that is not an integer or lies outside the range is a 400 {@code invalidValue} naming the
 * parameter and the range, never an overflow or an exception.
 */
public final class ProtocolIntegers {
  private static final int ECHO = 32;

  private ProtocolIntegers() {}

  /**
   * A decimal integer from text (a query parameter): ASCII digits with an optional sign, between
   * optional spaces or tabs (a {@code +} in a query string is a space).
   *
   * @throws ScimException 400 {@code invalidValue} when it is not an integer in {@code [min, max]}
   */
  public static int fromText(String name, String text, int min, int max) {
    String t = stripSpaces(text);
    if (!isDecimal(t)) {
      throw invalid(name, echo(t), min, max);
    }
    return inRange(name, new BigInteger(t.startsWith("+") ? t.substring(1) : t), echo(t), min, max);
  }

  /**
   * An integer from a JSON member, {@code null} when it is absent or JSON {@code null}.
   *
   * @throws ScimException 400 {@code invalidValue} when it is not an integral number in {@code
   *     [min, max]}
   */
  public static @Nullable Integer fromJson(
      String name, @Nullable JsonNode value, int min, int max) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber()) {
      throw invalid(name, shown(value), min, max);
    }
    return inRange(name, value.bigIntegerValue(), echo(value.toString()), min, max);
  }

  /**
   * A value that is no integer, for the detail: a number with a fraction or an exponent is
   * described, as the tree holds only its double ({@code 1000.0} for {@code 1e3}), a form the
   * client never wrote; so is an array or object.
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
