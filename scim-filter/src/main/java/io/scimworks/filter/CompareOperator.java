package io.scimworks.filter;

import java.util.Locale;

/**
 * The comparison operators of RFC 7644 §3.4.2.2 (besides {@code pr}, see {@link Filter.Present}).
 */
public enum CompareOperator {
  /** equal */
  EQ,
  /** not equal */
  NE,
  /** contains (strings) */
  CO,
  /** starts with (strings) */
  SW,
  /** ends with (strings) */
  EW,
  /** greater than */
  GT,
  /** greater than or equal to */
  GE,
  /** less than */
  LT,
  /** less than or equal to */
  LE;

  /**
   * The operator as written in a filter.
   *
   * @return the token in lower case: {@code eq}, {@code ge}...
   */
  public String token() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether this is one of the ordering operators.
   *
   * @return {@code true} for {@code gt ge lt le}
   */
  public boolean isOrdering() {
    return this == GT || this == GE || this == LT || this == LE;
  }
}
