package io.scimworks.filter;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The literal on the right of a comparison: a JSON string, number, boolean or {@code null} (RFC
 * 7644 §3.4.2.2 {@code compValue}).
 */
public sealed interface CompareValue
    permits CompareValue.StringValue,
        CompareValue.NumberValue,
        CompareValue.BooleanValue,
        CompareValue.NullValue {

  /** A JSON string literal, already unescaped. */
  record StringValue(String value) implements CompareValue {
    /** Rejects null. */
    public StringValue {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A JSON number. Equality is numeric ({@code 1}, {@code 1.0} and {@code 1e0} are equal), so the
   * record normalizes its value with {@link BigDecimal#stripTrailingZeros()}.
   */
  record NumberValue(BigDecimal value) implements CompareValue {
    /** Normalizes the value so that equal numbers are equal records. */
    public NumberValue {
      Objects.requireNonNull(value, "value");
      value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }
  }

  /** {@code true} or {@code false}. */
  record BooleanValue(boolean value) implements CompareValue {}

  /** The literal {@code null}. */
  record NullValue() implements CompareValue {
    /** The one instance callers should use. */
    public static final NullValue INSTANCE = new NullValue();
  }

  /** A string literal. */
  static CompareValue of(String value) {
    return new StringValue(value);
  }

  /** A number literal. */
  static CompareValue of(long value) {
    return new NumberValue(BigDecimal.valueOf(value));
  }

  /** A number literal. */
  static CompareValue of(BigDecimal value) {
    return new NumberValue(value);
  }

  /** A boolean literal. */
  static CompareValue of(boolean value) {
    return new BooleanValue(value);
  }
}
