package io.scimworks.client;

import io.scimworks.core.message.BulkOperation;
import io.scimworks.core.patch.PatchOperation;
import io.scimworks.core.patch.PatchRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A bulk request (RFC 7644 §3.7) built operation by operation. Operations may refer to resources
 * created earlier in the same bulk with {@link #ref(String)}, e.g. a new user as a member of a new
 * group.
 *
 * <pre>{@code
 * BulkBuilder bulk = scim.bulk();
 * String alice = bulk.create(scim.users(), User.builder().userName("alice").build());
 * bulk.create(scim.groups(),
 *     Group.builder().displayName("Ops").members(List.of(Member.of(BulkBuilder.ref(alice)))).build());
 * BulkResult result = bulk.execute();
 * String aliceId = result.createdId(alice).orElseThrow();
 * }</pre>
 *
 * <p>The request is split into as many {@code /Bulk} requests as the service's advertised {@code
 * maxOperations} and {@code maxPayloadSize} require, in order; {@code bulkId} references to
 * resources created by an earlier request are replaced by their ids. When the service does not
 * support bulk at all, the operations are sent one by one. Not thread-safe.
 */
public final class BulkBuilder {
  private final ScimClient client;
  private final List<BulkOperation> operations = new ArrayList<>();
  private @Nullable Integer failOnErrors;
  private int generatedIds;

  BulkBuilder(ScimClient client) {
    this.client = client;
  }

  /**
   * The value that refers to the resource created by the operation with {@code bulkId}, e.g. as a
   * group member's {@code value}; the service replaces it with the new resource's id.
   *
   * @param bulkId the {@code bulkId} of a create in the same bulk
   * @return {@code bulkId:<bulkId>}
   */
  public static String ref(String bulkId) {
    return "bulkId:" + bulkId;
  }

  /**
   * Adds the creation of {@code resource} at {@code endpoint}, with a generated {@code bulkId}.
   *
   * @param <T> the endpoint's resource type
   * @param endpoint where the resource lives, e.g. {@code scim.users()}
   * @param resource the resource to create
   * @return the {@code bulkId}, for {@link #ref(String)} and {@link BulkResult#createdId(String)}
   */
  public <T> String create(ResourceEndpoint<T> endpoint, T resource) {
    String bulkId = "b" + ++generatedIds;
    create(endpoint, bulkId, resource);
    return bulkId;
  }

  /**
   * Adds the creation of {@code resource} at {@code endpoint} with the given {@code bulkId}.
   *
   * @param <T> the endpoint's resource type
   * @param endpoint where the resource lives, e.g. {@code scim.users()}
   * @param bulkId an id unique within this bulk, for {@link #ref(String)} and {@link
   *     BulkResult#createdId(String)}
   * @param resource the resource to create
   * @return this bulk
   */
  public <T> BulkBuilder create(ResourceEndpoint<T> endpoint, String bulkId, T resource) {
    Objects.requireNonNull(bulkId, "bulkId");
    return operation(
        new BulkOperation(
            "POST", bulkId, null, endpoint.path(), endpoint.codec().toJson(resource)));
  }

  /**
   * Adds the replacement of resource {@code id} by {@code resource}, if {@code ifMatch} is not
   * {@code null} only when its version still is {@code ifMatch}.
   *
   * @param <T> the endpoint's resource type
   * @param endpoint where the resource lives, e.g. {@code scim.users()}
   * @param id the resource's id
   * @param resource the complete new state
   * @param ifMatch the version it must still have, or {@code null} to replace whatever is stored
   * @return this bulk
   * @throws IllegalArgumentException if {@code id} is empty
   */
  public <T> BulkBuilder replace(
      ResourceEndpoint<T> endpoint, String id, T resource, @Nullable String ifMatch) {
    return operation(
        new BulkOperation(
            "PUT", null, ifMatch, endpoint.resourcePath(id), endpoint.codec().toJson(resource)));
  }

  /**
   * Adds a PATCH of resource {@code id}; {@code id} may be a {@link #ref(String)} to a resource
   * created earlier in this bulk.
   *
   * @param endpoint where the resource lives, e.g. {@code scim.users()}
   * @param id the resource's id, or {@code bulkId:<bulkId>}
   * @param patch the operations, e.g. from {@link PatchDiff#between}
   * @param ifMatch the version it must still have, or {@code null}
   * @return this bulk
   * @throws IllegalArgumentException if {@code id} is empty
   */
  public BulkBuilder patch(
      ResourceEndpoint<?> endpoint,
      String id,
      List<PatchOperation> patch,
      @Nullable String ifMatch) {
    JsonNode body = PatchRequest.of(patch).toJson();
    return operation(new BulkOperation("PATCH", null, ifMatch, refPath(endpoint, id), body));
  }

  /**
   * Adds the deletion of resource {@code id}.
   *
   * @param endpoint where the resource lives, e.g. {@code scim.users()}
   * @param id the resource's id, or {@code bulkId:<bulkId>}
   * @param ifMatch the version it must still have, or {@code null}
   * @return this bulk
   * @throws IllegalArgumentException if {@code id} is empty
   */
  public BulkBuilder delete(ResourceEndpoint<?> endpoint, String id, @Nullable String ifMatch) {
    return operation(new BulkOperation("DELETE", null, ifMatch, refPath(endpoint, id), null));
  }

  /**
   * Adds a ready-made operation.
   *
   * @param operation the operation, sent as it is
   * @return this bulk
   */
  public BulkBuilder operation(BulkOperation operation) {
    operations.add(operation);
    return this;
  }

  /**
   * Stops after {@code errors} failed operations (the service's {@code failOnErrors}); by default
   * the service goes on whatever fails.
   *
   * @param errors at least 1
   * @return this bulk
   * @throws IllegalArgumentException if {@code errors} is less than 1
   */
  public BulkBuilder failOnErrors(int errors) {
    if (errors < 1) {
      throw new IllegalArgumentException("failOnErrors must be at least 1: " + errors);
    }
    this.failOnErrors = errors;
    return this;
  }

  /** {@return a copy of the operations so far, in the order they will be sent} */
  public List<BulkOperation> operations() {
    return List.copyOf(operations);
  }

  /**
   * Sends the operations.
   *
   * @return each operation's outcome and the ids of the created resources
   * @throws io.scimworks.core.ScimException when a whole request fails (an operation failing is
   *     reported in the result instead), or 413 when one operation alone exceeds the service's
   *     {@code maxPayloadSize}
   */
  public BulkResult execute() {
    return Transport.await(executeAsync());
  }

  /**
   * {@link #execute()} without waiting.
   *
   * @return the result, or a failure with the {@link io.scimworks.core.ScimException}
   */
  public CompletableFuture<BulkResult> executeAsync() {
    List<BulkOperation> ops = List.copyOf(operations);
    Integer limit = failOnErrors;
    return client
        .discovery()
        .capabilitiesAsync()
        .thenCompose(caps -> new BulkExecutor(client.transport(), caps.bulk(), limit).run(ops));
  }

  private static String refPath(ResourceEndpoint<?> endpoint, String id) {
    return id.startsWith("bulkId:") ? endpoint.path() + "/" + id : endpoint.resourcePath(id);
  }
}
