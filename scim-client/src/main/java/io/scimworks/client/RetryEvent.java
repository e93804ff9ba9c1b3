package io.scimworks.client;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A request failed and is about to be repeated; given to every {@link RetryListener}.
 *
 * @param method the HTTP method
 * @param uri the request URI
 * @param attempt the number of the attempt that failed, starting at 1
 * @param delay how long the client waits before the next attempt
 * @param status the HTTP status of the failed attempt, or 0 when no response arrived
 * @param failure why the attempt failed: the error the client would have thrown
 */
public record RetryEvent(
    String method, URI uri, int attempt, Duration delay, int status, RuntimeException failure) {

  /**
   * {@return whether the server answered (with {@link #status()}) rather than the connection
   * failing}
   */
  public boolean answered() {
    return status != 0;
  }

  /**
   * {@return the failure's cause when no response arrived (an {@code IOException}), else {@code
   * null}}
   */
  public @Nullable Throwable connectionFailure() {
    return answered() ? null : failure.getCause();
  }
}
