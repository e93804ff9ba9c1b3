package io.scimworks.filter.internal;

/**
 * The settings of one {@link io.scimworks.filter.FilterParser}.
 *
 * @param lenient whether an unquoted bare word is accepted as a string value
 * @param maxLength the longest input accepted, in UTF-16 characters
 * @param maxDepth the deepest nesting of parentheses and brackets accepted
 * @param maxTerms the most attribute expressions ({@code op} or {@code pr}) one filter may hold
 */
public record ParseOptions(boolean lenient, int maxLength, int maxDepth, int maxTerms) {

  /** Checks that the limits are positive. */
  public ParseOptions {
    if (maxLength < 1 || maxDepth < 1 || maxTerms < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
