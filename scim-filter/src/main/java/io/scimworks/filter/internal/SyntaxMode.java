package io.scimworks.filter.internal;

import io.scimworks.filter.FilterException;

/** What is being parsed, which decides the {@code scimType} and wording of errors. */
enum SyntaxMode {
  FILTER(FilterException.INVALID_FILTER, "filter"),
  PATCH_PATH(FilterException.INVALID_PATH, "path"),
  ATTRIBUTE_PATH(FilterException.INVALID_PATH, "attribute path"),
  ATTRIBUTE_LIST(FilterException.INVALID_PATH, "attribute list");

  private final String scimType;
  private final String noun;

  SyntaxMode(String scimType, String noun) {
    this.scimType = scimType;
    this.noun = noun;
  }

  /**
   * The {@code scimType} of an error: inside the brackets of a PATCH path the text is a filter, so
   * its errors are {@code invalidFilter} (RFC 7644 §3.12, table 9).
   */
  String scimType(boolean insideBrackets) {
    return insideBrackets ? FilterException.INVALID_FILTER : scimType;
  }

  /** Builds the exception with a message naming what was parsed and the position. */
  FilterException error(boolean insideBrackets, int position, String what) {
    String noun = insideBrackets ? "filter" : this.noun;
    return new FilterException(
        scimType(insideBrackets),
        position,
        "Invalid " + noun + " at position " + position + ": " + what);
  }
}
