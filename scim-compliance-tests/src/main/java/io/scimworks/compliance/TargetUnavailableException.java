package io.scimworks.compliance;

/**
 * The target cannot be checked at all: unreachable, TLS failed, the token was refused, or it is not
 * a SCIM endpoint. The message is one line meant for a person.
 */
public final class TargetUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception without a stack trace: the message says it all.
   *
   * @param message one line for a person, saying what failed and where
   */
  public TargetUnavailableException(String message) {
    super(message, null, false, false);
  }
}
