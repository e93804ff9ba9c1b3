package io.scimworks.filter;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The literal on the right of a comparison: a JSON string, number, boolean or {@code null} (RFC
 * 7644 §3.4.2.2 {@code compValue}).
 *
 * <p>The {@code of} factories are API, not a convenience for this module alone: {@link Filters}
 * builds its comparisons with them, and so do the client ({@code findOne(attribute, value)}) and
 * the server (the groups of a member) from values they hold. An application that assembles a {@link
 * Filter.Compare} itself uses them the same way:
 *
 * <pre>{@code
 * Filter f = new Filter.Compare(AttributePath.parse("members.value"), CompareOperator.EQ,
 *     CompareValue.of(userId));   // the same as Filters.eq("members.value", userId)
 * }</pre>
 */
public sealed interface CompareValue
    permits CompareValue.StringValue,
        CompareValue.NumberValue,
        CompareValue.BooleanValue,
        CompareValue.NullValue {

  /**
   * A JSON string literal, already unescaped.
   *
   * @param value the string as it reads after unescaping
   */
  record StringValue(String value) implements CompareValue {
    /**
     * Creates the literal.
     *
     * @param value the unescaped string; not null, may be empty
     * @throws NullPointerException when {@code value} is null
     */
    public StringValue {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A JSON number. Equality is numeric ({@code 1}, {@code 1.0} and {@code 1e0} are equal), so the
   * value is normalized with {@link BigDecimal#stripTrailingZeros()}; a number read from a filter's
   * text also keeps that text, so that the filter prints, and error messages quote, the literal as
   * the client wrote it ({@code 1e400}, not {@code 1E+400}). A final class rather than a record: a
   * record's equality would take in the text.
   */
  final class NumberValue implements CompareValue {
    private final BigDecimal value;
    private final @Nullable String text;

    /**
     * A number built from a value, which prints in the printer's own notation.
     *
     * @param value the number; not null
     * @throws NullPointerException when {@code value} is null
     */
    public NumberValue(BigDecimal value) {
      this(value, null);
    }

    /**
     * A number as written in a filter's text.
     *
     * @param value the number; not null
     * @param text the JSON number literal it was read from, printed instead of {@code value}; null
     *     when it was not read from text. The caller vouches that it is a JSON number of this value
     * @throws NullPointerException when {@code value} is null
     */
    public NumberValue(BigDecimal value, @Nullable String text) {
      Objects.requireNonNull(value, "value");
      this.value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
      this.text = text;
    }

    /**
     * The number, normalized.
     *
     * @return the number, without trailing zeros ({@link BigDecimal#ZERO} for any zero)
     */
    public BigDecimal value() {
      return value;
    }

    /**
     * The literal as the filter's text wrote it.
     *
     * @return the JSON number literal the value was read from, or null for a number built from a
     *     value
     */
    public @Nullable String text() {
      return text;
    }

    /** Equal when the numbers are equal, however they were written. */
    @Override
    public boolean equals(Object o) {
      return o instanceof NumberValue n && n.value.equals(value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    @Override
    public String toString() {
      return "NumberValue[value=" + value + "]";
    }
  }

  /**
   * {@code true} or {@code false}.
   *
   * @param value the boolean
   */
  record BooleanValue(boolean value) implements CompareValue {}

  /** The literal {@code null}. All instances are equal; use {@link #INSTANCE}. */
  record NullValue() implements CompareValue {
    /** The one instance callers should use. */
    public static final NullValue INSTANCE = new NullValue();
  }

  /**
   * A string literal.
   *
   * @param value the unescaped string; not null
   * @return a {@link StringValue}
   * @throws NullPointerException when {@code value} is null
   */
  static CompareValue of(String value) {
    return new StringValue(value);
  }

  /**
   * A number literal.
   *
   * @param value the number
   * @return a {@link NumberValue}
   */
  static CompareValue of(long value) {
    return new NumberValue(BigDecimal.valueOf(value));
  }

  /**
   * A number literal.
   *
   * @param value the number; not null
   * @return a {@link NumberValue} holding the normalized number
   * @throws NullPointerException when {@code value} is null
   */
  static CompareValue of(BigDecimal value) {
    return new NumberValue(value);
  }

  /**
   * A boolean literal.
   *
   * @param value the boolean
   * @return a {@link BooleanValue}
   */
  static CompareValue of(boolean value) {
    return new BooleanValue(value);
  }
}
