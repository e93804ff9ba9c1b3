package io.scimworks.core.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.databind.JsonNode;

/** How error details quote what a client sent: briefly, so a huge input is not echoed back. */
public final class Shown {
  private static final int LIMIT = 64;

  /** What {@link #value} says of a number read with a fraction or an exponent. */
  public static final String FRACTION_OR_EXPONENT = "a number with a fraction or an exponent";

  private Shown() {}

  /** {@code text}, cut to 64 characters with an ellipsis when longer. */
  public static String text(String text) {
    return text.length() > LIMIT ? text.substring(0, LIMIT) + "..." : text;
  }

  /**
   * A JSON value as compact text, cut like {@link #text(String)}. A number read with a fraction or
   * an exponent is described, not printed: the tree keeps its double, whose form ({@code 1000.0}
   * for {@code 1e3}, {@code 1.5} for {@code 1.50}) is one the client may never have written; so is
   * an array or object that holds one.
   */
  public static String value(JsonNode value) {
    if (value.isFloatingPointNumber()) {
      return FRACTION_OR_EXPONENT;
    }
    if (value.isContainer() && (value.size() > LIMIT || holdsFloatingPoint(value))) {
      return !value.isArray()
          ? "an object"
          : "an array of " + value.size() + (value.size() == 1 ? " value" : " values");
    }
    return text(value.toString());
  }

  /**
   * Only the kind of a JSON value ({@code a string}, {@code a number}, {@code an object}...), for
   * values an error must not quote, such as a password.
   */
  public static String kind(JsonNode value) {
    if (value.isString()) {
      return "a string";
    }
    if (value.isNumber()) {
      return "a number";
    }
    if (value.isBoolean()) {
      return "a boolean";
    }
    if (value.isArray()) {
      return "an array";
    }
    if (value.isObject()) {
      return "an object";
    }
    return value.isNull() ? "null" : "a value";
  }

  /** Whether a number with a fraction or an exponent is anywhere inside; no recursion. */
  private static boolean holdsFloatingPoint(JsonNode container) {
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.push(container);
    while (!pending.isEmpty()) {
      for (JsonNode child : pending.pop()) {
        if (child.isFloatingPointNumber()) {
          return true;
        }
        if (child.isContainer()) {
          pending.push(child);
        }
      }
    }
    return false;
  }
}
