package io.scimworks.filter;

import io.scimworks.filter.AttributeInfo.ValueType;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which literals compare with which attribute types (RFC 7644 §3.4.2.2), decided once for the
 * evaluator and for anything that translates filters (a SQL store), so that both refuse and coerce
 * alike.
 *
 * <ul>
 *   <li>string, reference and binary attributes compare with strings; dateTime attributes with
 *       strings (an RFC 3339 date-time for {@code eq ne gt ge lt le}); integer and decimal
 *       attributes with numbers; boolean attributes with {@code true} and {@code false} by {@code
 *       eq} and {@code ne} only;
 *   <li>one leniency, when asked for ({@link AttributeResolver#booleanStrings()}): a boolean
 *       attribute compared by {@code eq} or {@code ne} with the string {@code "true"} or {@code
 *       "false"} (in any case) compares with that boolean, because Entra ID writes booleans as
 *       {@code "True"} and {@code "False"};
 *   <li>any other mix ({@code userName gt 5}, {@code active eq "yes"}, {@code meta.created gt 5},
 *       {@code title eq true}) is a {@code 400 invalidFilter} naming the mismatch, not a comparison
 *       that silently matches nothing;
 *   <li>attributes no schema defines ({@code info == null}) and complex attributes without a {@code
 *       value} sub-attribute compare with any literal, by the JSON type of each value.
 * </ul>
 *
 * <pre>{@code
 * CompareValue v = ComparisonTypes.check(op, literal, resolver.resolve(path), true, filter);
 * }</pre>
 */
public final class ComparisonTypes {
  private ComparisonTypes() {}

  /**
   * The literal a comparison uses against an attribute described by {@code info}: {@code value}
   * itself, or the boolean a {@code "true"} or {@code "false"} string stands for.
   *
   * @param op the operator; not null
   * @param value the literal, not {@link CompareValue.NullValue} (callers handle {@code eq null});
   *     not null
   * @param info the attribute's description, or {@code null} when no schema defines it
   * @param booleanStrings whether {@code "true"} and {@code "false"} stand for booleans
   * @param where what to name in an error message, usually the comparison itself; not null
   * @return the literal to compare with
   * @throws FilterException {@code invalidFilter} when the literal does not compare with the type
   */
  public static CompareValue check(
      CompareOperator op,
      CompareValue value,
      @Nullable AttributeInfo info,
      boolean booleanStrings,
      Object where) {
    ValueType type = info == null ? null : info.type();
    if (type == null || type == ValueType.COMPLEX || value instanceof CompareValue.NullValue) {
      return value;
    }
    boolean equality = op == CompareOperator.EQ || op == CompareOperator.NE;
    if (type == ValueType.BOOLEAN) {
      if (!equality) {
        throw invalid(where, op.token() + " is not defined on boolean attributes; use eq or ne");
      }
      if (value instanceof CompareValue.BooleanValue) {
        return value;
      }
      if (booleanStrings && value instanceof CompareValue.StringValue s) {
        String text = s.value().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("false")) {
          return CompareValue.of(text.equals("true"));
        }
      }
      throw invalid(where, "a boolean attribute compares with true or false, not " + kind(value));
    }
    boolean numeric = type == ValueType.INTEGER || type == ValueType.DECIMAL;
    if (numeric) {
      if (value instanceof CompareValue.NumberValue) {
        return value;
      }
      throw invalid(
          where, "a number attribute compares with an unquoted number, not " + kind(value));
    }
    if (value instanceof CompareValue.StringValue) {
      return value;
    }
    String expected =
        type == ValueType.DATE_TIME
            ? "a quoted RFC 3339 date-time such as \"2011-05-13T04:42:34Z\""
            : "a quoted string";
    throw invalid(
        where,
        "a " + typeName(type) + " attribute compares with " + expected + ", not " + kind(value));
  }

  private static String kind(CompareValue value) {
    if (value instanceof CompareValue.BooleanValue) {
      return "a boolean";
    }
    if (value instanceof CompareValue.NumberValue) {
      return "a number";
    }
    return "a string";
  }

  private static String typeName(ValueType type) {
    return switch (type) {
      case DATE_TIME -> "dateTime";
      default -> type.name().toLowerCase(Locale.ROOT);
    };
  }

  private static FilterException invalid(Object where, String message) {
    return new FilterException(
        FilterException.INVALID_FILTER, -1, "Invalid filter at '" + where + "': " + message);
  }
}
