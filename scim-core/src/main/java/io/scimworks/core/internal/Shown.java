package io.scimworks.core.internal;

import tools.jackson.databind.JsonNode;

/** How error details quote what a client sent: briefly, so a huge input is not echoed back. */
public final class Shown {
  private static final int LIMIT = 64;

  private Shown() {}

  /** {@code text}, cut to 64 characters with an ellipsis when longer. */
  public static String text(String text) {
    return text.length() > LIMIT ? text.substring(0, LIMIT) + "..." : text;
  }

  /** A JSON value as compact text, cut like {@link #text(String)}. */
  public static String value(JsonNode value) {
    if (value.isContainer() && value.size() > LIMIT) {
      return value.isArray() ? "an array of " + value.size() + " values" : "an object";
    }
    return text(value.toString());
  }
}
