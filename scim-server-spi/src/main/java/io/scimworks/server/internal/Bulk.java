package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.message.MessageSchemas;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.spi.AuditEvent;
import io.scimworks.server.spi.StoredResource;
import io.scimworks.server.spi.Transactions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /Bulk} (RFC 7644 §3.7): operations run in request order except that an operation
 * whose data or path refers to {@code bulkId:x} runs after the operation that creates {@code x},
 * however far ahead it stands and however deep the chain. A cycle of references is refused (409)
 * for every operation in it. {@code failOnErrors} stops after that many errors.
 *
 * <p>Each operation is atomic: a single repository write, or a delete and its group clean-up in one
 * unit when the repository offers {@link Transactions}. By default (RFC 7644 §3.7.3) operations
 * completed before the error limit stay done and are reported. With {@code atomic} transactions
 * (the server's {@code atomicBulk} option), a request with {@code failOnErrors} runs in one
 * transaction that is rolled back when the limit is reached; the operations that had succeeded are
 * then reported with status 424 (Failed Dependency, RFC 4918 §11.4), as they no longer hold.
 */
final class Bulk {

  private final ServerModel model;
  private final @Nullable Transactions atomic;

  Bulk(ServerModel model, @Nullable Transactions atomic) {
    this.model = model;
    this.atomic = atomic;
  }

  ScimResponse serve(Exchange ex) {
    ex.audit(AuditEvent.Operation.BULK, null, null);
    if (ex.request().body().length > model.options().maxBulkPayloadBytes()) {
      throw ScimException.payloadTooLarge(
          "The bulk request exceeds maxPayloadSize ("
              + model.options().maxBulkPayloadBytes()
              + ")");
    }
    ObjectNode body = Dispatcher.body(ex);
    MessageSchemas.require(body, ScimUrns.BULK_REQUEST);
    JsonNode ops = ScimJson.getIgnoreCase(body, "Operations");
    if (ops == null || !ops.isArray()) {
      throw ScimException.of(ScimType.INVALID_SYNTAX, "A bulk request needs an Operations array");
    }
    if (ops.size() > model.options().maxBulkOperations()) {
      throw ScimException.payloadTooLarge(
          "The bulk request has more than maxOperations ("
              + model.options().maxBulkOperations()
              + ") operations");
    }
    Integer f =
        ProtocolIntegers.fromJson(
            "failOnErrors", ScimJson.getIgnoreCase(body, "failOnErrors"), 0, Integer.MAX_VALUE);
    int failOnErrors = f == null ? 0 : f;
    List<Op> list = new ArrayList<>();
    Map<String, Op> byBulkId = new HashMap<>();
    for (JsonNode n : ops) {
      Op op = new Op(list.size(), n);
      list.add(op);
      if (op.bulkId != null && byBulkId.putIfAbsent(op.bulkId, op) != null) {
        throw ScimException.of(ScimType.INVALID_SYNTAX, "Duplicate bulkId '" + op.bulkId + "'");
      }
    }
    Run run = new Run(ex, byBulkId, failOnErrors);
    if (atomic != null && failOnErrors > 0) {
      try {
        ex.inTransaction(
            "Bulk",
            atomic,
            () -> {
              run.executeAll(list);
              if (run.stopped()) {
                throw new RolledBack();
              }
              return null;
            });
      } catch (RolledBack e) {
        run.markRolledBack(list);
      }
    } else {
      run.executeAll(list);
    }
    ObjectNode out = ScimJson.object();
    out.putArray("schemas").add(ScimUrns.BULK_RESPONSE);
    ArrayNode results = out.putArray("Operations");
    for (Op op : list) {
      if (op.result != null) {
        results.add(op.result);
      }
    }
    return Responses.json(200, out);
  }

  /** Unwinds the transaction of an all-or-nothing bulk request that reached its error limit. */
  private static final class RolledBack extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RolledBack() {
      super("bulk rolled back", null, false, false);
    }
  }

  /** A result's status, e.g. 201. */
  private static boolean succeeded(@Nullable ObjectNode result) {
    return result != null && result.path("status").asString().startsWith("2");
  }

  /** One operation of the request and, once run, its result. */
  private static final class Op {
    final int index;
    final String method;
    final String path;
    final @Nullable String bulkId;
    final @Nullable ObjectNode data;
    final @Nullable String version;
    int state; // 0 new, 1 waiting for what it refers to, 2 done
    @Nullable List<String> references;
    int nextReference;
    @Nullable String createdId;
    @Nullable ObjectNode result;

    Op(int index, JsonNode n) {
      this.index = index;
      if (!n.isObject()) {
        throw ScimException.of(ScimType.INVALID_SYNTAX, "Each bulk operation must be an object");
      }
      ObjectNode o = (ObjectNode) n;
      this.method = text(o, "method", index); // case-sensitive like HTTP methods (RFC 9110 §9.1)
      this.path = text(o, "path", index);
      String b = text(o, "bulkId", index);
      this.bulkId = b.isEmpty() ? null : b;
      this.data = data(o, index);
      String v = text(o, "version", index);
      this.version = v.isEmpty() ? null : v;
      if (method.isEmpty() || path.isEmpty()) {
        throw ScimException.of(
            ScimType.INVALID_SYNTAX, "Bulk operation " + (index + 1) + " needs method and path");
      }
      if (method.equals("POST") && bulkId == null) {
        throw ScimException.of(
            ScimType.INVALID_SYNTAX, "Bulk operation " + (index + 1) + ": POST needs a bulkId");
      }
    }

    /**
     * The {@code data} member, {@code null} when absent or null. Any other JSON type than an object
     * is refused: read as absent, a string {@code "bulkId:x"} still counted as a reference (a
     * circular one, 409, when {@code x} was the operation's own bulkId), and a DELETE ignored it.
     */
    private static @Nullable ObjectNode data(ObjectNode o, int index) {
      JsonNode v = ScimJson.getIgnoreCase(o, "data");
      if (v == null || v.isNull()) {
        return null;
      }
      if (!v.isObject()) {
        throw wrongType(index, "data", "an object", v);
      }
      return (ObjectNode) v;
    }

    /**
     * A member that is text by RFC 7644 §3.7; {@code ""} when absent or null. Any other JSON type
     * is refused: a {@code version} sent as a number, read as absent, made a conditional write
     * unconditional.
     */
    private static String text(ObjectNode o, String name, int index) {
      JsonNode v = ScimJson.getIgnoreCase(o, name);
      if (v == null || v.isNull()) {
        return "";
      }
      if (!v.isString()) {
        throw wrongType(index, name, "a string", v);
      }
      return v.stringValue();
    }

    /** 400 invalidSyntax: operation {@code index}'s member {@code name} is not of its JSON type. */
    private static ScimException wrongType(int index, String name, String expected, JsonNode v) {
      return ScimException.of(
          ScimType.INVALID_SYNTAX,
          "Bulk operation "
              + (index + 1)
              + ": '"
              + name
              + "' must be "
              + expected
              + ", not "
              + v.getNodeType().toString().toLowerCase(Locale.ROOT));
    }
  }

  /** What an operation's write did. */
  private record Done(@Nullable StoredResource resource, int status) {}

  /** The state of one bulk request's execution. */
  private final class Run {
    private final Exchange ex;
    private final Map<String, Op> byBulkId;
    private final int failOnErrors;
    private int errors;
    private @Nullable Op lastFailed;

    Run(Exchange ex, Map<String, Op> byBulkId, int failOnErrors) {
      this.ex = ex;
      this.byBulkId = byBulkId;
      this.failOnErrors = failOnErrors;
    }

    boolean stopped() {
      return failOnErrors > 0 && errors >= failOnErrors;
    }

    void executeAll(List<Op> ops) {
      for (Op op : ops) {
        if (stopped()) {
          break;
        }
        execute(op);
      }
    }

    /** Reports every operation that had succeeded as undone by the rollback. */
    void markRolledBack(List<Op> ops) {
      Op failed = lastFailed;
      String cause =
          failed == null
              ? "an operation"
              : "operation "
                  + (failed.index + 1)
                  + (failed.bulkId == null ? "" : " (bulkId '" + failed.bulkId + "')");
      ScimException undone =
          new ScimException(
              424,
              null,
              "Rolled back, not applied: "
                  + cause
                  + " failed and failOnErrors ("
                  + failOnErrors
                  + ") was reached, so no operation of this bulk request was applied");
      for (Op op : ops) {
        if (succeeded(op.result)) {
          op.result = failure(op, undone);
        }
      }
    }

    /**
     * Runs {@code root} after what it refers to; returns false when it failed. The operations it
     * waits for are kept on a stack of their own, not the thread's: a chain of references as long
     * as the request allows (each operation naming the next) is walked without recursion.
     */
    boolean execute(Op root) {
      if (root.state != 0) {
        return root.state == 2 && succeeded(root.result);
      }
      Deque<Op> waiting = new ArrayDeque<>();
      begin(root, waiting);
      while (!waiting.isEmpty()) {
        Op op = waiting.peek();
        Op first = null;
        try {
          first = nextDependency(op);
        } catch (ScimException e) {
          waiting.pop();
          failed(op, e);
          continue;
        }
        if (first != null) {
          begin(first, waiting);
        } else {
          waiting.pop();
          run(op);
        }
      }
      return succeeded(root.result);
    }

    /** Performs {@code op}, whose references all resolve, unless the error limit was reached. */
    private void run(Op op) {
      try {
        if (!stopped()) {
          op.result = perform(op);
        }
        op.state = 2;
      } catch (ScimException e) {
        failed(op, e);
      } catch (RuntimeException e) {
        failed(op, ScimException.internalError());
        System.getLogger(Bulk.class.getName())
            .log(System.Logger.Level.ERROR, "Bulk operation failed unexpectedly", e);
      }
    }

    private void begin(Op op, Deque<Op> waiting) {
      op.state = 1;
      op.references = BulkIds.references(op.path, op.data);
      op.nextReference = 0;
      waiting.push(op);
    }

    /**
     * The operation {@code op} must wait for (one that creates what it refers to and has not run),
     * or null when everything it refers to was created.
     *
     * @throws ScimException when a reference is unknown, circular, or its operation created nothing
     */
    private @Nullable Op nextDependency(Op op) {
      List<String> refs = op.references;
      while (refs != null && op.nextReference < refs.size()) {
        String ref = refs.get(op.nextReference);
        Op target = byBulkId.get(ref);
        if (target == null) {
          throw ScimException.of(ScimType.INVALID_VALUE, "Unknown bulkId '" + ref + "'");
        }
        if (target.state == 1) {
          throw ScimException.conflict("Circular bulkId reference through '" + ref + "'");
        }
        if (!stopped() && target.state == 0) {
          return target;
        }
        if (stopped() || !succeeded(target.result) || target.createdId == null) {
          throw ScimException.conflict(
              "Operation with bulkId '" + ref + "' did not create a resource");
        }
        op.nextReference++;
      }
      return null;
    }

    private void failed(Op op, ScimException e) {
      op.state = 2;
      op.result = failure(op, e);
      errors++;
      lastFailed = op;
    }

    private String resolve(String s) {
      return BulkIds.resolve(s, ref -> byBulkId.get(ref).createdId);
    }

    private ObjectNode perform(Op op) {
      List<String> segments = RequestPath.segments(resolve(op.path));
      TypeEndpoint endpoint = segments.isEmpty() ? null : model.bySegment(segments.get(0));
      if (endpoint == null || segments.size() > 2) {
        throw ScimException.notFound("No such endpoint: " + op.path);
      }
      ObjectNode data =
          op.data == null
              ? null
              : (ObjectNode) BulkIds.resolveAll(op.data, ref -> byBulkId.get(ref).createdId);
      String id = segments.size() == 2 ? segments.get(1) : null;
      Done done = write(op, endpoint, id, data);
      StoredResource s = done.resource();
      ObjectNode r = ScimJson.object();
      r.put("method", op.method);
      if (op.bulkId != null) {
        r.put("bulkId", op.bulkId);
      }
      if (s != null) {
        r.put("location", endpoint.location(ex, s.id()));
        r.put("version", ETags.of(s.version()));
      }
      r.put("status", Integer.toString(done.status()));
      return r;
    }

    /**
     * The write of one operation: one repository write (atomic on its own, a savepoint inside an
     * all-or-nothing request), or for a delete the delete and its group clean-up, which open a unit
     * of their own.
     */
    private Done write(
        Op op, TypeEndpoint endpoint, @Nullable String id, @Nullable ObjectNode data) {
      @Nullable StoredResource s;
      int status;
      switch (op.method) {
        case "POST":
          if (id != null) {
            throw new MethodNotAllowed("PUT, PATCH, DELETE");
          }
          s = endpoint.createResource(ex, requireData(data));
          op.createdId = s.id();
          status = 201;
          break;
        case "PUT":
          s = endpoint.replaceResource(ex, requireId(id), requireData(data), version(op));
          status = 200;
          break;
        case "PATCH":
          s = endpoint.patchResource(ex, requireId(id), requireData(data), version(op));
          status = 200;
          break;
        case "DELETE":
          endpoint.deleteResource(ex, requireId(id), version(op));
          s = null;
          status = 204;
          break;
        default:
          String upper = op.method.toUpperCase(Locale.ROOT);
          if (!upper.equals(op.method)
              && List.of("POST", "PUT", "PATCH", "DELETE").contains(upper)) {
            throw new ScimException(
                405,
                null,
                "Bulk operation methods are case-sensitive, as HTTP methods are: send \""
                    + upper
                    + "\", not \""
                    + op.method
                    + "\"");
          }
          throw new MethodNotAllowed("POST, PUT, PATCH, DELETE");
      }
      return new Done(s, status);
    }

    private @Nullable String version(Op op) {
      return op.version == null ? null : ETags.ifMatchValue(op.version);
    }

    private ObjectNode requireData(@Nullable ObjectNode data) {
      if (data == null) {
        throw ScimException.of(ScimType.INVALID_SYNTAX, "This operation needs data");
      }
      return data;
    }

    private String requireId(@Nullable String id) {
      if (id == null) {
        throw new MethodNotAllowed("POST");
      }
      return id;
    }

    private ObjectNode failure(Op op, ScimException e) {
      ObjectNode r = ScimJson.object();
      r.put("method", op.method);
      if (op.bulkId != null) {
        r.put("bulkId", op.bulkId);
      }
      r.put("status", Integer.toString(e.status()));
      r.set("response", Responses.errorBody(e));
      return r;
    }
  }
}
