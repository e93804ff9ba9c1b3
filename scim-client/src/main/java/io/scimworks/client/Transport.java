package io.scimworks.client;

import io.scimworks.client.internal.HttpCall;
import io.scimworks.client.internal.HttpResult;
import io.scimworks.client.internal.RateLimiter;
import io.scimworks.client.internal.RetryAfter;
import io.scimworks.core.ScimException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Sends {@link HttpCall}s: builds the HTTP request, waits for the rate limiter, maps failures to
 * {@link ScimException}s and repeats what the {@link RetryPolicy} allows. Thread-safe; nothing here
 * blocks a thread while waiting.
 */
final class Transport {
  private static final Duration SMALLEST_TIMEOUT = Duration.ofMillis(1);

  private final TransportConfig config;

  /** Creates one. */
  public Transport(TransportConfig config) {
    this.config = config;
  }

  /** The configuration. */
  public TransportConfig config() {
    return config;
  }

  /**
   * Sends {@code call}, repeating it as the retry policy allows.
   *
   * @return a future completed with a 2xx or 304 response, or exceptionally with a {@link
   *     ScimException} (possibly a {@link ScimTransportException} or {@link
   *     UnexpectedResponseException})
   */
  public CompletableFuture<HttpResult> send(HttpCall call) {
    URI uri = config.baseUri().resolve(call.path(), call.query());
    Instant deadline = config.clock().instant().plus(config.retryPolicy().deadline());
    return attempt(call, uri, 1, deadline);
  }

  /** Sends {@code call} and waits for the outcome; see {@link #send}. */
  public HttpResult execute(HttpCall call) {
    return await(send(call));
  }

  /**
   * Waits for {@code future} and rethrows its failure unwrapped. Interruption cancels the wait and
   * raises a {@link ScimTransportException} with the thread's interrupt flag set.
   */
  public static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ScimTransportException(false, "interrupted while waiting for the service", e);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    }
  }

  private CompletableFuture<HttpResult> attempt(
      HttpCall call, URI uri, int attempt, Instant deadline) {
    return throttle()
        .thenCompose(v -> exchange(call, uri, attempt, deadline))
        .handle((result, error) -> outcome(call, result, error))
        .thenCompose(
            outcome -> {
              RuntimeException failure = outcome.failure();
              if (failure == null) {
                return CompletableFuture.completedFuture(outcome.result());
              }
              Duration delay = retryDelay(call, attempt, outcome, deadline);
              if (delay == null) {
                return CompletableFuture.failedFuture(failure);
              }
              notifyListeners(
                  new RetryEvent(call.method(), uri, attempt, delay, outcome.status(), failure));
              return config
                  .sleeper()
                  .sleep(delay)
                  .thenCompose(v -> attempt(call, uri, attempt + 1, deadline));
            });
  }

  private CompletableFuture<Void> throttle() {
    RateLimiter limiter = config.rateLimiter();
    if (limiter == null) {
      return CompletableFuture.completedFuture(null);
    }
    Duration wait = limiter.reserve(config.clock().instant());
    return wait.isZero() ? CompletableFuture.completedFuture(null) : config.sleeper().sleep(wait);
  }

  private CompletableFuture<HttpResult> exchange(
      HttpCall call, URI uri, int attempt, Instant deadline) {
    Duration timeout = attemptTimeout(deadline);
    HttpRequest request = request(call, uri, timeout);
    long started = System.nanoTime();
    AtomicReference<BoundedBody> body = new AtomicReference<>();
    CompletableFuture<HttpResponse<byte[]>> sent =
        config.httpClient().sendAsync(request, bodyHandler(call, uri, body));
    CompletableFuture<HttpResult> result =
        within(sent, timeout, body)
            .thenApply(
                r ->
                    new HttpResult(
                        call,
                        uri,
                        r.statusCode(),
                        r.headers(),
                        r.body() == null ? new byte[0] : r.body()));
    if (config.listeners().isEmpty()) {
      return result;
    }
    return result.whenComplete(
        (r, error) ->
            report(
                new ExchangeEvent(
                    call.method(),
                    uri,
                    attempt,
                    Duration.ofNanos(System.nanoTime() - started),
                    r == null ? 0 : r.status(),
                    request.headers().map(),
                    call.body(),
                    r == null ? Map.of() : r.headers().map(),
                    r == null ? null : r.body(),
                    r == null ? unwrap(error) : null)));
  }

  /** Reads bodies up to the configured limit; a larger one fails the attempt, not retried. */
  private HttpResponse.BodyHandler<byte[]> bodyHandler(
      HttpCall call, URI uri, AtomicReference<BoundedBody> body) {
    long limit = config.maxResponseBytes();
    return BoundedBody.handler(
        limit,
        (info, head, declared) ->
            Errors.tooLarge(
                new HttpResult(call, uri, info.statusCode(), info.headers(), head),
                limit,
                declared),
        body);
  }

  /**
   * {@code sent}, failed with an {@link HttpTimeoutException} (and its body reading stopped) when
   * the whole response has not been read within {@code timeout}. The HTTP client's own timeout does
   * not reliably cover the body: a service sending a byte now and then could hold an attempt for as
   * long as it liked.
   */
  private static CompletableFuture<HttpResponse<byte[]>> within(
      CompletableFuture<HttpResponse<byte[]>> sent,
      Duration timeout,
      AtomicReference<BoundedBody> body) {
    CompletableFuture<HttpResponse<byte[]>> bounded = new CompletableFuture<>();
    sent.whenComplete(
        (r, e) -> {
          if (e != null) {
            bounded.completeExceptionally(e);
          } else {
            bounded.complete(r);
          }
        });
    return bounded
        .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .exceptionallyCompose(
            e -> {
              if (!(unwrap(e) instanceof TimeoutException)) {
                return CompletableFuture.failedFuture(e);
              }
              HttpTimeoutException late =
                  new HttpTimeoutException("the response was not read within " + timeout);
              BoundedBody reading = body.get();
              if (reading != null) {
                reading.abort(late);
              }
              sent.cancel(true);
              return CompletableFuture.failedFuture(late);
            });
  }

  private Duration attemptTimeout(Instant deadline) {
    Duration left = Duration.between(config.clock().instant(), deadline);
    Duration timeout = config.requestTimeout();
    if (left.compareTo(timeout) < 0) {
      timeout = left.compareTo(SMALLEST_TIMEOUT) < 0 ? SMALLEST_TIMEOUT : left;
    }
    return timeout;
  }

  private HttpRequest request(HttpCall call, URI uri, Duration timeout) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout);
    byte[] body = call.body();
    request.method(
        call.method(),
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    request.header("Accept", "application/scim+json, application/json");
    if (body != null) {
      request.header("Content-Type", "application/scim+json; charset=utf-8");
    }
    request.header("User-Agent", config.userAgent());
    for (Map.Entry<String, String> h : config.headers().entrySet()) {
      request.header(h.getKey(), h.getValue());
    }
    for (Map.Entry<String, String> h : call.headers().entrySet()) {
      request.header(h.getKey(), h.getValue());
    }
    if (config.token() != null) {
      request.header("Authorization", "Bearer " + config.token().get());
    }
    return request.build();
  }

  /** Tells every listener about one exchange. */
  private void report(ExchangeEvent event) {
    for (ClientListener listener : config.listeners()) {
      try {
        listener.onExchange(event);
      } catch (RuntimeException ignored) {
        // A broken listener must not change what the request does.
      }
    }
  }

  /** Tells every listener that a service misbehaved and how the client coped. */
  void warn(ClientWarning warning) {
    for (ClientListener listener : config.listeners()) {
      try {
        listener.onWarning(warning);
      } catch (RuntimeException ignored) {
        // A broken listener must not change what the request does.
      }
    }
  }

  private Outcome outcome(HttpCall call, @Nullable HttpResult result, @Nullable Throwable error) {
    if (result != null) {
      if (result.successful() || result.status() == 304) {
        return new Outcome(result, null, null);
      }
      return new Outcome(null, Errors.fromResponse(result, config.mapper()), result);
    }
    Throwable cause = unwrap(error);
    if (cause instanceof IOException) {
      return new Outcome(null, Errors.fromIo(call, (IOException) cause), null);
    }
    return new Outcome(null, rethrow(cause), null);
  }

  private @Nullable Duration retryDelay(
      HttpCall call, int attempt, Outcome outcome, Instant deadline) {
    RetryPolicy policy = config.retryPolicy();
    boolean retriable =
        outcome.failure() instanceof ScimTransportException
            || (outcome.errorResponse() != null && policy.retriesOn(outcome.status()));
    if (!retriable || !call.safeToRepeat() || attempt >= policy.maxAttempts()) {
      return null;
    }
    Instant now = config.clock().instant();
    HttpResult response = outcome.errorResponse();
    Optional<Duration> asked =
        response == null ? Optional.empty() : RetryAfter.parse(response.header("Retry-After"), now);
    if (asked.isPresent() && !policy.waitsFor(asked.get())) {
      return null; // longer than the policy waits for: the server's answer is the outcome
    }
    Duration delay = asked.orElseGet(() -> policy.backoff(attempt, config.random().getAsDouble()));
    return now.plus(delay).isBefore(deadline) ? delay : null;
  }

  private void notifyListeners(RetryEvent event) {
    for (RetryListener listener : config.retryListeners()) {
      try {
        listener.onRetry(event);
      } catch (RuntimeException ignored) {
        // A broken listener must not change what the request does.
      }
    }
  }

  private static Throwable unwrap(@Nullable Throwable t) {
    Throwable cause = t;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause == null ? new IllegalStateException("no result and no error") : cause;
  }

  private static RuntimeException rethrow(@Nullable Throwable t) {
    Throwable cause = unwrap(t);
    if (cause instanceof RuntimeException) {
      return (RuntimeException) cause;
    }
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    return new CompletionException(cause);
  }

  /**
   * What one attempt came to: a usable result, or a failure and the error response that caused it
   * ({@code null} when no response arrived).
   */
  private record Outcome(
      @Nullable HttpResult result,
      @Nullable RuntimeException failure,
      @Nullable HttpResult errorResponse) {

    int status() {
      return errorResponse == null ? 0 : errorResponse.status();
    }
  }
}
