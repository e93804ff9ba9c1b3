package io.scimworks.filter;

import java.util.List;

/** Parses filters, PATCH paths and attribute lists. (API contract; implementation in progress.) */
public final class FilterParser {
  private static final FilterParser DEFAULTS = new FilterParser();

  private FilterParser() {}

  /** The strict parser with default limits. */
  public static FilterParser defaults() {
    return DEFAULTS;
  }

  /** Parses a filter. */
  public Filter parseFilter(String text) {
    throw new UnsupportedOperationException("parser not implemented yet");
  }

  /** Parses a PATCH path. */
  public PatchPath parsePatchPath(String text) {
    throw new UnsupportedOperationException("parser not implemented yet");
  }

  /** Parses an attribute path. */
  public AttributePath parseAttributePath(String text) {
    throw new UnsupportedOperationException("parser not implemented yet");
  }

  /**
   * Parses a comma-separated attribute list ({@code attributes=} / {@code excludedAttributes=}).
   */
  public List<AttributePath> parseAttributeList(String text) {
    throw new UnsupportedOperationException("parser not implemented yet");
  }
}
