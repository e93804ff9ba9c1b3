package io.scimworks.filter;

/**
 * Renders filters as canonical text: lower-case keywords, single spaces, JSON literals, and
 * parentheses exactly where precedence ({@code not} > {@code and} > {@code or}) or left
 * associativity needs them, so that the text parses back to an equal tree.
 */
public final class FilterPrinter {

  private FilterPrinter() {}

  /** The canonical text of {@code filter}. */
  public static String print(Filter filter) {
    StringBuilder sb = new StringBuilder(32);
    append(sb, filter);
    return sb.toString();
  }

  private static void append(StringBuilder sb, Filter filter) {
    if (filter instanceof Filter.Or or) {
      append(sb, or.left());
      sb.append(" or ");
      appendGrouped(sb, or.right(), or.right() instanceof Filter.Or);
    } else if (filter instanceof Filter.And and) {
      appendGrouped(sb, and.left(), and.left() instanceof Filter.Or);
      sb.append(" and ");
      appendGrouped(
          sb, and.right(), and.right() instanceof Filter.Or || and.right() instanceof Filter.And);
    } else if (filter instanceof Filter.Not not) {
      sb.append("not (");
      append(sb, not.filter());
      sb.append(')');
    } else if (filter instanceof Filter.Compare c) {
      sb.append(c.path()).append(' ').append(c.operator().token()).append(' ');
      appendValue(sb, c.value());
    } else if (filter instanceof Filter.Present p) {
      sb.append(p.path()).append(" pr");
    } else if (filter instanceof Filter.ValuePath vp) {
      sb.append(vp.path()).append('[');
      append(sb, vp.filter());
      sb.append(']');
    } else {
      throw new AssertionError(filter);
    }
  }

  private static void appendGrouped(StringBuilder sb, Filter filter, boolean parenthesize) {
    if (parenthesize) {
      sb.append('(');
      append(sb, filter);
      sb.append(')');
    } else {
      append(sb, filter);
    }
  }

  /** Appends a compare value as a JSON literal. */
  static void appendValue(StringBuilder sb, CompareValue value) {
    if (value instanceof CompareValue.StringValue s) {
      appendJsonString(sb, s.value());
    } else if (value instanceof CompareValue.NumberValue n) {
      sb.append(n.value().toPlainString());
    } else if (value instanceof CompareValue.BooleanValue b) {
      sb.append(b.value());
    } else {
      sb.append("null");
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
