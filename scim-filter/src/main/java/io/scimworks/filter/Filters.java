package io.scimworks.filter;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A small builder for code that writes filters, so that no one concatenates filter strings (and
 * forgets to escape a quote). Paths are parsed as {@link AttributePath}s.
 *
 * <pre>{@code
 * Filter f = Filters.eq("userName", "bjensen").and(Filters.present("title"));
 * Filter g = Filters.valuePath("emails", Filters.eq("type", "work").and(Filters.co("value", "@example.com")));
 * String text = f.toString(); // userName eq "bjensen" and title pr
 * }</pre>
 */
public final class Filters {
  private Filters() {}

  /** {@code path eq "value"}. */
  public static Filter eq(String path, String value) {
    return compare(path, CompareOperator.EQ, new CompareValue.StringValue(value));
  }

  /** {@code path eq number}. */
  public static Filter eq(String path, long value) {
    return compare(path, CompareOperator.EQ, CompareValue.of(value));
  }

  /** {@code path eq number}. */
  public static Filter eq(String path, BigDecimal value) {
    return compare(path, CompareOperator.EQ, CompareValue.of(value));
  }

  /** {@code path eq true|false}. */
  public static Filter eq(String path, boolean value) {
    return compare(path, CompareOperator.EQ, CompareValue.of(value));
  }

  /** {@code path ne "value"}. */
  public static Filter ne(String path, String value) {
    return compare(path, CompareOperator.NE, new CompareValue.StringValue(value));
  }

  /** {@code path ne number}. */
  public static Filter ne(String path, long value) {
    return compare(path, CompareOperator.NE, CompareValue.of(value));
  }

  /** {@code path ne true|false}. */
  public static Filter ne(String path, boolean value) {
    return compare(path, CompareOperator.NE, CompareValue.of(value));
  }

  /** {@code path co "value"}: contains. */
  public static Filter co(String path, String value) {
    return compare(path, CompareOperator.CO, new CompareValue.StringValue(value));
  }

  /** {@code path sw "value"}: starts with. */
  public static Filter sw(String path, String value) {
    return compare(path, CompareOperator.SW, new CompareValue.StringValue(value));
  }

  /** {@code path ew "value"}: ends with. */
  public static Filter ew(String path, String value) {
    return compare(path, CompareOperator.EW, new CompareValue.StringValue(value));
  }

  /** {@code path gt "value"}. */
  public static Filter gt(String path, String value) {
    return compare(path, CompareOperator.GT, new CompareValue.StringValue(value));
  }

  /** {@code path gt number}. */
  public static Filter gt(String path, long value) {
    return compare(path, CompareOperator.GT, CompareValue.of(value));
  }

  /** {@code path gt "instant"}, the instant written as an RFC 3339 date-time. */
  public static Filter gt(String path, Instant value) {
    return gt(path, value.toString());
  }

  /** {@code path ge "value"}. */
  public static Filter ge(String path, String value) {
    return compare(path, CompareOperator.GE, new CompareValue.StringValue(value));
  }

  /** {@code path ge number}. */
  public static Filter ge(String path, long value) {
    return compare(path, CompareOperator.GE, CompareValue.of(value));
  }

  /** {@code path ge "instant"}, the instant written as an RFC 3339 date-time. */
  public static Filter ge(String path, Instant value) {
    return ge(path, value.toString());
  }

  /** {@code path lt "value"}. */
  public static Filter lt(String path, String value) {
    return compare(path, CompareOperator.LT, new CompareValue.StringValue(value));
  }

  /** {@code path lt number}. */
  public static Filter lt(String path, long value) {
    return compare(path, CompareOperator.LT, CompareValue.of(value));
  }

  /** {@code path lt "instant"}, the instant written as an RFC 3339 date-time. */
  public static Filter lt(String path, Instant value) {
    return lt(path, value.toString());
  }

  /** {@code path le "value"}. */
  public static Filter le(String path, String value) {
    return compare(path, CompareOperator.LE, new CompareValue.StringValue(value));
  }

  /** {@code path le number}. */
  public static Filter le(String path, long value) {
    return compare(path, CompareOperator.LE, CompareValue.of(value));
  }

  /** {@code path le "instant"}, the instant written as an RFC 3339 date-time. */
  public static Filter le(String path, Instant value) {
    return le(path, value.toString());
  }

  /** {@code path op value} with any operator and literal. */
  public static Filter compare(String path, CompareOperator operator, CompareValue value) {
    return new Filter.Compare(AttributePath.parse(path), operator, value);
  }

  /** {@code path pr}: the attribute has a non-empty value. */
  public static Filter present(String path) {
    return new Filter.Present(AttributePath.parse(path));
  }

  /** {@code not (filter)}. */
  public static Filter not(Filter filter) {
    return new Filter.Not(filter);
  }

  /** {@code path[filter]}: one element of {@code path} satisfies {@code filter}. */
  public static Filter valuePath(String path, Filter filter) {
    return new Filter.ValuePath(AttributePath.parse(path), filter);
  }

  /** {@code first and second and ...}, left-associative as the parser builds it. */
  public static Filter and(Filter first, Filter... more) {
    Filter result = Objects.requireNonNull(first, "first");
    for (Filter f : more) {
      result = new Filter.And(result, f);
    }
    return result;
  }

  /** {@code first or second or ...}, left-associative as the parser builds it. */
  public static Filter or(Filter first, Filter... more) {
    Filter result = Objects.requireNonNull(first, "first");
    for (Filter f : more) {
      result = new Filter.Or(result, f);
    }
    return result;
  }
}
