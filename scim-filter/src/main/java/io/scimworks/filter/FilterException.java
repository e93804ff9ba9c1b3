package io.scimworks.filter;

/**
 * A filter, PATCH path or attribute list that is not valid. Carries the SCIM {@code scimType}
 * ({@code invalidFilter} or {@code invalidPath}) and the zero-based character position of the
 * problem ({@code -1} when it has none), so that a server can answer 400 with a useful detail.
 */
public final class FilterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** {@code scimType} for a bad filter. */
  public static final String INVALID_FILTER = "invalidFilter";

  /** {@code scimType} for a bad PATCH path or attribute path. */
  public static final String INVALID_PATH = "invalidPath";

  private final String scimType;
  private final int position;

  /** Creates the exception; {@code message} should say what was found and what was expected. */
  public FilterException(String scimType, int position, String message) {
    super(message);
    this.scimType = scimType;
    this.position = position;
  }

  /** {@code invalidFilter} or {@code invalidPath}. */
  public String scimType() {
    return scimType;
  }

  /** Zero-based character offset of the problem in the input, or {@code -1}. */
  public int position() {
    return position;
  }
}
