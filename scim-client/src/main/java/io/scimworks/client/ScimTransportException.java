package io.scimworks.client;

import io.scimworks.core.ScimException;

/**
 * No HTTP response arrived: the connection was refused or dropped, or the request timed out.
 *
 * <p>Since there is no status to report, {@link #status()} is 504 (Gateway Timeout) for a timeout
 * and 503 (Service Unavailable) for any other connection failure, so that code treating 5xx as "try
 * again later" handles these too. {@link #getCause()} is the underlying {@link
 * java.io.IOException}.
 */
public final class ScimTransportException extends ScimException {
  private static final long serialVersionUID = 1L;

  /** Whether the request timed out rather than the connection failing. */
  private final boolean timeout;

  /**
   * Creates one.
   *
   * @param timeout whether the request timed out
   * @param detail what failed, e.g. {@code "GET /Users: connection refused"}
   * @param cause the underlying failure
   */
  public ScimTransportException(boolean timeout, String detail, Throwable cause) {
    super(timeout ? 504 : 503, null, detail, cause);
    this.timeout = timeout;
  }

  /** {@return whether the request timed out (as opposed to the connection failing)} */
  public boolean isTimeout() {
    return timeout;
  }
}
