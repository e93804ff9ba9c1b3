package io.scimworks.server.http;

import io.scimworks.server.ScimHandler;
import io.scimworks.server.ScimServer;
import io.scimworks.server.ServerOptions;
import java.time.Duration;
import java.util.Objects;

/**
 * Transport limits an HTTP binding enforces before a request reaches the handler, so that a large,
 * slow or flooding client cannot exhaust memory or threads.
 *
 * <pre>{@code
 * BindingOptions options = BindingOptions.builder()
 *     .maxRequestBytes(2 * 1024 * 1024)
 *     .maxInFlight(32)
 *     .build();
 * JdkHttpBinding.create(server, options).start(8080);
 * }</pre>
 *
 * @param maxRequestBytes the largest request body accepted; a larger declared {@code
 *     Content-Length} is answered {@code 413} before any of the body is read, and a chunked body is
 *     counted while it streams, so no more than this is ever buffered
 * @param readTimeout how long the JDK binding waits for a request's headers and body before closing
 *     the connection; how long the servlet binding lets a body take before answering {@code 408} (a
 *     client that stops sending altogether meets the container's own idle timeout first)
 * @param writeTimeout how long the JDK binding waits for a client to take the response
 * @param maxInFlight how many requests are handled at once; more are answered {@code 503} with
 *     {@code Retry-After} at once instead of waiting in a queue
 * @param retryAfter the {@code Retry-After} sent with a {@code 503}, rounded up to whole seconds
 * @param stopGrace how long a stopping binding lets requests in progress finish
 * @param discardBytes after answering a request before reading its body (a {@code 413}, a {@code
 *     503}), how many of the body's bytes the binding still reads and throws away, so that a client
 *     that is still sending receives the answer instead of a reset connection
 * @param discardTime how long the binding keeps discarding such a body before closing the
 *     connection
 */
public record BindingOptions(
    long maxRequestBytes,
    Duration readTimeout,
    Duration writeTimeout,
    int maxInFlight,
    Duration retryAfter,
    Duration stopGrace,
    long discardBytes,
    Duration discardTime) {

  /** The default body limit: 2 MiB, as {@link ServerOptions#defaults()}. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 2 * 1024 * 1024;

  /**
   * Checks the values; prefer {@link #builder()}, whose defaults fill what is not set.
   *
   * @param maxRequestBytes 0 to 2 GiB - 8
   * @param readTimeout a positive duration
   * @param writeTimeout a positive duration
   * @param maxInFlight at least 1
   * @param retryAfter not negative
   * @param stopGrace not negative
   * @param discardBytes not negative
   * @param discardTime not negative
   * @throws IllegalArgumentException when a value is out of range
   * @throws NullPointerException when a duration is null
   */
  public BindingOptions {
    if (maxRequestBytes < 0 || maxRequestBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxRequestBytes must be between 0 and 2 GiB");
    }
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("maxInFlight must be at least 1");
    }
    requirePositive(readTimeout, "readTimeout");
    requirePositive(writeTimeout, "writeTimeout");
    Objects.requireNonNull(retryAfter, "retryAfter");
    Objects.requireNonNull(stopGrace, "stopGrace");
    if (retryAfter.isNegative() || stopGrace.isNegative()) {
      throw new IllegalArgumentException("retryAfter and stopGrace must not be negative");
    }
    if (discardBytes < 0) {
      throw new IllegalArgumentException("discardBytes must not be negative");
    }
    Objects.requireNonNull(discardTime, "discardTime");
    if (discardTime.isNegative()) {
      throw new IllegalArgumentException("discardTime must not be negative");
    }
  }

  /**
   * The defaults: 2 MiB bodies, 30 s read and write timeouts, 64 requests in flight, {@code
   * Retry-After: 1}, 5 s to stop, up to 64 MiB or 5 s of a refused body discarded.
   *
   * @return new default options
   */
  public static BindingOptions defaults() {
    return builder().build();
  }

  /**
   * The transport limits of a server's {@link ServerOptions}: body size, requests in flight, read
   * timeout (also used for writes) and {@code Retry-After}; the other values are the defaults.
   *
   * @param server the server's options; not null
   * @return new options
   */
  public static BindingOptions from(ServerOptions server) {
    return builder()
        .maxRequestBytes(server.maxRequestBytes())
        .maxInFlight(server.maxRequestsInFlight())
        .readTimeout(server.readTimeout())
        .writeTimeout(server.readTimeout())
        .retryAfter(server.retryAfter())
        .build();
  }

  /**
   * The limits a binding uses when given none: those of the {@link ScimServer}'s options, or the
   * {@link #defaults()} for any other handler.
   *
   * @param handler the handler the binding serves; not null
   * @return new options
   */
  public static BindingOptions forHandler(ScimHandler handler) {
    return handler instanceof ScimServer server ? from(server.options()) : defaults();
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
    return new Builder()
        .maxRequestBytes(maxRequestBytes)
        .readTimeout(readTimeout)
        .writeTimeout(writeTimeout)
        .maxInFlight(maxInFlight)
        .retryAfter(retryAfter)
        .stopGrace(stopGrace)
        .discardBytes(discardBytes)
        .discardTime(discardTime);
  }

  /**
   * {@link #retryAfter()} in whole seconds, rounded up, as sent in the header.
   *
   * @return the seconds, 0 or more
   */
  public long retryAfterSeconds() {
    long seconds = retryAfter.getSeconds();
    return retryAfter.getNano() > 0 ? seconds + 1 : seconds;
  }

  private static void requirePositive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }

  /** Builds {@link BindingOptions}; every setter has a default. */
  public static final class Builder {
    private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private int maxInFlight = 64;
    private Duration retryAfter = Duration.ofSeconds(1);
    private Duration stopGrace = Duration.ofSeconds(5);
    private long discardBytes = 64L * 1024 * 1024;
    private Duration discardTime = Duration.ofSeconds(5);

    private Builder() {}

    /**
     * The largest request body accepted, in bytes (default 2 MiB).
     *
     * @param bytes 0 to 2 GiB - 8 (checked by {@link #build()})
     * @return this builder
     */
    public Builder maxRequestBytes(long bytes) {
      this.maxRequestBytes = bytes;
      return this;
    }

    /**
     * How long to wait for a request's headers and body (default 30 s).
     *
     * @param timeout a positive duration (checked by {@link #build()})
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    /**
     * How long to wait for a client to take the response (default 30 s).
     *
     * @param timeout a positive duration (checked by {@link #build()})
     * @return this builder
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = timeout;
      return this;
    }

    /**
     * How many requests are handled at once before answering 503 (default 64).
     *
     * @param requests at least 1 (checked by {@link #build()})
     * @return this builder
     */
    public Builder maxInFlight(int requests) {
      this.maxInFlight = requests;
      return this;
    }

    /**
     * The {@code Retry-After} sent with a 503 (default 1 s).
     *
     * @param delay not negative; sent rounded up to whole seconds (checked by {@link #build()})
     * @return this builder
     */
    public Builder retryAfter(Duration delay) {
      this.retryAfter = delay;
      return this;
    }

    /**
     * How long a stopping binding lets requests in progress finish (default 5 s).
     *
     * @param grace not negative (checked by {@link #build()})
     * @return this builder
     */
    public Builder stopGrace(Duration grace) {
      this.stopGrace = grace;
      return this;
    }

    /**
     * How many bytes of a body the binding refused (413, 503) it still reads and discards after
     * answering, so that the client sees the answer (default 64 MiB; 0 closes at once).
     *
     * @param bytes not negative; 0 closes at once (checked by {@link #build()})
     * @return this builder
     */
    public Builder discardBytes(long bytes) {
      this.discardBytes = bytes;
      return this;
    }

    /**
     * How long the binding discards a refused body before closing (default 5 s).
     *
     * @param time not negative (checked by {@link #build()})
     * @return this builder
     */
    public Builder discardTime(Duration time) {
      this.discardTime = time;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return new immutable options; the builder stays usable
     * @throws IllegalArgumentException when a value is out of range
     */
    public BindingOptions build() {
      return new BindingOptions(
          maxRequestBytes,
          readTimeout,
          writeTimeout,
          maxInFlight,
          retryAfter,
          stopGrace,
          discardBytes,
          discardTime);
    }
  }
}
