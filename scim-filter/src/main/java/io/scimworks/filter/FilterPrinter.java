package io.scimworks.filter;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Renders filters as canonical text: lower-case keywords, single spaces, JSON literals, and
 * parentheses exactly where precedence ({@code not} > {@code and} > {@code or}) or left
 * associativity needs them, so that the text parses back to an equal tree.
 */
public final class FilterPrinter {
  private static final int MAX_PADDING = 20;

  private FilterPrinter() {}

  /**
   * The canonical text of {@code filter}. Never recurses, so chains of any length print.
   *
   * @param filter the filter; not null
   * @return text that {@link FilterParser#parseFilter(String)} parses back to an equal tree
   */
  public static String print(Filter filter) {
    StringBuilder sb = new StringBuilder(32);
    append(sb, filter);
    return sb.toString();
  }

  /**
   * Appends the text of {@code root}, walking the tree with an explicit stack of nodes still to
   * print and text still to append, so that long chains cannot overflow the stack.
   */
  private static void append(StringBuilder sb, Filter root) {
    Deque<Object> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Object next = pending.pop();
      if (next instanceof String text) {
        sb.append(text);
      } else if (next instanceof Filter.Or or) {
        pushGrouped(pending, or.right(), or.right() instanceof Filter.Or);
        pending.push(" or ");
        pending.push(or.left());
      } else if (next instanceof Filter.And and) {
        pushGrouped(
            pending,
            and.right(),
            and.right() instanceof Filter.Or || and.right() instanceof Filter.And);
        pending.push(" and ");
        pushGrouped(pending, and.left(), and.left() instanceof Filter.Or);
      } else if (next instanceof Filter.Not not) {
        pending.push(")");
        pending.push(not.filter());
        sb.append("not (");
      } else if (next instanceof Filter.Compare c) {
        sb.append(c.path()).append(' ').append(c.operator().token()).append(' ');
        appendValue(sb, c.value());
      } else if (next instanceof Filter.Present p) {
        sb.append(p.path()).append(" pr");
      } else if (next instanceof Filter.ValuePath vp) {
        pending.push("]");
        pending.push(vp.filter());
        sb.append(vp.path()).append('[');
      } else {
        throw new AssertionError(next);
      }
    }
  }

  /** Pushes {@code filter} to be printed, in parentheses if {@code parenthesize}. */
  private static void pushGrouped(Deque<Object> pending, Filter filter, boolean parenthesize) {
    if (parenthesize) {
      pending.push(")");
      pending.push(filter);
      pending.push("(");
    } else {
      pending.push(filter);
    }
  }

  /** Appends a compare value as a JSON literal. */
  static void appendValue(StringBuilder sb, CompareValue value) {
    if (value instanceof CompareValue.StringValue s) {
      appendJsonString(sb, s.value());
    } else if (value instanceof CompareValue.NumberValue n) {
      if (n.text() != null) {
        sb.append(n.text()); // as the client wrote it
      } else {
        appendNumber(sb, n.value());
      }
    } else if (value instanceof CompareValue.BooleanValue b) {
      sb.append(b.value());
    } else {
      sb.append("null");
    }
  }

  /**
   * Appends a number as a JSON literal: plainly when that takes at most {@value #MAX_PADDING} zeros
   * of padding ({@code 100}, {@code 0.001}), else in scientific notation ({@code 1E+1000}), so that
   * the text stays as short as the literal it came from and parses back to the same value.
   */
  static void appendNumber(StringBuilder sb, BigDecimal value) {
    int scale = value.scale();
    if (scale >= -MAX_PADDING && scale - value.precision() <= MAX_PADDING) {
      sb.append(value.toPlainString());
    } else {
      sb.append(value.toString());
    }
  }

  /** Appends {@code s} as a JSON string literal, escaping quotes, backslashes and controls. */
  static void appendJsonString(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (ch < 0x20) {
            sb.append(String.format("\\u%04x", (int) ch));
          } else {
            sb.append(ch);
          }
        }
      }
    }
    sb.append('"');
  }
}
