package io.scimworks.client;

import io.scimworks.client.internal.HttpCall;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A {@code GET} of one resource, with the options RFC 7644 §3.4.1 and §3.14 allow. Immutable: each
 * option returns a new request.
 *
 * <pre>{@code
 * User u = scim.users().read(id).attributes("userName", "active").execute();
 * String version = u.meta().map(Meta::version).orElseThrow();   // W/"3"
 * Optional<User> changed = scim.users().read(id).executeIfChanged(version);
 * }</pre>
 *
 * @param <T> the resource type
 */
public final class ReadRequest<T> {
  private final ResourceEndpoint<T> endpoint;
  private final HttpCall call;

  ReadRequest(ResourceEndpoint<T> endpoint, String path) {
    this(endpoint, HttpCall.of("GET", path));
  }

  private ReadRequest(ResourceEndpoint<T> endpoint, HttpCall call) {
    this.endpoint = endpoint;
    this.call = call;
  }

  /**
   * Returns only these attributes (and those always returned, such as {@code id}).
   *
   * @param attributes attribute paths, at least one, e.g. {@code userName}, {@code emails.value}
   * @return a new request with this setting; this one is unchanged
   * @throws IllegalArgumentException if no attribute is named
   */
  public ReadRequest<T> attributes(String... attributes) {
    return new ReadRequest<>(endpoint, call.query("attributes", join(attributes)));
  }

  /**
   * Leaves these attributes out, e.g. a group's {@code members}.
   *
   * @param attributes attribute paths, at least one
   * @return a new request with this setting; this one is unchanged
   * @throws IllegalArgumentException if no attribute is named
   */
  public ReadRequest<T> excludedAttributes(String... attributes) {
    return new ReadRequest<>(endpoint, call.query("excludedAttributes", join(attributes)));
  }

  /**
   * Reads the resource.
   *
   * @return the resource, projected as asked
   * @throws io.scimworks.core.ScimException 404 when there is none, or the service's other error
   */
  public T execute() {
    return Transport.await(executeAsync());
  }

  /**
   * {@link #execute()} without waiting.
   *
   * @return the resource, or a failure with the {@link io.scimworks.core.ScimException}
   */
  public CompletableFuture<T> executeAsync() {
    return endpoint.transport().send(call).thenApply(r -> Bodies.resource(r, endpoint.codec()));
  }

  /**
   * Reads the resource only if its version is no longer {@code version} ({@code If-None-Match}).
   *
   * @param version the version held, as in {@code meta.version}
   * @return the resource, or empty when the service answered 304 Not Modified
   */
  public Optional<T> executeIfChanged(String version) {
    return Transport.await(executeIfChangedAsync(version));
  }

  /**
   * {@link #executeIfChanged} without waiting.
   *
   * @param version the version held, as in {@code meta.version}
   * @return the resource or empty, or a failure with the {@link io.scimworks.core.ScimException}
   */
  public CompletableFuture<Optional<T>> executeIfChangedAsync(String version) {
    return endpoint
        .transport()
        .send(call.header("If-None-Match", Bodies.etag(version)))
        .thenApply(
            r ->
                r.status() == 304
                    ? Optional.empty()
                    : Optional.of(Bodies.resource(r, endpoint.codec())));
  }

  static String join(String... attributes) {
    if (attributes.length == 0) {
      throw new IllegalArgumentException("name at least one attribute");
    }
    return String.join(",", List.of(attributes));
  }
}
