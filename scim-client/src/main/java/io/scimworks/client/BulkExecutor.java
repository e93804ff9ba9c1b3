package io.scimworks.client;

import io.scimworks.client.internal.BaseUri;
import io.scimworks.client.internal.HttpCall;
import io.scimworks.client.internal.HttpResult;
import io.scimworks.core.ScimException;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.message.BulkOperation;
import io.scimworks.core.message.BulkOperationResult;
import io.scimworks.core.message.BulkRequest;
import io.scimworks.core.message.BulkResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends bulk operations in as many {@code /Bulk} requests as the service's limits require, in
 * order, resolving {@code bulkId} references across requests; or one by one when the service has no
 * bulk support.
 */
final class BulkExecutor {
  private static final String REF = "bulkId:";

  /** Bytes of the request envelope around the operations, with room to spare. */
  private static final int ENVELOPE = 128;

  private final Transport transport;
  private final ServiceCapabilities.Bulk limits;
  private final @Nullable Integer failOnErrors;

  private final List<BulkOperationResult> results = new ArrayList<>();
  private final Map<String, String> created = new HashMap<>();
  private int requests;
  private int errors;

  /**
   * Creates one for a single run.
   *
   * @param transport sends the requests
   * @param limits what the service advertises
   * @param failOnErrors stop after this many failures, or {@code null}
   */
  public BulkExecutor(
      Transport transport, ServiceCapabilities.Bulk limits, @Nullable Integer failOnErrors) {
    this.transport = transport;
    this.limits = limits;
    this.failOnErrors = failOnErrors;
  }

  /** Sends {@code ops}; completes with every result. */
  public CompletableFuture<BulkResult> run(List<BulkOperation> ops) {
    return step(ops, 0);
  }

  private CompletableFuture<BulkResult> step(List<BulkOperation> ops, int next) {
    if (next >= ops.size() || stopped()) {
      return CompletableFuture.completedFuture(
          new BulkResult(results, created, requests, ops.size() - next));
    }
    if (!limits.supported()) {
      BulkOperation op = resolve(ops.get(next));
      requests++;
      return single(op)
          .thenCompose(
              result -> {
                record(op, result);
                return step(ops, next + 1);
              });
    }
    List<BulkOperation> chunk = chunk(ops, next);
    requests++;
    BulkRequest request = new BulkRequest(remainingErrors(), chunk);
    HttpCall call = HttpCall.of("POST", "/Bulk").body(Bodies.bytes(request.toJson()));
    return transport
        .send(call)
        .thenCompose(
            r -> {
              BulkResponse response;
              try {
                response = BulkResponse.fromJson(Bodies.object(r));
              } catch (UnexpectedResponseException e) {
                throw e;
              } catch (ScimException e) {
                throw Errors.unusableBody(r, "a body that is not a bulk response", e);
              }
              List<BulkOperationResult> answered = response.operations();
              for (int i = 0; i < answered.size(); i++) {
                record(i < chunk.size() ? chunk.get(i) : null, answered.get(i));
              }
              int sent = next + chunk.size();
              if (answered.size() < chunk.size()) {
                // The service stopped early (failOnErrors): the rest was not processed.
                return CompletableFuture.completedFuture(
                    new BulkResult(
                        results, created, requests, ops.size() - next - answered.size()));
              }
              return step(ops, sent);
            });
  }

  /** The operations from {@code from} that fit into one request, references resolved. */
  private List<BulkOperation> chunk(List<BulkOperation> ops, int from) {
    int maxOps = limits.maxOperations() > 0 ? limits.maxOperations() : Integer.MAX_VALUE;
    long maxBytes = limits.maxPayloadSize() > 0 ? limits.maxPayloadSize() : Long.MAX_VALUE;
    List<BulkOperation> chunk = new ArrayList<>();
    long bytes = ENVELOPE;
    for (int i = from; i < ops.size() && chunk.size() < maxOps; i++) {
      BulkOperation op = resolve(ops.get(i));
      long size = Bodies.bytes(op.toJson()).length + 1L;
      if (ENVELOPE + size > maxBytes) {
        throw ScimException.payloadTooLarge(
            "bulk operation "
                + (i + 1)
                + " ("
                + op.method()
                + " "
                + op.path()
                + ") is "
                + size
                + " bytes, more than the service's maxPayloadSize of "
                + maxBytes);
      }
      if (bytes + size > maxBytes) {
        break;
      }
      bytes += size;
      chunk.add(op);
    }
    return chunk;
  }

  private CompletableFuture<BulkOperationResult> single(BulkOperation op) {
    HttpCall call =
        HttpCall.of(op.method(), op.path())
            .header("If-Match", op.version() == null ? null : Bodies.etag(op.version()));
    if (op.data() != null) {
      call = call.body(Bodies.bytes(op.data()));
    }
    return transport
        .send(call)
        .handle(
            (r, e) -> {
              if (e != null) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                if (cause instanceof ScimException se) {
                  return BulkOperationResult.failure(op, se);
                }
                throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
              }
              ObjectNode body = Bodies.optionalObject(r).orElse(null);
              String location = location(r);
              if (location == null && !"POST".equals(op.method())) {
                location = r.uri().toString(); // the resource's own URI
              }
              return new BulkOperationResult(
                  op.method(),
                  op.bulkId(),
                  body == null ? null : Bodies.version(body),
                  location,
                  r.status(),
                  body);
            });
  }

  /**
   * The {@code Location} of a response when it names a resource of this service: same scheme, host
   * and port as the base URI and below its path. Anything else (another host, control characters,
   * not a URI) is ignored, so that a created id is never taken from where the service points
   * elsewhere.
   */
  private @Nullable String location(HttpResult r) {
    String value = r.header("Location");
    if (value == null || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return null;
    }
    URI base = transport.config().baseUri().uri();
    URI uri;
    try {
      uri = r.uri().resolve(new URI(value.trim()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
    String basePath = base.getRawPath() == null ? "" : base.getRawPath();
    basePath = basePath.endsWith("/") ? basePath : basePath + "/";
    boolean sameService =
        base.getScheme().equalsIgnoreCase(String.valueOf(uri.getScheme()))
            && base.getHost() != null
            && base.getHost().equalsIgnoreCase(String.valueOf(uri.getHost()))
            && base.getPort() == uri.getPort()
            && uri.getRawPath() != null
            && uri.getRawPath().startsWith(basePath);
    return sameService ? uri.toString() : null;
  }

  private void record(@Nullable BulkOperation op, BulkOperationResult result) {
    results.add(result);
    boolean ok = result.status() >= 200 && result.status() <= 299;
    if (!ok) {
      errors++;
      return;
    }
    String bulkId = result.bulkId() != null ? result.bulkId() : op == null ? null : op.bulkId();
    if (bulkId != null && "POST".equals(result.method())) {
      String id = createdId(result);
      if (id != null) {
        created.put(bulkId, id);
      }
    }
  }

  private static @Nullable String createdId(BulkOperationResult result) {
    if (result.response() instanceof ObjectNode body) {
      String id = Bodies.id(body);
      if (id != null) {
        return id;
      }
    }
    String location = result.location();
    if (location == null) {
      return null;
    }
    String trimmed =
        location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
    int slash = trimmed.lastIndexOf('/');
    return slash < 0
        ? null
        : java.net.URLDecoder.decode(
            trimmed.substring(slash + 1), java.nio.charset.StandardCharsets.UTF_8);
  }

  private boolean stopped() {
    return failOnErrors != null && errors >= failOnErrors;
  }

  private @Nullable Integer remainingErrors() {
    return failOnErrors == null ? null : failOnErrors - errors;
  }

  /** {@code op} with references to resources created by earlier requests replaced by ids. */
  private BulkOperation resolve(BulkOperation op) {
    if (created.isEmpty()) {
      return op;
    }
    String path = op.path();
    int at = path.indexOf(REF);
    if (at >= 0) {
      String id = created.get(path.substring(at + REF.length()));
      if (id != null) {
        path = path.substring(0, at) + BaseUri.encode(id);
      }
    }
    JsonNode data = op.data() == null ? null : replaceRefs(op.data());
    return new BulkOperation(op.method(), op.bulkId(), op.version(), path, data);
  }

  private JsonNode replaceRefs(JsonNode node) {
    if (node.isString()) {
      String s = node.stringValue();
      if (s.startsWith(REF)) {
        String id = created.get(s.substring(REF.length()));
        return id == null ? node : ScimJson.nodes().stringNode(id);
      }
      return node;
    }
    if (node instanceof ObjectNode o) {
      ObjectNode copy = ScimJson.object();
      o.properties().forEach(e -> copy.set(e.getKey(), replaceRefs(e.getValue())));
      return copy;
    }
    if (node instanceof ArrayNode a) {
      ArrayNode copy = ScimJson.array();
      a.forEach(e -> copy.add(replaceRefs(e)));
      return copy;
    }
    return node;
  }
}
