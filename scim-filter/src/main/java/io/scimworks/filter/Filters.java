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

  /**
   * {@code path eq "value"}: equal.
   *
   * @param path an attribute path such as {@code userName} or {@code name.givenName}; not a value
   *     path or PATCH path
   * @param value the string compared with, unescaped (the printer escapes it); not null
   * @return a new immutable {@link Filter.Compare}
   * @throws FilterException ({@code invalidPath}) when {@code path} is not an attribute path
   */
  public static Filter eq(String path, String value) {
    return compare(path, CompareOperator.EQ, new CompareValue.StringValue(value));
  }

  /**
   * {@code path eq number}: equal.
   *
   * @param path an attribute path such as {@code userName} or {@code name.givenName}; not a value
   *     path or PATCH path
   * @param value the number compared with
   * @return a new immutable {@link Filter.Compare}
   * @throws FilterException ({@code invalidPath}) when {@code path} is not an attribute path
   */
  public static Filter eq(String path, long value) {
    return compare(path, CompareOperator.EQ, CompareValue.of(value));
  }

  /**
   * {@code path eq number}: equal.
   *
   * @param path an attribute path such as {@code userName} or {@code name.givenName}; not a value
   *     path or PATCH path
   * @param value the number compared with; not null
   * @return a new immutable {@link Filter.Compare}
   * @throws FilterException ({@code invalidPath}) when {@code path} is not an attribute path
   */
  public static Filter eq(String path, BigDecimal value) {
    return compare(path, CompareOperator.EQ, CompareValue.of(value));
  }

  /**
   * {@code path eq true|false}: equal.
   *
   * @param path an attribute path such as {@code userName} or {@code name.givenName}; not a value
   *     path or PATCH path
   * @param value the boolean compared with
   * @return a new immutable {@link Filter.Compare}
   * @throws FilterException ({@code invalidPath}) when {@code path} is not an attribute path
   */
  public static Filter eq(String path, boolean value) {
    return compare(path, CompareOperator.EQ, CompareValue.of(value));
  }

  /**
   * {@code path ne "value"}: not equal.
   *
   * @param path an attribute path such as {@code userName} or {@code name.givenName}; not a value
   *     path or PATCH path
   * @param value the string compared with, unescaped (the printer escapes it); not null
   * @return a new immutable {@link Filter.Compare}
   * @throws FilterException ({@code invalidPath}) when {@code path} is not an attribute path
   */
  public static Filter ne(String path, String value) {
    return compare(path, CompareOperator.NE, new CompareValue.StringValue(value));
  }

  /**
   * {@code path ne number}: not equal.
   *
   * @param path an attribute path such as {@code userName} or {@code name.givenName}; not a value
   *     path or PATCH path
   * @param value the number compared with
   * @return a new immutable {@link Filter.Compare}
   * @throws FilterException ({@code invalidPath}) when {@code path} is not an attribute path
   */
  public static Filter ne(String path, long value) {
    return compare(path, CompareOperator.NE, CompareValue.of(value));
  }

  /**
   * {@code path ne true|false}: not equal.
   *
   * @param path an attribute path such as {@code userName} or {@code name.givenName}; not a value
   *     path or PATCH path
   * @param value the boolean compared with
   * @return a new immutable {@link Filter.Compare}
   * @throws FilterException ({@code invalidPath}) when {@code path} is not an attribute path
   */
  public static Filter ne(String path, boolean value) {
    return compare(path, CompareOperator.NE, CompareValue.of(value));
  }

  /**
   * {@code path co "value"}: contains.
   *
   * @param path an attribute path such as {@code userName} or {@code name.givenName}; not a value
   *     path or PATCH path
   * @param value the string compared with, unescaped (the printer escapes it); not null
   * @return a new immutable {@link Filter.Compare}
   * @throws FilterException ({@code invalidPath}) when {@code path} is not an attribute path
   */
  public static Filter co(String path, String value) {
    return compare(path, CompareOperator.CO, new CompareValue.StringValue(value));
  }

  /**
   * {@code path sw "value"}: starts with.
   *
   * @param path an attribute path such as {@code userName} or {@code name.givenName}; not a value
   *     path or PATCH path
   * @param value the string compared with, unescaped (the printer escapes it); not null
   * @return a new immutable {@link Filter.Compare}
   * @throws FilterException ({@code invalidPath}) when {@code path} is not an attribute path
   */
  public static Filter sw(String path, String value) {
    return compare(path, CompareOperator.SW, new CompareValue.StringValue(value));
  }

  /**
   * {@code path ew "value"}: ends with.
   *
   * @param path an attribute path such as {@code userName} or {@code name.givenName}; not a value
   *     path or PATCH path
   * @param value the string compared with, unescaped (the printer escapes it); not null
   * @return a new immutable {@link Filter.Compare}
   * @throws FilterException ({@code invalidPath}) when {@code path} is not an attribute path
   */
  public static Filter ew(String path, String value) {
    return compare(path, CompareOperator.EW, new CompareValue.StringValue(value));
  }

  /**
   * {@code path gt "value"}: greater than (strings order lexicographically; an RFC 3339 date-time
   * orders as an instant when the attribute is one).
   *
   * @param path an attribute path such as {@code userName} or {@code name.givenName}; not a value
   *     path or PATCH path
   * @param value the string compared with, unescaped (the printer escapes it); not null
   * @return a new immutable {@link Filter.Compare}
   * @throws FilterException ({@code invalidPath}) when {@code path} is not an attribute path
   */
  public static Filter gt(String path, String value) {
    return compare(path, CompareOperator.GT, new CompareValue.StringValue(value));
  }

  /**
   * {@code path gt number}: greater than.
   *
   * @param path an attribute path such as {@code userName} or {@code name.givenName}; not a value
   *     path or PATCH path
   * @param value the number compared with
   * @return a new immutable {@link Filter.Compare}
   * @throws FilterException ({@code invalidPath}) when {@code path} is not an attribute path
   */
  public static Filter gt(String path, long value) {
    return compare(path, CompareOperator.GT, CompareValue.of(value));
  }

  /**
   * {@code path gt "instant"}, the instant written as an RFC 3339 date-time.
   *
   * @param path an attribute path such as {@code userName} or {@code name.givenName}; not a value
   *     path or PATCH path
   * @param value the instant compared with, written in UTC as RFC 3339 ({@link
   *     Instant#toString()}); not null
   * @return a new immutable {@link Filter.Compare}
   * @throws FilterException ({@code invalidPath}) when {@code path} is not an attribute path
   */
  public static Filter gt(String path, Instant value) {
    return gt(path, value.toString());
  }

  /**
   * {@code path ge "value"}: greater than or equal to (strings order lexicographically; an RFC 3339
   * date-time orders as an instant when the attribute is one).
   *
   * @param path an attribute path such as {@code userName} or {@code name.givenName}; not a value
   *     path or PATCH path
   * @param value the string compared with, unescaped (the printer escapes it); not null
   * @return a new immutable {@link Filter.Compare}
   * @throws FilterException ({@code invalidPath}) when {@code path} is not an attribute path
   */
  public static Filter ge(String path, String value) {
    return compare(path, CompareOperator.GE, new CompareValue.StringValue(value));
  }

  /**
   * {@code path ge number}: greater than or equal to.
   *
   * @param path an attribute path such as {@code userName} or {@code name.givenName}; not a value
   *     path or PATCH path
   * @param value the number compared with
   * @return a new immutable {@link Filter.Compare}
   * @throws FilterException ({@code invalidPath}) when {@code path} is not an attribute path
   */
  public static Filter ge(String path, long value) {
    return compare(path, CompareOperator.GE, CompareValue.of(value));
  }

  /**
   * {@code path ge "instant"}, the instant written as an RFC 3339 date-time.
   *
   * @param path an attribute path such as {@code userName} or {@code name.givenName}; not a value
   *     path or PATCH path
   * @param value the instant compared with, written in UTC as RFC 3339 ({@link
   *     Instant#toString()}); not null
   * @return a new immutable {@link Filter.Compare}
   * @throws FilterException ({@code invalidPath}) when {@code path} is not an attribute path
   */
  public static Filter ge(String path, Instant value) {
    return ge(path, value.toString());
  }

  /**
   * {@code path lt "value"}: less than (strings order lexicographically; an RFC 3339 date-time
   * orders as an instant when the attribute is one).
   *
   * @param path an attribute path such as {@code userName} or {@code name.givenName}; not a value
   *     path or PATCH path
   * @param value the string compared with, unescaped (the printer escapes it); not null
   * @return a new immutable {@link Filter.Compare}
   * @throws FilterException ({@code invalidPath}) when {@code path} is not an attribute path
   */
  public static Filter lt(String path, String value) {
    return compare(path, CompareOperator.LT, new CompareValue.StringValue(value));
  }

  /**
   * {@code path lt number}: less than.
   *
   * @param path an attribute path such as {@code userName} or {@code name.givenName}; not a value
   *     path or PATCH path
   * @param value the number compared with
   * @return a new immutable {@link Filter.Compare}
   * @throws FilterException ({@code invalidPath}) when {@code path} is not an attribute path
   */
  public static Filter lt(String path, long value) {
    return compare(path, CompareOperator.LT, CompareValue.of(value));
  }

  /**
   * {@code path lt "instant"}, the instant written as an RFC 3339 date-time.
   *
   * @param path an attribute path such as {@code userName} or {@code name.givenName}; not a value
   *     path or PATCH path
   * @param value the instant compared with, written in UTC as RFC 3339 ({@link
   *     Instant#toString()}); not null
   * @return a new immutable {@link Filter.Compare}
   * @throws FilterException ({@code invalidPath}) when {@code path} is not an attribute path
   */
  public static Filter lt(String path, Instant value) {
    return lt(path, value.toString());
  }

  /**
   * {@code path le "value"}: less than or equal to (strings order lexicographically; an RFC 3339
   * date-time orders as an instant when the attribute is one).
   *
   * @param path an attribute path such as {@code userName} or {@code name.givenName}; not a value
   *     path or PATCH path
   * @param value the string compared with, unescaped (the printer escapes it); not null
   * @return a new immutable {@link Filter.Compare}
   * @throws FilterException ({@code invalidPath}) when {@code path} is not an attribute path
   */
  public static Filter le(String path, String value) {
    return compare(path, CompareOperator.LE, new CompareValue.StringValue(value));
  }

  /**
   * {@code path le number}: less than or equal to.
   *
   * @param path an attribute path such as {@code userName} or {@code name.givenName}; not a value
   *     path or PATCH path
   * @param value the number compared with
   * @return a new immutable {@link Filter.Compare}
   * @throws FilterException ({@code invalidPath}) when {@code path} is not an attribute path
   */
  public static Filter le(String path, long value) {
    return compare(path, CompareOperator.LE, CompareValue.of(value));
  }

  /**
   * {@code path le "instant"}, the instant written as an RFC 3339 date-time.
   *
   * @param path an attribute path such as {@code userName} or {@code name.givenName}; not a value
   *     path or PATCH path
   * @param value the instant compared with, written in UTC as RFC 3339 ({@link
   *     Instant#toString()}); not null
   * @return a new immutable {@link Filter.Compare}
   * @throws FilterException ({@code invalidPath}) when {@code path} is not an attribute path
   */
  public static Filter le(String path, Instant value) {
    return le(path, value.toString());
  }

  /**
   * {@code path op value} with any operator and literal.
   *
   * @param path an attribute path such as {@code userName} or {@code name.givenName}; not a value
   *     path or PATCH path
   * @param operator the comparison; not null
   * @param value the literal, e.g. {@link CompareValue.NullValue#INSTANCE} for {@code eq null}; not
   *     null
   * @return a new immutable {@link Filter.Compare}
   * @throws FilterException ({@code invalidPath}) when {@code path} is not an attribute path
   */
  public static Filter compare(String path, CompareOperator operator, CompareValue value) {
    return new Filter.Compare(AttributePath.parse(path), operator, value);
  }

  /**
   * {@code path pr}: the attribute has a non-empty value.
   *
   * @param path an attribute path such as {@code userName} or {@code name.givenName}; not a value
   *     path or PATCH path
   * @return a new immutable {@link Filter.Present}
   * @throws FilterException ({@code invalidPath}) when {@code path} is not an attribute path
   */
  public static Filter present(String path) {
    return new Filter.Present(AttributePath.parse(path));
  }

  /**
   * {@code not (filter)}.
   *
   * @param filter the filter negated; not null
   * @return a new immutable {@link Filter.Not}
   */
  public static Filter not(Filter filter) {
    return new Filter.Not(filter);
  }

  /**
   * {@code path[filter]}: one element of {@code path} satisfies {@code filter}.
   *
   * @param path the (multi-valued, complex) attribute whose elements are tested, such as {@code
   *     emails}
   * @param filter the filter one element must satisfy, its paths relative to the element ({@code
   *     type}, not {@code emails.type}); not null
   * @return a new immutable {@link Filter.ValuePath}
   * @throws FilterException ({@code invalidPath}) when {@code path} is not an attribute path
   */
  public static Filter valuePath(String path, Filter filter) {
    return new Filter.ValuePath(AttributePath.parse(path), filter);
  }

  /**
   * {@code first and second and ...}, left-associative as the parser builds it.
   *
   * @param first the first operand; not null
   * @param more further operands, none null; none gives {@code first} itself
   * @return {@code first} when {@code more} is empty, else a left-deep chain of {@link Filter.And}
   */
  public static Filter and(Filter first, Filter... more) {
    Filter result = Objects.requireNonNull(first, "first");
    for (Filter f : more) {
      result = new Filter.And(result, f);
    }
    return result;
  }

  /**
   * {@code first or second or ...}, left-associative as the parser builds it.
   *
   * @param first the first operand; not null
   * @param more further operands, none null; none gives {@code first} itself
   * @return {@code first} when {@code more} is empty, else a left-deep chain of {@link Filter.Or}
   */
  public static Filter or(Filter first, Filter... more) {
    Filter result = Objects.requireNonNull(first, "first");
    for (Filter f : more) {
      result = new Filter.Or(result, f);
    }
    return result;
  }
}
