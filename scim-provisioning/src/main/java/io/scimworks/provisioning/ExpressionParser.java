package io.scimworks.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads Entra-style mapping expressions: {@code [attribute]}, {@code "string"} (with {@code \"} and
 * {@code \\} escapes), {@code true}, {@code false}, numbers, and calls {@code Name(arg, ...)}.
 */
final class ExpressionParser {
  static final int MAX_LENGTH = 4096;
  static final int MAX_DEPTH = 32;

  private final String text;
  private int pos;
  private int depth;

  ExpressionParser(String text) {
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "an expression is at most " + MAX_LENGTH + " characters, this one has " + text.length());
    }
    this.text = text;
  }

  Expression parse() {
    Expression e = expression();
    skipSpace();
    if (pos < text.length()) {
      throw error("unexpected '" + text.charAt(pos) + "' after the expression");
    }
    return e;
  }

  private Expression expression() {
    if (++depth > MAX_DEPTH) {
      throw error("expressions nest at most " + MAX_DEPTH + " deep");
    }
    try {
      skipSpace();
      if (pos >= text.length()) {
        throw error("an expression is missing");
      }
      char c = text.charAt(pos);
      if (c == '[') {
        return attribute();
      }
      if (c == '"') {
        return Expression.constant(string());
      }
      if (c == '-' || Character.isDigit(c)) {
        return number();
      }
      if (Character.isLetter(c)) {
        return call();
      }
      throw error("unexpected '" + c + "'");
    } finally {
      depth--;
    }
  }

  private Expression attribute() {
    int start = ++pos;
    int end = text.indexOf(']', start);
    if (end < 0) {
      throw error("'[' without a closing ']'");
    }
    String name = text.substring(start, end).strip();
    if (name.isEmpty()) {
      throw error("an attribute name is missing between '[' and ']'");
    }
    pos = end + 1;
    return Expression.attribute(name);
  }

  private String string() {
    StringBuilder sb = new StringBuilder();
    int start = pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      }
      if (c == '\\' && pos < text.length()) {
        c = text.charAt(pos++);
      }
      sb.append(c);
    }
    pos = start;
    throw error("a string without its closing '\"'");
  }

  private Expression number() {
    int start = pos;
    pos++;
    while (pos < text.length()
        && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
      pos++;
    }
    try {
      return new Expression.Constant(
          JsonNodeFactory.instance.numberNode(
              new java.math.BigDecimal(text.substring(start, pos))));
    } catch (NumberFormatException e) {
      pos = start;
      throw error("not a number");
    }
  }

  private Expression call() {
    int start = pos;
    while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
      pos++;
    }
    String name = text.substring(start, pos);
    skipSpace();
    if (pos >= text.length() || text.charAt(pos) != '(') {
      String word = name.toLowerCase(Locale.ROOT);
      if (word.equals("true") || word.equals("false")) {
        return new Expression.Constant(JsonNodeFactory.instance.booleanNode(word.equals("true")));
      }
      pos = start;
      throw error("'" + name + "' is neither a function call nor [attribute] nor \"string\"");
    }
    pos++;
    List<Expression> args = new ArrayList<>();
    skipSpace();
    if (pos < text.length() && text.charAt(pos) == ')') {
      pos++;
    } else {
      while (true) {
        args.add(expression());
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == ',') {
          pos++;
        } else if (pos < text.length() && text.charAt(pos) == ')') {
          pos++;
          break;
        } else {
          throw error("',' or ')' expected in the arguments of " + name);
        }
      }
    }
    return function(name, args, start);
  }

  private Expression function(String name, List<Expression> args, int start) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "not" -> {
        arity(name, args, 1, 1, start);
        return new Expression.Not(args.get(0));
      }
      case "join" -> {
        arity(name, args, 2, Integer.MAX_VALUE, start);
        if (!(args.get(0) instanceof Expression.Constant c) || !c.value().isString()) {
          pos = start;
          throw error("the first argument of Join is its separator, a \"string\"");
        }
        return new Expression.Join(c.value().stringValue(), args.subList(1, args.size()));
      }
      case "defaultifempty", "coalesce" -> {
        arity(name, args, 2, Integer.MAX_VALUE, start);
        Expression e = args.get(args.size() - 1);
        for (int i = args.size() - 2; i >= 0; i--) {
          e = new Expression.DefaultIfEmpty(args.get(i), e);
        }
        return e;
      }
      case "switch" -> {
        arity(name, args, 2, Integer.MAX_VALUE, start);
        if (args.size() % 2 != 0) {
          pos = start;
          throw error("Switch takes a value, a default, then pairs of key and value");
        }
        List<Expression.Case> cases = new ArrayList<>();
        for (int i = 2; i < args.size(); i += 2) {
          cases.add(new Expression.Case(args.get(i), args.get(i + 1)));
        }
        return new Expression.Switch(args.get(0), args.get(1), cases);
      }
      case "singleapproleassignment", "approleassignmentscomplex" -> {
        arity(name, args, 1, 1, start);
        return new Expression.AppRoles(
            args.get(0), name.equalsIgnoreCase("AppRoleAssignmentsComplex"));
      }
      default -> {
        pos = start;
        throw error(
            "unknown function '"
                + name
                + "' (known: Not, Join, DefaultIfEmpty, Coalesce, Switch,"
                + " SingleAppRoleAssignment, AppRoleAssignmentsComplex)");
      }
    }
  }

  private void arity(String name, List<Expression> args, int min, int max, int start) {
    if (args.size() < min || args.size() > max) {
      pos = start;
      String expected =
          min == max ? Integer.toString(min) : max == Integer.MAX_VALUE ? "at least " + min : "";
      throw error(name + " takes " + expected + " argument(s), not " + args.size());
    }
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException(
        message + " at position " + (pos + 1) + " of expression: " + text);
  }
}
