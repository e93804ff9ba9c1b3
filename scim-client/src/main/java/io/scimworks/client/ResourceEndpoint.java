package io.scimworks.client;

import io.scimworks.client.internal.BaseUri;
import io.scimworks.client.internal.HttpCall;
import io.scimworks.client.internal.ResourceCodec;
import io.scimworks.core.ScimException;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.CompareOperator;
import io.scimworks.filter.CompareValue;
import io.scimworks.filter.Filter;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The operations on one resource endpoint, e.g. {@code /Users}: create, get, replace, patch,
 * delete, search. Get one from {@link ScimClient#users()}, {@link ScimClient#groups()} or {@link
 * ScimClient#resources(String, Class)}. Thread-safe.
 *
 * <pre>{@code
 * ResourceEndpoint<User> users = scim.users();
 * User alice = users.create(User.builder().userName("alice@contoso.com").build());
 * users.patch(alice.id()).replace("active", false).execute();
 * Optional<User> bob = users.findOne("userName", "bob@contoso.com");
 * users.delete(alice.id());
 * }</pre>
 *
 * <p>Methods whose name ends in {@code Async} return at once with a {@link CompletableFuture}; the
 * others wait. Failures are {@link ScimException}s (see {@link ScimClient}).
 *
 * @param <T> the resource type
 */
public final class ResourceEndpoint<T> {
  private final ScimClient client;
  private final String path;
  private final ResourceCodec<T> codec;

  ResourceEndpoint(ScimClient client, String path, ResourceCodec<T> codec) {
    this.client = client;
    this.path = normalize(path);
    this.codec = codec;
  }

  /** {@return the endpoint path below the base URI, e.g. {@code /Users}} */
  public String path() {
    return path;
  }

  /**
   * Creates a resource ({@code POST}); the service assigns its {@code id}. Not retried (a repeated
   * create could make two); see {@link #createAsync(Object, boolean)}.
   *
   * @param resource the resource to create; an {@code id} in it is ignored by the service
   * @return the resource as the service stored it
   * @throws ScimException e.g. 409 {@code uniqueness} when the {@code userName} is taken
   */
  public T create(T resource) {
    return Transport.await(createAsync(resource, false));
  }

  /**
   * {@link #create} without waiting.
   *
   * @param resource the resource to create
   * @return the resource as the service stored it, or a failure with the {@link ScimException}
   */
  public CompletableFuture<T> createAsync(T resource) {
    return createAsync(resource, false);
  }

  /**
   * Creates a resource, optionally retrying the {@code POST} on 429, 503 and connection failures.
   * Only mark it retryable when a duplicate is impossible, e.g. the service rejects a second
   * resource with the same {@code userName} (then a 409 after a retry means the first attempt
   * succeeded).
   *
   * @param resource the resource to create
   * @param retryable whether the {@code POST} may be repeated on 429, 503 and dropped connections
   * @return the resource as the service stored it, or a failure with the {@link ScimException}
   */
  public CompletableFuture<T> createAsync(T resource, boolean retryable) {
    HttpCall call =
        HttpCall.of("POST", path).body(Bodies.bytes(codec.toJson(resource))).retryable(retryable);
    return transport().send(call).thenApply(r -> Bodies.resource(r, codec));
  }

  /**
   * Reads a resource by {@code id} ({@code GET}).
   *
   * @param id the resource's id, encoded into the URL here
   * @return the resource
   * @throws IllegalArgumentException if {@code id} is empty
   * @throws ScimException 404 when there is none
   */
  public T get(String id) {
    return read(id).execute();
  }

  /**
   * {@link #get} without waiting.
   *
   * @param id the resource's id
   * @return the resource, or a failure with the {@link ScimException} (404 when there is none)
   * @throws IllegalArgumentException if {@code id} is empty
   */
  public CompletableFuture<T> getAsync(String id) {
    return read(id).executeAsync();
  }

  /**
   * Starts a read with options: {@code attributes}, {@code excludedAttributes}, a conditional
   * {@code If-None-Match}.
   *
   * <pre>{@code
   * Group g = scim.groups().read(id).excludedAttributes("members").execute();
   * }</pre>
   *
   * @param id the resource's id
   * @return a request to configure and execute
   * @throws IllegalArgumentException if {@code id} is empty
   */
  public ReadRequest<T> read(String id) {
    return new ReadRequest<>(this, resourcePath(id));
  }

  /**
   * Replaces a resource ({@code PUT}) with {@code resource}, whose {@code id} names it.
   *
   * @param resource the complete new state; attributes left out are cleared by the service
   * @return the resource as the service stored it
   * @throws IllegalArgumentException if {@code resource} has no {@code id}
   * @throws ScimException e.g. 404 when there is no such resource, 409 on a taken unique value
   */
  public T replace(T resource) {
    return Transport.await(replaceAsync(resource));
  }

  /**
   * {@link #replace} without waiting.
   *
   * @param resource the complete new state, with its {@code id}
   * @return the resource as the service stored it, or a failure with the {@link ScimException}
   * @throws IllegalArgumentException if {@code resource} has no {@code id}
   */
  public CompletableFuture<T> replaceAsync(T resource) {
    ObjectNode json = codec.toJson(resource);
    return replaceAsync(requireId(json), json, null);
  }

  /**
   * Replaces a resource only if it has not changed since it was read: sends {@code If-Match} with
   * its {@code meta.version}, so that a concurrent change makes this fail with 412 instead of being
   * overwritten.
   *
   * @param resource the complete new state, with the {@code id} and {@code meta.version} it was
   *     read with
   * @return the resource as the service stored it
   * @throws IllegalArgumentException if {@code resource} has no {@code id} or no {@code
   *     meta.version}
   * @throws ScimException 412 when the resource has changed in the meantime
   */
  public T replaceIfUnchanged(T resource) {
    ObjectNode json = codec.toJson(resource);
    String version = Bodies.version(json);
    if (version == null) {
      throw new IllegalArgumentException("the resource has no meta.version to match");
    }
    return Transport.await(replaceAsync(requireId(json), json, version));
  }

  /**
   * Replaces resource {@code id} with {@code resource} only if its version still is {@code
   * ifMatch}; otherwise the future fails with a 412 {@link ScimException}.
   *
   * @param id the resource's id
   * @param resource the complete new state
   * @param ifMatch the version it must still have, as in {@code meta.version}
   * @return the resource as the service stored it, or a failure with the {@link ScimException}
   * @throws IllegalArgumentException if {@code id} is empty
   */
  public CompletableFuture<T> replaceAsync(String id, T resource, String ifMatch) {
    return replaceAsync(id, codec.toJson(resource), Objects.requireNonNull(ifMatch));
  }

  private CompletableFuture<T> replaceAsync(String id, ObjectNode json, @Nullable String ifMatch) {
    HttpCall call =
        HttpCall.of("PUT", resourcePath(id))
            .header("If-Match", ifMatch == null ? null : Bodies.etag(ifMatch))
            .body(Bodies.bytes(json));
    return transport().send(call).thenApply(r -> Bodies.resource(r, codec));
  }

  /**
   * Starts a PATCH of resource {@code id}.
   *
   * <pre>{@code
   * scim.users().patch(id).replace("active", false).execute();
   * }</pre>
   *
   * @param id the resource's id
   * @return a PATCH to add operations to and execute
   * @throws IllegalArgumentException if {@code id} is empty
   */
  public PatchBuilder<T> patch(String id) {
    resourcePath(id);
    return new PatchBuilder<>(this, id);
  }

  /**
   * Starts a PATCH of {@code before} (named by its {@code id}) with the operations that turn it
   * into {@code after}, guarded by {@code before}'s {@code meta.version} when it has one; see
   * {@link PatchDiff#between}. For a group, membership changes member by member, split over several
   * requests when large.
   *
   * <pre>{@code
   * Group before = scim.groups().get(id);
   * Group after = before.toBuilder().members(wanted).build();
   * scim.groups().changes(before, after).execute();   // add/remove members, never replace all
   * }</pre>
   *
   * @param before the resource as read from the service, with its {@code id}
   * @param after the state wanted
   * @return a PATCH holding the operations, empty when nothing changed; execute it to send
   * @throws IllegalArgumentException if {@code before} has no {@code id}
   */
  public PatchBuilder<T> changes(T before, T after) {
    return patch(requireId(codec.toJson(before))).changes(before, after);
  }

  /**
   * Deletes a resource ({@code DELETE}).
   *
   * @param id the resource's id
   * @throws IllegalArgumentException if {@code id} is empty
   * @throws ScimException 404 when there is none
   */
  public void delete(String id) {
    Transport.await(deleteAsync(id, null));
  }

  /**
   * Deletes a resource only if its version still is {@code ifMatch}.
   *
   * @param id the resource's id
   * @param ifMatch the version it must still have, as in {@code meta.version}
   * @throws IllegalArgumentException if {@code id} is empty
   * @throws ScimException 412 when it has changed
   */
  public void delete(String id, String ifMatch) {
    Transport.await(deleteAsync(id, Objects.requireNonNull(ifMatch)));
  }

  /**
   * {@link #delete(String)} without waiting.
   *
   * @param id the resource's id
   * @return completes when the service confirmed, or fails with the {@link ScimException}
   * @throws IllegalArgumentException if {@code id} is empty
   */
  public CompletableFuture<Void> deleteAsync(String id) {
    return deleteAsync(id, null);
  }

  private CompletableFuture<Void> deleteAsync(String id, @Nullable String ifMatch) {
    HttpCall call =
        HttpCall.of("DELETE", resourcePath(id))
            .header("If-Match", ifMatch == null ? null : Bodies.etag(ifMatch));
    return transport().send(call).thenApply(r -> null);
  }

  /**
   * Starts a search on this endpoint.
   *
   * <pre>{@code
   * scim.users().search().filter("active eq true").pageSize(100).stream().forEach(sync::apply);
   * }</pre>
   *
   * @return a search to configure; nothing is sent until its results are asked for
   */
  public Search<T> search() {
    return new Search<>(client, path, codec);
  }

  /**
   * The one resource whose {@code attribute} equals {@code value}, as identity providers match
   * ({@code GET /Users?filter=userName eq "..."}).
   *
   * @param attribute an attribute path such as {@code userName} or {@code externalId}
   * @param value the value it must equal (compared as the attribute's schema says, usually
   *     case-insensitively)
   * @return the match, or empty when there is none
   * @throws io.scimworks.filter.FilterException if {@code attribute} is not an attribute path
   * @throws AmbiguousMatchException when more than one resource matches
   */
  public Optional<T> findOne(String attribute, String value) {
    return findOne(
        new Filter.Compare(
            AttributePath.parse(attribute), CompareOperator.EQ, CompareValue.of(value)));
  }

  /**
   * The one resource matching {@code filter}.
   *
   * @param filter the filter, sent as the {@code filter} query parameter
   * @return the match, or empty when there is none
   * @throws AmbiguousMatchException when more than one resource matches
   */
  public Optional<T> findOne(Filter filter) {
    return search().filter(filter).findOne();
  }

  ScimClient client() {
    return client;
  }

  ResourceCodec<T> codec() {
    return codec;
  }

  Transport transport() {
    return client.transport();
  }

  String resourcePath(String id) {
    if (id.isEmpty()) {
      throw new IllegalArgumentException("id must not be empty");
    }
    return path + "/" + BaseUri.encode(id);
  }

  private static String requireId(ObjectNode json) {
    String id = Bodies.id(json);
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("the resource has no id");
    }
    return id;
  }

  private static String normalize(String path) {
    String p = path.startsWith("/") ? path : "/" + path;
    while (p.endsWith("/") && p.length() > 1) {
      p = p.substring(0, p.length() - 1);
    }
    if (p.length() < 2) {
      throw new IllegalArgumentException("endpoint path must name an endpoint: " + path);
    }
    return p;
  }
}
