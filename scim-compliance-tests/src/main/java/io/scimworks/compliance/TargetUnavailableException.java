package io.scimworks.compliance;

/**
 * The target cannot be checked at all: unreachable, TLS failed, the token was refused, or it is not
 * a SCIM endpoint. The message is one line meant for a person.
 */
public final class TargetUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a one-line {@code message}. */
  public TargetUnavailableException(String message) {
    super(message, null, false, false);
  }
}
