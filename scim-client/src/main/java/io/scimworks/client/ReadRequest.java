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
 * Optional<User> changed = scim.users().read(id).executeIfChanged(u.meta().version());
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

  /** Returns only these attributes (and those always returned, such as {@code id}). */
  public ReadRequest<T> attributes(String... attributes) {
    return new ReadRequest<>(endpoint, call.query("attributes", join(attributes)));
  }

  /** Leaves these attributes out, e.g. a group's {@code members}. */
  public ReadRequest<T> excludedAttributes(String... attributes) {
    return new ReadRequest<>(endpoint, call.query("excludedAttributes", join(attributes)));
  }

  /** Reads the resource. */
  public T execute() {
    return Transport.await(executeAsync());
  }

  /** {@link #execute()} without waiting. */
  public CompletableFuture<T> executeAsync() {
    return endpoint
        .transport()
        .send(call)
        .thenApply(r -> endpoint.codec().fromJson(Bodies.object(r)));
  }

  /**
   * Reads the resource only if its version is no longer {@code version} ({@code If-None-Match}).
   *
   * @return the resource, or empty when the service answered 304 Not Modified
   */
  public Optional<T> executeIfChanged(String version) {
    return Transport.await(executeIfChangedAsync(version));
  }

  /** {@link #executeIfChanged} without waiting. */
  public CompletableFuture<Optional<T>> executeIfChangedAsync(String version) {
    return endpoint
        .transport()
        .send(call.header("If-None-Match", Bodies.etag(version)))
        .thenApply(
            r ->
                r.status() == 304
                    ? Optional.empty()
                    : Optional.of(endpoint.codec().fromJson(Bodies.object(r))));
  }

  static String join(String... attributes) {
    if (attributes.length == 0) {
      throw new IllegalArgumentException("name at least one attribute");
    }
    return String.join(",", List.of(attributes));
  }
}
