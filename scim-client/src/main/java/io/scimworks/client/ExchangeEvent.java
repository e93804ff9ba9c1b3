package io.scimworks.client;

import io.scimworks.client.internal.Redaction;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP attempt as the client made it, given to every {@link ClientListener}: method, URI,
 * status, duration, which attempt it was and, on demand, the headers and bodies with secrets
 * masked.
 *
 * <p>What is masked: the value of {@code Authorization} (its scheme is kept: {@code Bearer ****})
 * and of any header whose name mentions auth, token, secret, cookie, password or an API key; in a
 * JSON body every {@code password} attribute (also URN-qualified) and the {@code value} of a PATCH
 * operation whose {@code path} is {@code password}. A body that is not JSON is shown as text; a
 * malformed JSON body only by its length.
 *
 * <p>Bodies are rendered only when asked for, so a listener that does not read them costs nothing
 * for them.
 */
public final class ExchangeEvent {
  private final String method;
  private final URI uri;
  private final int attempt;
  private final Duration duration;
  private final int status;
  private final Map<String, List<String>> requestHeaders;
  private final byte @Nullable [] requestBody;
  private final Map<String, List<String>> responseHeaders;
  private final byte @Nullable [] responseBody;
  private final @Nullable Throwable failure;

  ExchangeEvent(
      String method,
      URI uri,
      int attempt,
      Duration duration,
      int status,
      Map<String, List<String>> requestHeaders,
      byte @Nullable [] requestBody,
      Map<String, List<String>> responseHeaders,
      byte @Nullable [] responseBody,
      @Nullable Throwable failure) {
    this.method = method;
    this.uri = uri;
    this.attempt = attempt;
    this.duration = duration;
    this.status = status;
    this.requestHeaders = requestHeaders;
    this.requestBody = requestBody;
    this.responseHeaders = responseHeaders;
    this.responseBody = responseBody;
    this.failure = failure;
  }

  /** {@return the HTTP method, e.g. {@code PATCH}} */
  public String method() {
    return method;
  }

  /** {@return the URI requested, query included} */
  public URI uri() {
    return uri;
  }

  /** {@return which attempt this was, starting at 1} */
  public int attempt() {
    return attempt;
  }

  /**
   * {@return how many times the request had been retried before this attempt ({@code attempt() -
   * 1})}
   */
  public int retries() {
    return attempt - 1;
  }

  /**
   * {@return the time from sending the request until the response body arrived, or the exchange
   * failed}
   */
  public Duration duration() {
    return duration;
  }

  /** {@return the HTTP status, or 0 when no response arrived (see {@link #failure()})} */
  public int status() {
    return status;
  }

  /** {@return why no response arrived (a timeout, a dropped connection), if none did} */
  public Optional<Throwable> failure() {
    return Optional.ofNullable(failure);
  }

  /** {@return the request headers as sent, credentials masked, names in case-insensitive order} */
  public Map<String, List<String>> requestHeaders() {
    return Redaction.headers(requestHeaders);
  }

  /**
   * {@return the response headers, credentials (e.g. {@code Set-Cookie}) masked; empty without
   * response}
   */
  public Map<String, List<String>> responseHeaders() {
    return Redaction.headers(responseHeaders);
  }

  /** {@return the request body as text with passwords masked; empty when the request had none} */
  public Optional<String> requestBody() {
    return requestBody == null ? Optional.empty() : Optional.of(Redaction.body(requestBody));
  }

  /** {@return the response body as text with passwords masked; empty when there was none} */
  public Optional<String> responseBody() {
    return responseBody == null || responseBody.length == 0
        ? Optional.empty()
        : Optional.of(Redaction.body(responseBody));
  }

  /** {@code METHOD uri -> status in N ms (retry n)}, the line a log would show. */
  @Override
  public String toString() {
    String outcome =
        status != 0
            ? String.valueOf(status)
            : "no response (" + (failure == null ? "unknown" : failure.toString()) + ")";
    return method
        + " "
        + uri
        + " -> "
        + outcome
        + " in "
        + duration.toMillis()
        + " ms"
        + (attempt > 1 ? " (retry " + retries() + ")" : "");
  }
}
