package io.scimworks.client;

import io.scimworks.client.internal.Transport;
import io.scimworks.client.internal.TransportConfig;
import java.net.URI;

/**
 * A client for one SCIM 2.0 service (RFC 7644). Thread-safe: build one per service and share it.
 *
 * <pre>{@code
 * ScimClient scim = ScimClient.builder()
 *     .baseUri("https://app.example.com/scim/v2")
 *     .bearerToken(secret)
 *     .build();
 * }</pre>
 *
 * <p>Every failure is a {@link io.scimworks.core.ScimException}: the service's error with its
 * status, {@code scimType} and detail; an {@link UnexpectedResponseException} when the answer is
 * not SCIM (an HTML page from a proxy, an empty 502, truncated JSON); a {@link
 * ScimTransportException} when no answer came. Requests that are safe to repeat are retried as the
 * {@link RetryPolicy} says.
 */
public final class ScimClient {
  private final Transport transport;

  ScimClient(TransportConfig config) {
    this.transport = new Transport(config);
  }

  /** Starts configuring a client. */
  public static ScimClientBuilder builder() {
    return new ScimClientBuilder();
  }

  /** The service's base URI as configured. */
  public URI baseUri() {
    return transport.config().baseUri().uri();
  }

  Transport transport() {
    return transport;
  }
}
