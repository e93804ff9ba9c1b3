package io.scimworks.client;

import io.scimworks.client.internal.HttpCall;
import io.scimworks.client.internal.ResourceCodec;
import io.scimworks.core.ScimException;
import io.scimworks.core.patch.PatchEngine;
import io.scimworks.core.patch.PatchRequest;
import io.scimworks.core.patch.PatchResult;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * PATCH for services that do not support it: read the resource, apply the operations with the core
 * PATCH engine, and {@code PUT} the result, guarded by the version read when the service supports
 * ETags.
 */
final class PatchFallback {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.defaults();

  private PatchFallback() {}

  /**
   * Emulates a PATCH of the resource at {@code resourcePath}.
   *
   * @param transport sends the requests
   * @param endpoint the endpoint path, e.g. {@code /Users}, which names the resource type
   * @param resourcePath the resource path, e.g. {@code /Users/2819c223}
   * @param request the operations
   * @param ifMatch the version the caller expects, or {@code null}
   * @param etags whether the service supports ETags
   * @param codec reads the resource the service returns
   * @param <T> the resource type
   * @return the resource as replaced
   * @throws ScimException 501 when the client does not know the endpoint's schema, 412 when the
   *     resource's version is not {@code ifMatch}
   */
  public static <T> CompletableFuture<T> viaPut(
      Transport transport,
      String endpoint,
      String resourcePath,
      PatchRequest request,
      @Nullable String ifMatch,
      boolean etags,
      ResourceCodec<T> codec) {
    ResourceType type =
        REGISTRY
            .resourceTypeByEndpoint(endpoint)
            .orElseThrow(
                () ->
                    ScimException.notImplemented(
                        "the service does not support PATCH and the client cannot apply one to "
                            + endpoint
                            + " itself; use replace()"));
    PatchEngine engine = PatchEngine.of(REGISTRY, type);
    return transport
        .send(HttpCall.of("GET", resourcePath))
        .thenCompose(
            r -> {
              ObjectNode current = Bodies.object(r);
              String version = Bodies.version(current);
              if (ifMatch != null
                  && version != null
                  && !Bodies.etag(ifMatch).equals(Bodies.etag(version))) {
                throw ScimException.preconditionFailed(
                    resourcePath + " is at version " + version + ", not " + ifMatch);
              }
              PatchResult result = engine.apply(current, request);
              if (!result.changed()) {
                return CompletableFuture.completedFuture(Bodies.resource(r, current, codec));
              }
              String guard = etags ? (version != null ? version : ifMatch) : null;
              HttpCall put =
                  HttpCall.of("PUT", resourcePath)
                      .header("If-Match", guard == null ? null : Bodies.etag(guard))
                      .body(Bodies.bytes(result.resource()));
              return transport.send(put).thenApply(p -> Bodies.resource(p, codec));
            });
  }
}
