package io.scimworks.client;

import io.scimworks.client.internal.BaseUri;
import io.scimworks.client.internal.RateLimiter;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Configures a {@link ScimClient}. Only {@link #baseUri} is required.
 *
 * <pre>{@code
 * ScimClient scim = ScimClient.builder()
 *     .baseUri("https://app.example.com/scim/v2?aadOptscim062020")
 *     .bearerToken(vault::currentScimToken)      // asked again for every request
 *     .requestTimeout(Duration.ofSeconds(20))
 *     .retryPolicy(RetryPolicy.defaults().withMaxAttempts(6))
 *     .rateLimit(25)                             // requests per second
 *     .build();
 * }</pre>
 *
 * <p>A builder is not thread-safe; the client it builds is.
 */
public final class ScimClientBuilder {
  /**
   * The default of {@link #maxResponseBytes(long)}: 64 MiB, as {@value} bytes.
   *
   * <p>Far above what a SCIM service sends in one answer (a page of 1,000 users with every
   * attribute is a few MiB; a group with 100,000 members about 10 MiB), yet small enough that a
   * handful of concurrent requests cannot exhaust a connector's heap.
   */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;

  /** The largest limit: the largest byte array a JVM can hold. */
  private static final long LARGEST_RESPONSE_LIMIT = Integer.MAX_VALUE - 8;

  private static final Set<String> MANAGED_HEADERS =
      Set.of("authorization", "user-agent", "content-type", "accept");

  private @Nullable URI baseUri;
  private @Nullable Supplier<String> token;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private @Nullable Duration connectTimeout;
  private Duration requestTimeout = Duration.ofSeconds(30);
  private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
  private @Nullable HttpClient httpClient;
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private final List<RetryListener> retryListeners = new ArrayList<>();
  private final List<ClientListener> listeners = new ArrayList<>();
  private String userAgent = "SCIMworks-client";
  private double rateLimit;
  private Clock clock = Clock.systemUTC();
  private Sleeper sleeper = Sleeper.system();
  private boolean adaptive = true;
  private int maxPatchOperations;

  ScimClientBuilder() {}

  /**
   * The service's base URI (the "Tenant URL"), e.g. {@code https://app.example.com/scim/v2}. Query
   * parameters on it, such as Entra's {@code ?aadOptscim062020}, are sent with every request.
   *
   * @param baseUri an absolute {@code http} or {@code https} URI without a fragment; a trailing
   *     slash is ignored
   * @return this builder
   * @throws IllegalArgumentException if it is not such a URI
   */
  public ScimClientBuilder baseUri(URI baseUri) {
    BaseUri.of(baseUri); // fail early on a bad URI
    this.baseUri = baseUri;
    return this;
  }

  /**
   * The base URI as a string; see {@link #baseUri(URI)}.
   *
   * @param baseUri an absolute {@code http} or {@code https} URI without a fragment
   * @return this builder
   * @throws IllegalArgumentException if it is not such a URI (or not a URI at all)
   */
  public ScimClientBuilder baseUri(String baseUri) {
    return baseUri(URI.create(baseUri));
  }

  /**
   * A fixed bearer token, sent as {@code Authorization: Bearer <token>}; listeners see it masked.
   *
   * @param token the secret, e.g. Entra's "Secret Token"
   * @return this builder
   */
  public ScimClientBuilder bearerToken(String token) {
    Objects.requireNonNull(token, "token");
    this.token = () -> token;
    return this;
  }

  /**
   * A bearer token asked for again on every attempt, so that a rotated secret is picked up without
   * rebuilding the client. The supplier must be thread-safe.
   *
   * @param token called for every attempt, possibly from several threads at once
   * @return this builder
   */
  public ScimClientBuilder bearerToken(Supplier<String> token) {
    this.token = Objects.requireNonNull(token, "token");
    return this;
  }

  /**
   * An extra header sent on every request, e.g. a tenant or API-version header. {@code
   * Authorization}, {@code User-Agent}, {@code Accept} and {@code Content-Type} have their own
   * settings and are refused here.
   *
   * @param name the header name; a second call with the same name, in the same case, replaces the
   *     value
   * @param value the header value
   * @return this builder
   * @throws IllegalArgumentException for one of the four headers above
   */
  public ScimClientBuilder header(String name, String value) {
    Objects.requireNonNull(value, "value");
    if (MANAGED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(
          name + " is set by the client; use the builder's dedicated setting");
    }
    headers.put(name, value);
    return this;
  }

  /**
   * How long to wait for a TCP/TLS connection (default 10 s). Not allowed together with {@link
   * #httpClient}, whose own setting applies.
   *
   * @param timeout a positive duration
   * @return this builder
   * @throws IllegalArgumentException if it is zero or negative
   */
  public ScimClientBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connectTimeout");
    return this;
  }

  /**
   * How long one attempt may take, from sending the request until the whole response has been read
   * (default 30 s), so a service that sends its body slowly cannot hold the client either. The
   * retry policy's deadline bounds all attempts together.
   *
   * @param timeout a positive duration; an attempt that takes longer fails and may be retried
   * @return this builder
   * @throws IllegalArgumentException if it is zero or negative
   */
  public ScimClientBuilder requestTimeout(Duration timeout) {
    this.requestTimeout = positive(timeout, "requestTimeout");
    return this;
  }

  /**
   * The most bytes one response body may have (default {@value #DEFAULT_MAX_RESPONSE_BYTES}, 64
   * MiB). Bodies are read into memory, so without a limit a service or proxy that answers with an
   * endless body would fill the heap (the request timeout bounds time, not bytes: at network speed
   * gigabytes arrive well within it). A {@code Content-Length} over the limit is refused before the
   * body is read; a longer body without one is cut off once the limit is passed. Either way the
   * connection is closed and the request fails with a {@link ResponseTooLargeException}, and is not
   * retried.
   *
   * @param maxBytes the limit in bytes, from 1 to {@code Integer.MAX_VALUE - 8}
   * @return this builder
   * @throws IllegalArgumentException if {@code maxBytes} is outside that range
   */
  public ScimClientBuilder maxResponseBytes(long maxBytes) {
    if (maxBytes < 1 || maxBytes > LARGEST_RESPONSE_LIMIT) {
      throw new IllegalArgumentException(
          "maxResponseBytes must be between 1 and " + LARGEST_RESPONSE_LIMIT + ": " + maxBytes);
    }
    this.maxResponseBytes = maxBytes;
    return this;
  }

  /**
   * The {@link HttpClient} to use, e.g. one with a proxy, an {@code SSLContext} or an executor of
   * your own. It must follow no redirects (the default of {@code HttpClient.newBuilder()}): Java's
   * client repeats the request's headers, {@code Authorization} included, to whatever host a
   * redirect names. A redirect is then a {@link RedirectException}. By default the client makes one
   * that follows no redirects.
   *
   * @param httpClient the client to send every request with; the SCIM client does not close it
   * @return this builder
   * @throws IllegalArgumentException if {@code httpClient} follows redirects
   */
  public ScimClientBuilder httpClient(HttpClient httpClient) {
    Objects.requireNonNull(httpClient, "httpClient");
    if (httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
      throw new IllegalArgumentException(
          "an HttpClient that follows redirects ("
              + httpClient.followRedirects()
              + ") would send the Authorization header to any host a redirect names: build it"
              + " with followRedirects(HttpClient.Redirect.NEVER)");
    }
    this.httpClient = httpClient;
    return this;
  }

  /**
   * When to repeat failed requests (default {@link RetryPolicy#defaults()}).
   *
   * @param retryPolicy the policy; {@link RetryPolicy#none()} never retries
   * @return this builder
   */
  public ScimClientBuilder retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    return this;
  }

  /**
   * Adds a listener told about every retry, before the client waits for it.
   *
   * @param listener told before each wait; what it throws is ignored
   * @return this builder
   */
  public ScimClientBuilder retryListener(RetryListener listener) {
    retryListeners.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  /**
   * Adds a listener told about every HTTP exchange (method, URI, status, duration, attempt, and on
   * demand headers and bodies with secrets masked) and every warning about a misbehaving service.
   *
   * <pre>{@code
   * .listener(ClientListener.logTo(System.getLogger("io.scimworks.client")))
   * }</pre>
   *
   * @param listener one more listener; all are told, in the order added
   * @return this builder
   */
  public ScimClientBuilder listener(ClientListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  /**
   * The {@code User-Agent} header (default {@code SCIMworks-client}).
   *
   * @param userAgent the header's value
   * @return this builder
   */
  public ScimClientBuilder userAgent(String userAgent) {
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    return this;
  }

  /**
   * Starts at most {@code requestsPerSecond} requests per second from this client, retries
   * included, spread evenly. Off by default.
   *
   * @param requestsPerSecond a positive rate, e.g. {@code 0.5} for one request every two seconds
   * @return this builder
   * @throws IllegalArgumentException if it is not a positive number
   */
  public ScimClientBuilder rateLimit(double requestsPerSecond) {
    new RateLimiter(requestsPerSecond); // validates
    this.rateLimit = requestsPerSecond;
    return this;
  }

  /**
   * Whether to read {@code /ServiceProviderConfig} once, on first need, and adapt to it (default
   * true): cursor or index paging, page size caps, PUT when PATCH is not supported, bulk splitting.
   * When false, the client assumes {@link ServiceCapabilities#assumed()}.
   *
   * @param adaptive {@code false} never to read the service's configuration
   * @return this builder
   */
  public ScimClientBuilder discovery(boolean adaptive) {
    this.adaptive = adaptive;
    return this;
  }

  /**
   * The most operations one PATCH request may carry, each value added to a multi-valued attribute
   * counting as one (e.g. 100 for a service that takes 100 members per request). Larger PATCHes,
   * such as a big group's membership change, are split over several requests. By default the
   * service's advertised limit, see {@link ServiceCapabilities#maxPatchOperations()}.
   *
   * @param max the operations per request, at least 1
   * @return this builder
   * @throws IllegalArgumentException if {@code max} is not positive
   */
  public ScimClientBuilder maxPatchOperations(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("maxPatchOperations must be positive: " + max);
    }
    this.maxPatchOperations = max;
    return this;
  }

  /**
   * The clock for deadlines and {@code Retry-After} dates (default: system UTC). For tests.
   *
   * @param clock the clock
   * @return this builder
   */
  public ScimClientBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /**
   * How the client waits between attempts (default {@link Sleeper#system()}). For tests.
   *
   * @param sleeper the waiting strategy
   * @return this builder
   */
  public ScimClientBuilder sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return this;
  }

  /**
   * Builds the client. The builder stays usable; later changes do not affect built clients.
   *
   * @return the client, thread-safe
   * @throws IllegalStateException if no base URI was given, or both a connect timeout and an HTTP
   *     client
   */
  public ScimClient build() {
    return new ScimClient(transportConfig(), adaptive, maxPatchOperations);
  }

  TransportConfig transportConfig() {
    if (baseUri == null) {
      throw new IllegalStateException("baseUri is required");
    }
    if (httpClient != null && connectTimeout != null) {
      throw new IllegalStateException(
          "connectTimeout is a setting of the HttpClient: set it on the HttpClient you pass in");
    }
    HttpClient http =
        httpClient != null
            ? httpClient
            : HttpClient.newBuilder()
                .connectTimeout(connectTimeout != null ? connectTimeout : Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    return new TransportConfig(
        BaseUri.of(baseUri),
        http,
        token,
        headers,
        userAgent,
        requestTimeout,
        maxResponseBytes,
        retryPolicy,
        retryListeners,
        listeners,
        rateLimit > 0 ? new RateLimiter(rateLimit) : null,
        clock,
        sleeper,
        () -> ThreadLocalRandom.current().nextDouble(),
        JsonMapper.builder().build());
  }

  private static Duration positive(Duration d, String name) {
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + d);
    }
    return d;
  }
}
