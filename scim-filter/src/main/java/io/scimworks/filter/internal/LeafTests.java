package io.scimworks.filter.internal;

import io.scimworks.filter.AttributeInfo;
import io.scimworks.filter.AttributeInfo.ValueType;
import io.scimworks.filter.CompareOperator;
import io.scimworks.filter.CompareValue;
import io.scimworks.filter.ComparisonTypes;
import io.scimworks.filter.FilterException;
import io.scimworks.filter.JsonNumbers;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Builds the test of one comparison against one value, choosing the semantics once, at compile
 * time: strings case-insensitively unless {@code caseExact}, date-times as instants, numbers by
 * numeric value, booleans by equality only.
 */
final class LeafTests {
  private LeafTests() {}

  /**
   * The test for {@code op value} on an attribute described by {@code info} ({@code null}: unknown,
   * inferred from the JSON). {@code ne} is the negation of {@code eq} on each value; the caller
   * handles absent attributes. {@code null} values are handled by the caller too. Strings that are
   * not {@code caseExact} compare by their forms under {@code fold}.
   *
   * @throws FilterException ({@code invalidFilter}) for a comparison SCIM does not define, or a
   *     literal that does not compare with the attribute's type ({@link ComparisonTypes})
   */
  static LeafTest create(
      CompareOperator op,
      CompareValue value,
      @Nullable AttributeInfo info,
      UnaryOperator<String> fold,
      boolean booleanStrings,
      Object where) {
    value = ComparisonTypes.check(op, value, info, booleanStrings, where);
    if (op == CompareOperator.NE) {
      LeafTest eq = create(CompareOperator.EQ, value, info, fold, booleanStrings, where);
      return leaf -> !eq.test(leaf);
    }
    ValueType type = info == null ? null : info.type();
    if (op.isOrdering() && (type == ValueType.BOOLEAN || type == ValueType.BINARY)) {
      throw invalid(
          where,
          op.token()
              + " is not defined on "
              + type.name().toLowerCase(Locale.ROOT)
              + " attributes");
    }
    if (value instanceof CompareValue.BooleanValue b) {
      if (op != CompareOperator.EQ && op != CompareOperator.NE) {
        throw invalid(where, op.token() + " is not defined on booleans; use eq or ne");
      }
      boolean expected = b.value();
      return leaf -> leaf.isBoolean() && leaf.booleanValue() == expected;
    }
    if (value instanceof CompareValue.NumberValue n) {
      return number(op, n.value(), where);
    }
    if (value instanceof CompareValue.StringValue s) {
      boolean caseExact = info != null && info.caseExact();
      return string(op, s.value(), type, caseExact ? UnaryOperator.identity() : fold, where);
    }
    throw invalid(where, "null can only be compared with eq or ne");
  }

  private static LeafTest number(CompareOperator op, BigDecimal expected, Object where) {
    if (op == CompareOperator.CO || op == CompareOperator.SW || op == CompareOperator.EW) {
      throw invalid(where, op.token() + " needs a string value, not a number");
    }
    boolean integral = expected.scale() <= 0 && expected.precision() - expected.scale() <= 18;
    long expectedLong = integral ? expected.longValueExact() : 0;
    LeafTest compare =
        leaf -> {
          if (!leaf.isNumber()) {
            return false;
          }
          int c;
          if (integral && leaf.isIntegralNumber() && leaf.canConvertToLong()) {
            c = Long.compare(leaf.longValue(), expectedLong);
          } else {
            c = JsonNumbers.compare(leaf, expected);
          }
          return ordered(op, c);
        };
    return compare;
  }

  private static LeafTest string(
      CompareOperator op,
      String text,
      @Nullable ValueType type,
      UnaryOperator<String> fold,
      Object where) {
    boolean substring =
        op == CompareOperator.CO || op == CompareOperator.SW || op == CompareOperator.EW;
    if (!substring && (type == ValueType.DATE_TIME || type == null)) {
      Instant instant = Rfc3339.parse(text);
      if (type == ValueType.DATE_TIME && instant == null) {
        throw invalid(where, "expected an RFC 3339 date-time such as \"2011-05-13T04:42:34Z\"");
      }
      if (instant != null) {
        return dateTime(op, instant, text, fold, type == ValueType.DATE_TIME);
      }
    }
    String expected = fold.apply(text);
    return switch (op) {
      case EQ ->
          leaf ->
              leaf.isString()
                  && (leaf.stringValue().equals(text)
                      || fold.apply(leaf.stringValue()).equals(expected));
      case CO -> leaf -> leaf.isString() && fold.apply(leaf.stringValue()).contains(expected);
      case SW -> leaf -> leaf.isString() && fold.apply(leaf.stringValue()).startsWith(expected);
      case EW -> leaf -> leaf.isString() && fold.apply(leaf.stringValue()).endsWith(expected);
      default ->
          leaf ->
              leaf.isString() && ordered(op, fold.apply(leaf.stringValue()).compareTo(expected));
    };
  }

  /**
   * Date-times compare as instants. When the schema does not say the attribute is a dateTime but
   * the filter value is one, a leaf that also reads as a date-time compares as an instant and any
   * other leaf compares as a string.
   */
  private static LeafTest dateTime(
      CompareOperator op,
      Instant expected,
      String text,
      UnaryOperator<String> fold,
      boolean declared) {
    String folded = fold.apply(text);
    LeafTest asInstant =
        leaf -> {
          if (!leaf.isString()) {
            return false;
          }
          Instant actual = Rfc3339.parse(leaf.stringValue());
          if (actual != null) {
            return ordered(op, actual.compareTo(expected));
          }
          if (declared) {
            return false;
          }
          return ordered(op, fold.apply(leaf.stringValue()).compareTo(folded));
        };
    return asInstant;
  }

  private static boolean ordered(CompareOperator op, int c) {
    return switch (op) {
      case EQ -> c == 0;
      case NE -> c != 0;
      case GT -> c > 0;
      case GE -> c >= 0;
      case LT -> c < 0;
      case LE -> c <= 0;
      default -> throw new AssertionError(op);
    };
  }

  static FilterException invalid(Object where, String message) {
    return new FilterException(
        FilterException.INVALID_FILTER, -1, "Invalid filter at '" + where + "': " + message);
  }
}
