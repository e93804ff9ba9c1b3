package io.scimworks.compliance.internal;

/** Thrown by a check whose target did not behave as expected. */
public final class CheckFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure: {@code expected} was wanted, {@code actual} came. */
  public CheckFailure(String expected, String actual) {
    super("expected " + expected + ", got " + actual, null, false, false);
  }

  /** A failure with a message of its own. */
  public CheckFailure(String message) {
    super(message, null, false, false);
  }
}
