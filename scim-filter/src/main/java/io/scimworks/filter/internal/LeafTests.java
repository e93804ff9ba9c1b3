package io.scimworks.filter.internal;

import io.scimworks.filter.AttributeInfo;
import io.scimworks.filter.AttributeInfo.ValueType;
import io.scimworks.filter.CompareOperator;
import io.scimworks.filter.CompareValue;
import io.scimworks.filter.FilterException;
import io.scimworks.filter.JsonNumbers;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
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
   * handles absent attributes. {@code null} values are handled by the caller too.
   *
   * @throws FilterException ({@code invalidFilter}) for a comparison SCIM does not define
   */
  static LeafTest create(
      CompareOperator op, CompareValue value, @Nullable AttributeInfo info, String where) {
    if (op == CompareOperator.NE) {
      LeafTest eq = create(CompareOperator.EQ, value, info, where);
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
      return string(op, s.value(), type, info != null && info.caseExact(), where);
    }
    throw invalid(where, "null can only be compared with eq or ne");
  }

  private static LeafTest number(CompareOperator op, BigDecimal expected, String where) {
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
      String expected,
      @Nullable ValueType type,
      boolean caseExact,
      String where) {
    boolean substring =
        op == CompareOperator.CO || op == CompareOperator.SW || op == CompareOperator.EW;
    if (!substring && (type == ValueType.DATE_TIME || type == null)) {
      Instant instant = Rfc3339.parse(expected);
      if (type == ValueType.DATE_TIME && instant == null) {
        throw invalid(where, "expected an RFC 3339 date-time such as \"2011-05-13T04:42:34Z\"");
      }
      if (instant != null) {
        return dateTime(op, instant, expected, caseExact, type == ValueType.DATE_TIME);
      }
    }
    return switch (op) {
      case EQ -> leaf -> leaf.isString() && equal(leaf.stringValue(), expected, caseExact);
      case CO -> leaf -> leaf.isString() && contains(leaf.stringValue(), expected, !caseExact);
      case SW ->
          leaf ->
              leaf.isString()
                  && leaf.stringValue()
                      .regionMatches(!caseExact, 0, expected, 0, expected.length());
      case EW ->
          leaf -> {
            if (!leaf.isString()) {
              return false;
            }
            String s = leaf.stringValue();
            int from = s.length() - expected.length();
            return from >= 0 && s.regionMatches(!caseExact, from, expected, 0, expected.length());
          };
      default ->
          leaf ->
              leaf.isString()
                  && ordered(
                      op,
                      caseExact
                          ? leaf.stringValue().compareTo(expected)
                          : leaf.stringValue().compareToIgnoreCase(expected));
    };
  }

  /**
   * Date-times compare as instants. When the schema does not say the attribute is a dateTime but
   * the filter value is one, a leaf that also reads as a date-time compares as an instant and any
   * other leaf compares as a string.
   */
  private static LeafTest dateTime(
      CompareOperator op, Instant expected, String text, boolean caseExact, boolean declared) {
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
          String s = leaf.stringValue();
          return ordered(op, caseExact ? s.compareTo(text) : s.compareToIgnoreCase(text));
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

  private static boolean equal(String actual, String expected, boolean caseExact) {
    return caseExact ? actual.equals(expected) : actual.equalsIgnoreCase(expected);
  }

  private static boolean contains(String s, String part, boolean ignoreCase) {
    if (!ignoreCase) {
      return s.contains(part);
    }
    int last = s.length() - part.length();
    for (int i = 0; i <= last; i++) {
      if (s.regionMatches(true, i, part, 0, part.length())) {
        return true;
      }
    }
    return false;
  }

  static FilterException invalid(String where, String message) {
    return new FilterException(
        FilterException.INVALID_FILTER, -1, "Invalid filter at " + where + ": " + message);
  }
}
