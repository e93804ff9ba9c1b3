package io.scimworks.filter;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/**
 * Compares JSON numbers by value, over every number a Jackson tree can hold.
 *
 * <p>A JSON literal beyond the range of a double, such as {@code 1e400}, reads as an infinite
 * double unless the mapper keeps big decimals; {@link JsonNode#decimalValue()} cannot convert it.
 * This order places {@code -Infinity} below and {@code +Infinity} above every finite number, and
 * {@code NaN} above both (as {@link Double#compare} does), so every number compares and nothing
 * throws. The filter evaluator, sorting and PATCH's value equality all use it.
 *
 * <pre>{@code
 * JsonNumbers.compare(score, BigDecimal.ZERO) > 0  // also for a score read from 1e400
 * }</pre>
 */
public final class JsonNumbers {
  private static final int NEGATIVE_INFINITY = -1;
  private static final int FINITE = 0;
  private static final int POSITIVE_INFINITY = 1;
  private static final int NAN = 2;

  private JsonNumbers() {}

  /**
   * Compares two number nodes by value: negative, zero or positive as {@code a} is less than, equal
   * to or greater than {@code b}.
   *
   * @param a a number node (any size, {@code NaN} and infinities included); not null
   * @param b a number node; not null
   * @return a negative number, zero or a positive number
   * @throws IllegalArgumentException if either node is not a number
   */
  public static int compare(JsonNode a, JsonNode b) {
    requireNumber(a);
    requireNumber(b);
    if (a.isIntegralNumber()
        && b.isIntegralNumber()
        && a.canConvertToLong()
        && b.canConvertToLong()) {
      return Long.compare(a.longValue(), b.longValue());
    }
    int ra = rank(a);
    int rb = rank(b);
    if (ra != FINITE || rb != FINITE) {
      return Integer.compare(ra, rb);
    }
    return a.decimalValue().compareTo(b.decimalValue());
  }

  /**
   * Compares a number node with a (finite) decimal by value: negative, zero or positive as {@code
   * a} is less than, equal to or greater than {@code b}.
   *
   * @param a a number node; not null
   * @param b a decimal; not null
   * @return a negative number, zero or a positive number
   * @throws IllegalArgumentException if {@code a} is not a number
   */
  public static int compare(JsonNode a, BigDecimal b) {
    requireNumber(a);
    int ra = rank(a);
    if (ra != FINITE) {
      return Integer.compare(ra, FINITE);
    }
    return a.decimalValue().compareTo(b);
  }

  /**
   * Whether two number nodes have the same value ({@code 1}, {@code 1.0} and {@code 1e0} do).
   *
   * @param a a number node; not null
   * @param b a number node; not null
   * @return whether {@link #compare(JsonNode, JsonNode)} gives zero
   * @throws IllegalArgumentException if either node is not a number
   */
  public static boolean equal(JsonNode a, JsonNode b) {
    return compare(a, b) == 0;
  }

  private static int rank(JsonNode n) {
    if (!n.isFloatingPointNumber() || n.isBigDecimal()) {
      return FINITE;
    }
    double d = n.doubleValue();
    if (Double.isNaN(d)) {
      return NAN;
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? POSITIVE_INFINITY : NEGATIVE_INFINITY;
    }
    return FINITE;
  }

  private static void requireNumber(JsonNode n) {
    if (!n.isNumber()) {
      throw new IllegalArgumentException("not a number: " + n.getNodeType());
    }
  }
}
