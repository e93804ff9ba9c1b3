package io.scimworks.client;

import io.scimworks.client.internal.BaseUri;
import io.scimworks.client.internal.RateLimiter;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything the transport needs, as assembled by {@code ScimClient.Builder}.
 *
 * @param baseUri the service's base URI
 * @param httpClient the HTTP client
 * @param token supplies the bearer token for each attempt, or {@code null} for none
 * @param headers extra headers sent on every request
 * @param userAgent the {@code User-Agent} header
 * @param requestTimeout the timeout of one attempt
 * @param maxResponseBytes the most bytes a response body may have
 * @param retryPolicy when to repeat requests
 * @param retryListeners told about every retry
 * @param listeners told about every exchange and warning
 * @param rateLimiter spaces requests, or {@code null} for no limit
 * @param clock measures deadlines and reads {@code Retry-After} dates
 * @param sleeper waits between attempts
 * @param random jitter source, numbers in {@code [0, 1)}
 * @param mapper the JSON mapper
 */
record TransportConfig(
    BaseUri baseUri,
    HttpClient httpClient,
    @Nullable Supplier<String> token,
    Map<String, String> headers,
    String userAgent,
    Duration requestTimeout,
    long maxResponseBytes,
    RetryPolicy retryPolicy,
    List<RetryListener> retryListeners,
    List<ClientListener> listeners,
    @Nullable RateLimiter rateLimiter,
    Clock clock,
    Sleeper sleeper,
    DoubleSupplier random,
    JsonMapper mapper) {

  /** Copies the collections. */
  public TransportConfig {
    headers = Map.copyOf(headers);
    retryListeners = List.copyOf(retryListeners);
    listeners = List.copyOf(listeners);
  }
}
