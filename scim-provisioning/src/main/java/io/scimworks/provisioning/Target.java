package io.scimworks.provisioning;

import io.scimworks.client.ResourceEndpoint;
import io.scimworks.client.ScimClient;
import io.scimworks.client.Search;
import io.scimworks.core.ScimException;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.patch.PatchOperation;
import io.scimworks.core.patch.PatchRequest;
import io.scimworks.filter.Filter;
import io.scimworks.filter.FilterParser;
import io.scimworks.filter.FilterPrinter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SCIM service as the engine sees it: match, create, patch, delete, each written in the wire
 * mode, each optionally recorded as an {@link Exchange}. In a dry run, writes are recorded but not
 * sent.
 */
final class Target {
  private final ResourceEndpoint<ObjectNode> users;
  private final ResourceEndpoint<ObjectNode> groups;
  private final WireMode mode;
  private final boolean dryRun;
  private final ProvisioningListener listener;
  private final AtomicLong writes = new AtomicLong();

  Target(ScimClient client, WireMode mode, boolean dryRun, ProvisioningListener listener) {
    this.listener = listener;
    this.users = client.resources("/Users", ObjectNode.class);
    this.groups = client.resources("/Groups", ObjectNode.class);
    this.mode = mode;
    this.dryRun = dryRun;
  }

  WireMode mode() {
    return mode;
  }

  boolean dryRun() {
    return dryRun;
  }

  /** Writes sent (or, in a dry run, that would have been sent) so far. */
  long writes() {
    return writes.get();
  }

  /**
   * The one resource whose {@code path} equals {@code value}.
   *
   * @throws io.scimworks.client.AmbiguousMatchException when several match
   */
  Optional<ObjectNode> find(ObjectKind kind, TargetPath path, JsonNode value, Recorder rec) {
    Filter filter = FilterParser.defaults().parseFilter(filterText(path, value));
    ResourceEndpoint<ObjectNode> ep = endpoint(kind);
    Search<ObjectNode> search = ep.search().filter(filter);
    String query = "?filter=" + FilterPrinter.print(filter);
    if (kind == ObjectKind.GROUP) {
      search = search.excludedAttributes("members");
      query = "?excludedAttributes=members&filter=" + FilterPrinter.print(filter);
    }
    try {
      Optional<ObjectNode> found = search.findOne();
      record(
          rec,
          new Exchange(
              "GET",
              ep.path() + query,
              null,
              200,
              found.map(ScimJson::write).orElse("{\"totalResults\":0}")));
      return found;
    } catch (ScimException e) {
      failed(rec, "GET", ep.path() + query, null, e);
      throw e;
    }
  }

  /** Creates a resource; returns its id. */
  String create(ObjectKind kind, ObjectNode body, Recorder rec) {
    ResourceEndpoint<ObjectNode> ep = endpoint(kind);
    String text = ScimJson.write(body);
    writes.incrementAndGet();
    if (dryRun) {
      String id = "dry-run-" + UUID.randomUUID();
      record(rec, new Exchange("POST", ep.path(), text, 0, null));
      return id;
    }
    try {
      // safe to repeat: the engine matched first, and a repeated create of a taken userName is a
      // 409
      ObjectNode created = await(ep.createAsync(body, true));
      record(rec, new Exchange("POST", ep.path(), text, 201, ScimJson.write(created)));
      JsonNode id = created.get("id");
      if (id == null || !id.isString() || id.stringValue().isEmpty()) {
        throw ScimException.badGateway(
            "the service answered the create without an id: " + ScimJson.write(created));
      }
      return id.stringValue();
    } catch (ScimException e) {
      failed(rec, "POST", ep.path(), text, e);
      throw e;
    }
  }

  /** Sends one PATCH of resource {@code id}. */
  void patch(ObjectKind kind, String id, List<PatchOperation> ops, Recorder rec) {
    if (ops.isEmpty()) {
      return;
    }
    ResourceEndpoint<ObjectNode> ep = endpoint(kind);
    String path = ep.path() + "/" + id;
    String text = ScimJson.write(body(ops));
    writes.incrementAndGet();
    if (dryRun) {
      record(rec, new Exchange("PATCH", path, text, 0, null));
      return;
    }
    try {
      Optional<ObjectNode> answer =
          ep.patch(id)
              .operations(ops)
              .capitalizedOps(mode.capitalizedOps())
              .retryable(true) // replaces, and adds or removes of given values: idempotent
              .execute();
      record(
          rec,
          new Exchange(
              "PATCH",
              path,
              text,
              answer.isPresent() ? 200 : 204,
              answer.map(ScimJson::write).orElse(null)));
    } catch (ScimException e) {
      failed(rec, "PATCH", path, text, e);
      throw e;
    }
  }

  /** Deletes resource {@code id}; one already gone counts as deleted. */
  void delete(ObjectKind kind, String id, Recorder rec) {
    ResourceEndpoint<ObjectNode> ep = endpoint(kind);
    String path = ep.path() + "/" + id;
    writes.incrementAndGet();
    if (dryRun) {
      record(rec, new Exchange("DELETE", path, null, 0, null));
      return;
    }
    try {
      ep.delete(id);
      record(rec, new Exchange("DELETE", path, null, 204, null));
    } catch (ScimException e) {
      failed(rec, "DELETE", path, null, e);
      if (e.status() != 404) {
        throw e;
      }
    }
  }

  private static <T> T await(java.util.concurrent.CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  private void record(Recorder rec, Exchange e) {
    rec.add(e);
    listener.exchange(e);
  }

  private void failed(
      Recorder rec, String method, String path, @Nullable String body, ScimException e) {
    record(
        rec,
        new Exchange(method, path, body, e.status() < 0 ? 0 : e.status(), Failures.describe(e)));
  }

  /** The body the PATCH carries in this mode, for logs and dry runs. */
  ObjectNode body(List<PatchOperation> ops) {
    ObjectNode json = PatchRequest.of(ops).toJson();
    if (mode.capitalizedOps()) {
      for (JsonNode op : json.path("Operations")) {
        String name = op.path("op").asString();
        ((ObjectNode) op).put("op", Character.toUpperCase(name.charAt(0)) + name.substring(1));
      }
    }
    return json;
  }

  private ResourceEndpoint<ObjectNode> endpoint(ObjectKind kind) {
    return kind == ObjectKind.USER ? users : groups;
  }

  static String filterText(TargetPath path, JsonNode value) {
    String literal = ScimJson.write(value);
    if (path.selectorAttribute() == null) {
      return path.text() + " eq " + literal;
    }
    return path.attribute()
        + "["
        + path.selectorAttribute()
        + " eq "
        + ScimJson.write(ScimJson.nodes().stringNode(path.selectorValue()))
        + " and "
        + path.sub()
        + " eq "
        + literal
        + "]";
  }

  /** Collects the exchanges of one object's processing, when someone wants them. */
  static final class Recorder {
    static final Recorder NONE = new Recorder(null);

    private final @Nullable List<Exchange> exchanges;

    Recorder(@Nullable List<Exchange> exchanges) {
      this.exchanges = exchanges;
    }

    void add(Exchange e) {
      if (exchanges != null) {
        exchanges.add(e);
      }
    }
  }
}
