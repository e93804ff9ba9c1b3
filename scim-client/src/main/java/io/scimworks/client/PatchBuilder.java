package io.scimworks.client;

import io.scimworks.client.internal.HttpCall;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.patch.PatchOp;
import io.scimworks.core.patch.PatchOperation;
import io.scimworks.core.patch.PatchRequest;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.Filter;
import io.scimworks.filter.PatchPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A PATCH of one resource (RFC 7644 §3.5.2), built operation by operation. Not thread-safe; build
 * and execute it on one thread.
 *
 * <pre>{@code
 * scim.users().patch(id)
 *     .replace("active", false)
 *     .replace(PatchBuilder.path("emails", Filters.eq("type", "work"), "value"), "alice@contoso.com")
 *     .remove("nickName")
 *     .ifMatch(version)
 *     .execute();
 * scim.groups().patch(groupId).add("members", List.of(Map.of("value", userId))).execute();
 * scim.users().patch(id).changes(before, after).execute();   // the minimal PATCH between two versions
 * }</pre>
 *
 * <p>Values are strings, numbers, booleans, {@link Instant}s, Jackson {@link JsonNode}s, or lists
 * and maps of those. When the service does not support PATCH ({@code /ServiceProviderConfig}), the
 * client reads the resource, applies the operations itself and replaces it with {@code PUT},
 * guarded by {@code If-Match} when the service supports ETags.
 *
 * @param <T> the resource type
 */
public final class PatchBuilder<T> {
  private final ResourceEndpoint<T> endpoint;
  private final String id;
  private final List<PatchOperation> operations = new ArrayList<>();
  private @Nullable String ifMatch;
  private boolean retryable;
  private boolean capitalizedOps;

  PatchBuilder(ResourceEndpoint<T> endpoint, String id) {
    this.endpoint = endpoint;
    this.id = id;
  }

  /**
   * A value path such as {@code emails[type eq "work"].value}, built with the filter DSL.
   *
   * @param attribute the multi-valued attribute, e.g. {@code emails}
   * @param filter selects its elements, e.g. {@code Filters.eq("type", "work")}
   * @param subAttribute the sub-attribute of the selected elements, or {@code null} for the whole
   *     elements
   * @return the path, for {@link #add(PatchPath, Object)}, {@link #replace(PatchPath, Object)} or
   *     {@link #remove(PatchPath)}
   * @throws io.scimworks.filter.FilterException if {@code attribute} is not an attribute path
   */
  public static PatchPath path(String attribute, Filter filter, @Nullable String subAttribute) {
    return new PatchPath(AttributePath.parse(attribute), filter, subAttribute);
  }

  /**
   * Adds {@code value} at {@code path} (appends to a multi-valued attribute).
   *
   * @param path an attribute path such as {@code name.givenName} or {@code emails[type eq
   *     "work"].value}
   * @param value a string, number, boolean, {@link Instant}, {@link JsonNode}, or a list or map of
   *     those
   * @return this PATCH
   * @throws io.scimworks.core.ScimException 400 {@code invalidPath} if {@code path} does not parse
   */
  public PatchBuilder<T> add(String path, Object value) {
    return operation(PatchOperation.add(path, node(value)));
  }

  /**
   * Adds {@code value} at a value path.
   *
   * @param path a path made with {@link #path}
   * @param value a string, number, boolean, {@link Instant}, {@link JsonNode}, or a list or map of
   *     those
   * @return this PATCH
   */
  public PatchBuilder<T> add(PatchPath path, Object value) {
    return operation(new PatchOperation(PatchOp.ADD, path, node(value)));
  }

  /**
   * Replaces the value at {@code path}.
   *
   * @param path an attribute path such as {@code name.givenName} or {@code emails[type eq
   *     "work"].value}
   * @param value a string, number, boolean, {@link Instant}, {@link JsonNode}, or a list or map of
   *     those
   * @return this PATCH
   * @throws io.scimworks.core.ScimException 400 {@code invalidPath} if {@code path} does not parse
   */
  public PatchBuilder<T> replace(String path, Object value) {
    return operation(PatchOperation.replace(path, node(value)));
  }

  /**
   * Replaces the value at a value path.
   *
   * @param path a path made with {@link #path}
   * @param value a string, number, boolean, {@link Instant}, {@link JsonNode}, or a list or map of
   *     those
   * @return this PATCH
   */
  public PatchBuilder<T> replace(PatchPath path, Object value) {
    return operation(new PatchOperation(PatchOp.REPLACE, path, node(value)));
  }

  /**
   * Removes the value at {@code path}, e.g. {@code members[value eq "2819c223"]}.
   *
   * @param path an attribute path such as {@code name.givenName} or {@code emails[type eq
   *     "work"].value}
   * @return this PATCH
   * @throws io.scimworks.core.ScimException 400 {@code invalidPath} if {@code path} does not parse
   */
  public PatchBuilder<T> remove(String path) {
    return operation(PatchOperation.remove(path));
  }

  /**
   * Removes the values at a value path.
   *
   * @param path a path made with {@link #path}
   * @return this PATCH
   */
  public PatchBuilder<T> remove(PatchPath path) {
    return operation(new PatchOperation(PatchOp.REMOVE, path, null));
  }

  /**
   * Appends a ready-made operation.
   *
   * @param operation the operation, sent as it is
   * @return this PATCH
   */
  public PatchBuilder<T> operation(PatchOperation operation) {
    operations.add(operation);
    return this;
  }

  /**
   * Appends ready-made operations, e.g. from {@link PatchDiff#members}.
   *
   * @param operations the operations, sent in this order
   * @return this PATCH
   */
  public PatchBuilder<T> operations(List<PatchOperation> operations) {
    this.operations.addAll(operations);
    return this;
  }

  /**
   * Appends the operations that turn {@code before} into {@code after} (see {@link
   * PatchDiff#between}); and, when {@code before} carries a {@code meta.version}, guards the PATCH
   * with it.
   *
   * @param before the resource as read from the service
   * @param after the state wanted
   * @return this PATCH
   */
  public PatchBuilder<T> changes(T before, T after) {
    ObjectNode b = endpoint.codec().toJson(before);
    operations(PatchDiff.between(b, endpoint.codec().toJson(after)));
    String version = Bodies.version(b);
    if (version != null && ifMatch == null) {
      ifMatch = version;
    }
    return this;
  }

  /**
   * Applies the PATCH only if the resource's version still is {@code version}; else the service
   * answers 412 and nothing changes.
   *
   * @param version the version read, as in {@code meta.version}
   * @return this PATCH
   */
  public PatchBuilder<T> ifMatch(String version) {
    this.ifMatch = version;
    return this;
  }

  /**
   * Marks the PATCH safe to repeat on 429, 503 and connection failures: true when applying it twice
   * gives the same result (e.g. only {@code replace} operations).
   *
   * @param retryable whether the PATCH may be sent again after a failure (default {@code false})
   * @return this PATCH
   */
  public PatchBuilder<T> retryable(boolean retryable) {
    this.retryable = retryable;
    return this;
  }

  /**
   * Writes the operation names capitalised ({@code Add}, {@code Replace}, {@code Remove}), as Entra
   * ID does in its default mode; off by default. Only for rehearsing what an identity provider
   * sends: RFC 7644 spells them in lower case and strict services refuse the others.
   *
   * @param capitalized {@code true} for {@code Add}, {@code Replace} and {@code Remove}
   * @return this PATCH
   */
  public PatchBuilder<T> capitalizedOps(boolean capitalized) {
    this.capitalizedOps = capitalized;
    return this;
  }

  /** {@return a copy of the operations so far, in the order they will be sent} */
  public List<PatchOperation> operations() {
    return List.copyOf(operations);
  }

  /**
   * Sends the PATCH.
   *
   * <p>When the operations exceed the service's limit ({@link
   * ScimClientBuilder#maxPatchOperations(int)}), they are sent as several PATCH requests in order,
   * an {@code add} of many values split across them; only the first carries {@code If-Match}. If a
   * later request fails, the earlier ones stay applied: read the resource again and diff anew.
   *
   * @return the resource as changed (by the last request), or empty when the service answered 204
   *     without it, or there was nothing to change (no operations: nothing is sent)
   * @throws io.scimworks.core.ScimException the service's error for the first request that failed
   */
  public Optional<T> execute() {
    return Transport.await(executeAsync());
  }

  /**
   * {@link #execute()} without waiting.
   *
   * @return the resource as changed, empty as {@link #execute()} says, or a failure with the
   *     service's {@link io.scimworks.core.ScimException}
   */
  public CompletableFuture<Optional<T>> executeAsync() {
    if (operations.isEmpty()) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    PatchRequest request = PatchRequest.of(List.copyOf(operations));
    String version = ifMatch;
    boolean repeatable = retryable;
    return endpoint
        .client()
        .discovery()
        .capabilitiesAsync()
        .thenCompose(
            caps ->
                caps.patch()
                    ? sendAll(
                        PatchSplitter.split(
                            request.operations(), endpoint.client().maxPatchOperations(caps)),
                        version,
                        repeatable)
                    : PatchFallback.viaPut(
                            endpoint.transport(),
                            endpoint.path(),
                            endpoint.resourcePath(id),
                            request,
                            version,
                            caps.etag(),
                            endpoint.codec())
                        .thenApply(Optional::of));
  }

  /**
   * Sends the requests one after another; only the first is guarded by {@code version}: the later
   * ones carry the rest of the same change, which the first request already checked the base of.
   */
  private CompletableFuture<Optional<T>> sendAll(
      List<List<PatchOperation>> requests, @Nullable String version, boolean repeatable) {
    CompletableFuture<Optional<T>> chain =
        send(PatchRequest.of(requests.get(0)), version, repeatable);
    for (List<PatchOperation> next : requests.subList(1, requests.size())) {
      chain = chain.thenCompose(previous -> send(PatchRequest.of(next), null, repeatable));
    }
    return chain;
  }

  private CompletableFuture<Optional<T>> send(
      PatchRequest request, @Nullable String version, boolean repeatable) {
    HttpCall call =
        HttpCall.of("PATCH", endpoint.resourcePath(id))
            .header("If-Match", version == null ? null : Bodies.etag(version))
            .body(Bodies.bytes(body(request)))
            .retryable(repeatable);
    return endpoint
        .transport()
        .send(call)
        .thenApply(
            r -> Bodies.optionalObject(r).map(json -> Bodies.resource(r, json, endpoint.codec())));
  }

  private ObjectNode body(PatchRequest request) {
    ObjectNode json = request.toJson();
    if (capitalizedOps) {
      for (JsonNode op : json.path("Operations")) {
        String name = op.path("op").asString();
        ((ObjectNode) op).put("op", Character.toUpperCase(name.charAt(0)) + name.substring(1));
      }
    }
    return json;
  }

  static JsonNode node(Object value) {
    if (value instanceof JsonNode n) {
      return n;
    }
    if (value instanceof Instant i) {
      return ScimJson.nodes().stringNode(i.toString());
    }
    return ScimJson.mapper().valueToTree(value);
  }
}
