package io.scimworks.store.jdbc.internal;

import io.scimworks.filter.AttributeInfo;
import io.scimworks.filter.AttributeInfo.ValueType;
import io.scimworks.filter.CompareOperator;
import io.scimworks.filter.CompareValue;
import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL test of one {@code jsonb} value against {@code op value}, as scim-filter's leaf
 * tests decide it: a value of another JSON type than the literal does not match. Every test is TRUE
 * or FALSE for a non-null value, and never fails (casts are guarded by the JSON type).
 */
final class ValueTests {
  /** Characters whose order differs between UTF-16 (Java) and code points (PostgreSQL "C"). */
  private static final String ABOVE_SURROGATES = "'[\\uE000-\\U0010FFFF]'";

  private ValueTests() {}

  /**
   * The test, or {@code null} when the evaluator would reject the comparison (it never reaches here
   * then) or SQL cannot even narrow it.
   *
   * @param v SQL of the {@code jsonb} value
   */
  static @Nullable Cond test(CompareOperator op, CompareValue value, AttributeInfo info, String v) {
    ValueType type = info.type();
    if (op.isOrdering() && (type == ValueType.BOOLEAN || type == ValueType.BINARY)) {
      return null;
    }
    boolean substring =
        op == CompareOperator.CO || op == CompareOperator.SW || op == CompareOperator.EW;
    if (value instanceof CompareValue.BooleanValue b) {
      if (op != CompareOperator.EQ) {
        return null;
      }
      return Cond.exact("COALESCE(" + v + " = '" + b.value() + "'::jsonb, FALSE)");
    }
    if (value instanceof CompareValue.NumberValue n) {
      if (substring) {
        return null;
      }
      if (type == ValueType.DECIMAL) {
        // the JVM may read a long decimal as a double: narrow to numbers, decide in memory
        return Cond.superset("COALESCE(jsonb_typeof(" + v + ") = 'number', FALSE)");
      }
      return Cond.exact(
          "(CASE WHEN jsonb_typeof(" + v + ") = 'number' THEN (" + v + ")::numeric ",
          symbol(op),
          " ",
          Frag.param(n.value()),
          " ELSE FALSE END)");
    }
    if (!(value instanceof CompareValue.StringValue s)) {
      return null;
    }
    String text = s.value();
    Cond isString = Cond.superset("COALESCE(jsonb_typeof(" + v + ") = 'string', FALSE)");
    if (text.indexOf('\0') >= 0) {
      return null; // PostgreSQL text cannot hold NUL: answered in memory
    }
    if (!substring && type == ValueType.DATE_TIME) {
      return isString; // instants of any RFC 3339 form: decided in memory
    }
    boolean ignoreCase = !info.caseExact();
    if (op.isOrdering()) {
      if (ignoreCase || text.chars().anyMatch(ch -> ch >= 0xD800)) {
        return isString;
      }
      // the same order as Java's for text below U+D800; other strings are kept as candidates
      return Cond.superset(
          "(CASE WHEN jsonb_typeof(" + v + ") = 'string' THEN (" + v + " #>> '{}') COLLATE \"C\" ",
          symbol(op),
          " ",
          Frag.param(text),
          " OR (" + v + " #>> '{}') ~ " + ABOVE_SURROGATES + " ELSE FALSE END)");
    }
    boolean start = op == CompareOperator.EQ || op == CompareOperator.SW;
    boolean end = op == CompareOperator.EQ || op == CompareOperator.EW;
    String pattern = FoldPattern.of(text, ignoreCase, start, end);
    if (pattern == null) {
      return isString;
    }
    return Cond.exact(
        "(CASE WHEN jsonb_typeof(" + v + ") = 'string' THEN (" + v + " #>> '{}') ~ ",
        Frag.param(pattern),
        " ELSE FALSE END)");
  }

  static String symbol(CompareOperator op) {
    return switch (op) {
      case EQ -> "=";
      case NE -> "<>";
      case GT -> ">";
      case GE -> ">=";
      case LT -> "<";
      case LE -> "<=";
      default -> throw new IllegalArgumentException(op.token());
    };
  }
}
