package io.scimworks.client;

import io.scimworks.core.ScimException;

/**
 * A matching query ({@code findOne}) found more than one resource, which an identity provider
 * treats as an error: it cannot know which one to update. {@link #status()} is 409 (Conflict).
 */
public final class AmbiguousMatchException extends ScimException {
  private static final long serialVersionUID = 1L;

  /** How many resources matched, as far as known. */
  private final long matches;

  /**
   * Creates one.
   *
   * @param filter the filter that matched
   * @param matches how many resources matched, as far as known
   */
  public AmbiguousMatchException(String filter, long matches) {
    super(409, null, matches + " resources match " + filter + " where at most one was expected");
    this.matches = matches;
  }

  /** {@return how many resources matched, as far as known} */
  public long matches() {
    return matches;
  }
}
