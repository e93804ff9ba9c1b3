package io.scimworks.server;

import io.scimworks.core.patch.PatchOptions;
import io.scimworks.core.validation.ValidationOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The limits and switches of a {@link ScimServer}. Every limit is enforced before work is done;
 * HTTP bindings read the transport limits ({@link #maxRequestBytes()}, {@link
 * #maxRequestsInFlight()}, {@link #readTimeout()}, {@link #retryAfter()}) from here.
 *
 * <pre>{@code
 * ServerOptions options = ServerOptions.builder().maxCount(200).maxRequestBytes(512 * 1024).build();
 * ScimServer server = ScimServer.builder().options(options).users(users).build();
 * }</pre>
 *
 * @param maxRequestBytes largest request body accepted; bindings stop reading beyond it (413)
 * @param maxRequestsInFlight requests served at once; bindings answer 503 with {@code Retry-After}
 *     beyond it instead of queueing
 * @param readTimeout how long a binding waits for a slow client's request bytes
 * @param retryAfter the delay advertised in {@code Retry-After} on a 503
 * @param defaultCount page size when a query names no {@code count}
 * @param maxCount the largest page a query may ask for; larger counts are capped
 * @param maxFilterLength the longest filter accepted (400 {@code invalidFilter} beyond)
 * @param maxBulkOperations operations per bulk request, advertised in {@code
 *     /ServiceProviderConfig}
 * @param maxBulkPayloadBytes bytes per bulk request, advertised in {@code /ServiceProviderConfig}
 * @param cursorTimeToLive how long an RFC 9865 cursor stays valid
 * @param anonymousDiscovery whether {@code /ServiceProviderConfig}, {@code /ResourceTypes} and
 *     {@code /Schemas} are served without authentication
 * @param patchOptions the PATCH leniencies (all on by default, for Entra ID and Okta)
 * @param publicBaseUrl the URL clients reach the server's base path at (e.g. {@code
 *     https://scim.example.com/scim/v2}), or {@code null}; when set, {@code Location} and {@code
 *     meta.location} are built from it and the request's {@code Host} is never used for them
 * @param trustForwardedHeaders whether {@code X-Forwarded-Proto} and {@code X-Forwarded-Host} are
 *     believed when building URLs (only behind a proxy that sets them and strips clients' own);
 *     ignored when {@code publicBaseUrl} is set
 * @param validationOptions how resources are validated on every write path (POST, PUT, PATCH,
 *     bulk): the unknown-attribute policy, the coercions identity providers need, the limit on
 *     values per multi-valued attribute (default {@link ValidationOptions#defaults()})
 */
public record ServerOptions(
    long maxRequestBytes,
    int maxRequestsInFlight,
    Duration readTimeout,
    Duration retryAfter,
    int defaultCount,
    int maxCount,
    int maxFilterLength,
    int maxBulkOperations,
    long maxBulkPayloadBytes,
    Duration cursorTimeToLive,
    boolean anonymousDiscovery,
    PatchOptions patchOptions,
    @Nullable String publicBaseUrl,
    boolean trustForwardedHeaders,
    ValidationOptions validationOptions) {

  private static final ServerOptions DEFAULTS = new Builder().build();

  /** Checks that every limit is positive. */
  public ServerOptions {
    positive("maxRequestBytes", maxRequestBytes);
    positive("maxRequestsInFlight", maxRequestsInFlight);
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(retryAfter, "retryAfter");
    Objects.requireNonNull(cursorTimeToLive, "cursorTimeToLive");
    Objects.requireNonNull(patchOptions, "patchOptions");
    Objects.requireNonNull(validationOptions, "validationOptions");
    positive("defaultCount", defaultCount);
    positive("maxCount", maxCount);
    positive("maxFilterLength", maxFilterLength);
    positive("maxBulkOperations", maxBulkOperations);
    positive("maxBulkPayloadBytes", maxBulkPayloadBytes);
    if (defaultCount > maxCount) {
      throw new IllegalArgumentException("defaultCount must not exceed maxCount");
    }
    if (readTimeout.isNegative() || readTimeout.isZero()) {
      throw new IllegalArgumentException("readTimeout must be positive");
    }
    if (cursorTimeToLive.isNegative() || cursorTimeToLive.isZero()) {
      throw new IllegalArgumentException("cursorTimeToLive must be positive");
    }
    publicBaseUrl = publicBaseUrl == null ? null : checkedBaseUrl(publicBaseUrl);
  }

  private static String checkedBaseUrl(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("publicBaseUrl is not a URL: " + e.getMessage(), e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https"))
        || uri.getRawAuthority() == null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "publicBaseUrl must be an http(s) URL without user, query or fragment, was " + url);
    }
    String s = uri.toASCIIString();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  /** The defaults: 2 MiB bodies, 64 requests in flight, 30 s read timeout, pages of 100. */
  public static ServerOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxRequestBytes = maxRequestBytes;
    b.maxRequestsInFlight = maxRequestsInFlight;
    b.readTimeout = readTimeout;
    b.retryAfter = retryAfter;
    b.defaultCount = defaultCount;
    b.maxCount = maxCount;
    b.maxFilterLength = maxFilterLength;
    b.maxBulkOperations = maxBulkOperations;
    b.maxBulkPayloadBytes = maxBulkPayloadBytes;
    b.cursorTimeToLive = cursorTimeToLive;
    b.anonymousDiscovery = anonymousDiscovery;
    b.patchOptions = patchOptions;
    b.publicBaseUrl = publicBaseUrl;
    b.trustForwardedHeaders = trustForwardedHeaders;
    b.validationOptions = validationOptions;
    return b;
  }

  private static void positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }

  /** Builds {@link ServerOptions}; every setter has a sensible default. */
  public static final class Builder {
    private long maxRequestBytes = 2L * 1024 * 1024;
    private int maxRequestsInFlight = 64;
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration retryAfter = Duration.ofSeconds(1);
    private int defaultCount = 100;
    private int maxCount = 1000;
    private int maxFilterLength = 4096;
    private int maxBulkOperations = 1000;
    private long maxBulkPayloadBytes = 1024L * 1024;
    private Duration cursorTimeToLive = Duration.ofMinutes(10);
    private boolean anonymousDiscovery;
    private PatchOptions patchOptions = PatchOptions.defaults();
    private @Nullable String publicBaseUrl;
    private boolean trustForwardedHeaders;
    private ValidationOptions validationOptions = ValidationOptions.defaults();

    private Builder() {}

    /** Largest request body in bytes (default 2 MiB). */
    public Builder maxRequestBytes(long bytes) {
      this.maxRequestBytes = bytes;
      return this;
    }

    /** Requests served at once before bindings answer 503 (default 64). */
    public Builder maxRequestsInFlight(int requests) {
      this.maxRequestsInFlight = requests;
      return this;
    }

    /** How long bindings wait for request bytes (default 30 s). */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    /** The {@code Retry-After} delay on a 503 (default 1 s). */
    public Builder retryAfter(Duration delay) {
      this.retryAfter = delay;
      return this;
    }

    /** Page size when the client names no {@code count} (default 100). */
    public Builder defaultCount(int count) {
      this.defaultCount = count;
      return this;
    }

    /** The largest page served (default 1000); larger {@code count}s are capped. */
    public Builder maxCount(int count) {
      this.maxCount = count;
      return this;
    }

    /** The longest filter accepted, in characters (default 4096). */
    public Builder maxFilterLength(int length) {
      this.maxFilterLength = length;
      return this;
    }

    /** Operations per bulk request (default 1000). */
    public Builder maxBulkOperations(int operations) {
      this.maxBulkOperations = operations;
      return this;
    }

    /** Bytes per bulk request (default 1 MiB). */
    public Builder maxBulkPayloadBytes(long bytes) {
      this.maxBulkPayloadBytes = bytes;
      return this;
    }

    /** How long an RFC 9865 cursor stays valid (default 10 minutes). */
    public Builder cursorTimeToLive(Duration ttl) {
      this.cursorTimeToLive = ttl;
      return this;
    }

    /** Serve the discovery endpoints without authentication (default {@code false}). */
    public Builder anonymousDiscovery(boolean anonymous) {
      this.anonymousDiscovery = anonymous;
      return this;
    }

    /** How PATCH requests are read and applied (default {@link PatchOptions#defaults()}). */
    public Builder patchOptions(PatchOptions options) {
      this.patchOptions = options;
      return this;
    }

    /**
     * The URL clients reach the server's base path at, e.g. {@code
     * https://scim.example.com/scim/v2} (default none: URLs are built from the request's {@code
     * Host}). Set it behind a proxy or load balancer; the request's {@code Host} is then never used
     * for {@code Location} or {@code meta.location}.
     *
     * @throws IllegalArgumentException when it is not an absolute http(s) URL without query
     */
    public Builder publicBaseUrl(@Nullable String url) {
      this.publicBaseUrl = url == null ? null : checkedBaseUrl(url);
      return this;
    }

    /**
     * Believe {@code X-Forwarded-Proto} and {@code X-Forwarded-Host} when building URLs (default
     * {@code false}). Turn it on only behind a proxy that sets them and removes clients' own.
     */
    public Builder trustForwardedHeaders(boolean trust) {
      this.trustForwardedHeaders = trust;
      return this;
    }

    /**
     * How resources are validated on every write path (default {@link
     * ValidationOptions#defaults()}): for example {@code
     * ValidationOptions.builder().unknownAttributes(UnknownAttributes.REJECT).build()}.
     */
    public Builder validationOptions(ValidationOptions options) {
      this.validationOptions = Objects.requireNonNull(options, "options");
      return this;
    }

    /** The options; throws {@link IllegalArgumentException} when a limit is not positive. */
    public ServerOptions build() {
      return new ServerOptions(
          maxRequestBytes,
          maxRequestsInFlight,
          readTimeout,
          retryAfter,
          defaultCount,
          maxCount,
          maxFilterLength,
          maxBulkOperations,
          maxBulkPayloadBytes,
          cursorTimeToLive,
          anonymousDiscovery,
          patchOptions,
          publicBaseUrl,
          trustForwardedHeaders,
          validationOptions);
    }
  }
}
