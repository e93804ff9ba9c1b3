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

  /** {@link #INVALID_FILTER} or {@link #INVALID_PATH}. */
  private final String scimType;

  /** The zero-based offset of the problem, or {@code -1}. */
  private final int position;

  /**
   * Creates the exception.
   *
   * @param scimType {@link #INVALID_FILTER} or {@link #INVALID_PATH}
   * @param position the zero-based character offset of the problem, or {@code -1}
   * @param message what was found and what was expected; servers pass it on as the error detail
   */
  public FilterException(String scimType, int position, String message) {
    super(message);
    this.scimType = scimType;
    this.position = position;
  }

  /**
   * The SCIM error type a server should answer with (status 400).
   *
   * @return {@code invalidFilter} or {@code invalidPath}
   */
  public String scimType() {
    return scimType;
  }

  /**
   * Where the problem is.
   *
   * @return the zero-based character offset of the problem in the input, or {@code -1}
   */
  public int position() {
    return position;
  }
}
