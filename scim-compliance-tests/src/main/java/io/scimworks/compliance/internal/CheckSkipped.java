package io.scimworks.compliance.internal;

/** Thrown by a check that does not apply to the target, with the reason. */
public final class CheckSkipped extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Skips with {@code reason}. */
  public CheckSkipped(String reason) {
    super(reason, null, false, false);
  }
}
