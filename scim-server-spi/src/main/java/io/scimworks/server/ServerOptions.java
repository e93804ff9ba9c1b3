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

  /**
   * Checks every limit; prefer {@link #builder()}, whose defaults fill what is not set.
   *
   * @param maxRequestBytes at least 1
   * @param maxRequestsInFlight at least 1
   * @param readTimeout a positive duration
   * @param retryAfter the {@code Retry-After} delay; not null
   * @param defaultCount at least 1 and at most {@code maxCount}
   * @param maxCount at least 1
   * @param maxFilterLength at least 1
   * @param maxBulkOperations at least 1
   * @param maxBulkPayloadBytes at least 1
   * @param cursorTimeToLive a positive duration
   * @param anonymousDiscovery whether discovery endpoints skip authentication
   * @param patchOptions the PATCH leniencies; not null
   * @param publicBaseUrl an absolute http(s) URL without user, query or fragment, or {@code null};
   *     a trailing {@code /} is dropped
   * @param trustForwardedHeaders whether forwarded headers are believed
   * @param validationOptions the validation options; not null
   * @throws IllegalArgumentException when a limit or duration is not positive, {@code defaultCount}
   *     exceeds {@code maxCount} or {@code publicBaseUrl} is not such a URL
   * @throws NullPointerException when an option object is null
   */
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

  /**
   * The defaults: 2 MiB bodies, 64 requests in flight, 30 s read timeout, pages of 100.
   *
   * @return the shared default options
   */
  public static ServerOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from these options.
   *
   * @return a new builder holding these options; changing it leaves them unchanged
   */
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

    /**
     * Largest request body in bytes (default 2 MiB).
     *
     * @param bytes the limit in bytes, at least 1 (checked by {@link #build()})
     * @return this builder
     */
    public Builder maxRequestBytes(long bytes) {
      this.maxRequestBytes = bytes;
      return this;
    }

    /**
     * Requests served at once before bindings answer 503 (default 64).
     *
     * @param requests the number of requests, at least 1 (checked by {@link #build()})
     * @return this builder
     */
    public Builder maxRequestsInFlight(int requests) {
      this.maxRequestsInFlight = requests;
      return this;
    }

    /**
     * How long bindings wait for request bytes (default 30 s).
     *
     * @param timeout a positive duration (checked by {@link #build()})
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    /**
     * The {@code Retry-After} delay on a 503 (default 1 s).
     *
     * @param delay the delay; bindings advertise it in whole seconds
     * @return this builder
     */
    public Builder retryAfter(Duration delay) {
      this.retryAfter = delay;
      return this;
    }

    /**
     * Page size when the client names no {@code count} (default 100).
     *
     * @param count at least 1 and at most {@link #maxCount(int)} (checked by {@link #build()})
     * @return this builder
     */
    public Builder defaultCount(int count) {
      this.defaultCount = count;
      return this;
    }

    /**
     * The largest page served (default 1000); larger {@code count}s are capped.
     *
     * @param count at least 1 (checked by {@link #build()})
     * @return this builder
     */
    public Builder maxCount(int count) {
      this.maxCount = count;
      return this;
    }

    /**
     * The longest filter accepted, in characters (default 4096).
     *
     * @param length at least 1 (checked by {@link #build()})
     * @return this builder
     */
    public Builder maxFilterLength(int length) {
      this.maxFilterLength = length;
      return this;
    }

    /**
     * Operations per bulk request (default 1000).
     *
     * @param operations at least 1 (checked by {@link #build()})
     * @return this builder
     */
    public Builder maxBulkOperations(int operations) {
      this.maxBulkOperations = operations;
      return this;
    }

    /**
     * Bytes per bulk request (default 1 MiB).
     *
     * @param bytes at least 1 (checked by {@link #build()})
     * @return this builder
     */
    public Builder maxBulkPayloadBytes(long bytes) {
      this.maxBulkPayloadBytes = bytes;
      return this;
    }

    /**
     * How long an RFC 9865 cursor stays valid (default 10 minutes).
     *
     * @param ttl a positive duration (checked by {@link #build()})
     * @return this builder
     */
    public Builder cursorTimeToLive(Duration ttl) {
      this.cursorTimeToLive = ttl;
      return this;
    }

    /**
     * Serve the discovery endpoints without authentication (default {@code false}).
     *
     * @param anonymous {@code true} to serve them to anyone
     * @return this builder
     */
    public Builder anonymousDiscovery(boolean anonymous) {
      this.anonymousDiscovery = anonymous;
      return this;
    }

    /**
     * How PATCH requests are read and applied (default {@link PatchOptions#defaults()}).
     *
     * @param options the PATCH leniencies; not null (checked by {@link #build()})
     * @return this builder
     */
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
     * @param url an absolute http(s) URL without user, query or fragment (a trailing {@code /} is
     *     dropped), or {@code null} for none
     * @return this builder
     * @throws IllegalArgumentException when it is not an absolute http(s) URL without query
     */
    public Builder publicBaseUrl(@Nullable String url) {
      this.publicBaseUrl = url == null ? null : checkedBaseUrl(url);
      return this;
    }

    /**
     * Believe {@code X-Forwarded-Proto} and {@code X-Forwarded-Host} when building URLs (default
     * {@code false}). Turn it on only behind a proxy that sets them and removes clients' own.
     *
     * @param trust {@code true} to believe the headers
     * @return this builder
     */
    public Builder trustForwardedHeaders(boolean trust) {
      this.trustForwardedHeaders = trust;
      return this;
    }

    /**
     * How resources are validated on every write path (default {@link
     * ValidationOptions#defaults()}): for example {@code
     * ValidationOptions.builder().unknownAttributes(UnknownAttributes.REJECT).build()}.
     *
     * @param options the validation options; not null
     * @return this builder
     * @throws NullPointerException when {@code options} is null
     */
    public Builder validationOptions(ValidationOptions options) {
      this.validationOptions = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Builds the options; the builder stays usable.
     *
     * @return new immutable options
     * @throws IllegalArgumentException when a limit is not positive, a duration is not positive or
     *     {@code defaultCount} exceeds {@code maxCount}
     * @throws NullPointerException when an option object is null
     */
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
