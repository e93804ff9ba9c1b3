package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.query.Projection;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.spi.AuditEvent;
import io.scimworks.server.spi.Repository;
import io.scimworks.server.spi.RequestContext;
import io.scimworks.server.spi.ResourceChange;
import io.scimworks.server.spi.StoredResource;
import io.scimworks.server.spi.Transactions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Serves one resource type: {@code /Users}, {@code /Users/{id}}, {@code /Users/.search}. */
public final class TypeEndpoint {
  /** Attempts at a read-modify-write before giving up under heavy contention. */
  private static final int MAX_ATTEMPTS = 64;

  private final ResourceTypeDef def;
  private final ServerModel model;
  private final TypeModel typeModel;
  private final Lister lister;
  private final Patching patching;
  private final Projection defaultProjection;
  private final ArrayNode defaultSchemas;
  private @Nullable Repository withGroups;

  TypeEndpoint(ResourceTypeDef def, ServerModel model) {
    this.def = def;
    this.model = model;
    this.typeModel =
        new TypeModel(model.registry(), def.type(), model.options().validationOptions());
    this.lister = new Lister(this);
    this.defaultProjection = Projection.defaults(model.registry(), def.type());
    this.defaultSchemas = ScimJson.array().add(def.type().schema());
    this.patching = new Patching(model.registry(), def.type(), model.options(), model.metrics());
  }

  /** The type and its repository. */
  public ResourceTypeDef def() {
    return def;
  }

  /** The projection for these attribute lists (the default one is built once). */
  Projection projection(Attributes attributes) {
    return attributes.requested()
        ? attributes.projection(model.registry(), def.type())
        : defaultProjection;
  }

  /**
   * The {@code schemas} of a resource stored without any: the type's core schema. Shared: write it,
   * never change it.
   */
  ArrayNode defaultSchemas() {
    return defaultSchemas;
  }

  ServerModel model() {
    return model;
  }

  Lister lister() {
    return lister;
  }

  Repository repository() {
    return def.repository();
  }

  /**
   * Lets this endpoint of users read through its repository's view that delivers memberships in
   * {@code groups} ({@link Repository#withGroups}), if it has one. Called once, while the model is
   * built.
   */
  void deliverGroupsFrom(TypeEndpoint groups) {
    this.withGroups = def.repository().withGroups(groups.repository());
  }

  /**
   * The repository to read resources through that are rendered with {@code attributes}: the view
   * delivering memberships when it exists and the attributes include {@code groups}.
   */
  Repository reader(Attributes attributes) {
    return reader(attributes, null);
  }

  /**
   * As {@link #reader(Attributes)}, also through the view when {@code filter} names {@code groups}:
   * the server evaluates such a filter on the memberships the view delivers.
   */
  Repository reader(Attributes attributes, Filters.@Nullable Compiled filter) {
    return reader(attributes, filter, false);
  }

  /**
   * As {@link #reader(Attributes, Filters.Compiled)}, also through the view when {@code groups}.
   */
  Repository reader(Attributes attributes, Filters.@Nullable Compiled filter, boolean groups) {
    Repository view = withGroups;
    boolean wanted =
        groups
            || (filter != null && filter.groups())
            || (view != null && !projection(attributes).leavesOut("groups"));
    return view != null && wanted ? view : def.repository();
  }

  /** Serves a request below this endpoint ({@code rest} is the path after {@code /Users}). */
  ScimResponse serve(Exchange ex, List<String> rest) {
    String method = ex.request().method();
    if (rest.isEmpty()) {
      switch (method) {
        case "GET":
          return lister.list(ex, SearchSpec.fromQuery(ex.params(), model.options()));
        case "POST":
          return create(ex);
        default:
          throw Dispatcher.notAllowed("GET, POST");
      }
    }
    if (rest.size() > 1) {
      throw ScimException.notFound("No such endpoint");
    }
    String id = rest.get(0);
    if (id.indexOf('\0') >= 0) {
      // no stored id holds NUL (bodies holding one are refused), and PostgreSQL cannot look one up
      throw ScimException.notFound(def.name() + " not found: an id never holds U+0000");
    }
    if (id.equals(".search")) {
      if (!method.equals("POST")) {
        throw Dispatcher.notAllowed("POST");
      }
      return lister.list(ex, SearchSpec.fromBody(Dispatcher.body(ex), model.options()));
    }
    switch (method) {
      case "GET":
        return get(ex, id);
      case "PUT":
        return replace(ex, id);
      case "PATCH":
        return patch(ex, id);
      case "DELETE":
        return delete(ex, id);
      default:
        throw Dispatcher.notAllowed("GET, PUT, PATCH, DELETE");
    }
  }

  /** {@code POST /Users}. */
  ScimResponse create(Exchange ex) {
    Attributes p = attributes(ex);
    ex.audit(AuditEvent.Operation.CREATE, def.name(), null);
    StoredResource s = createResource(ex, Dispatcher.body(ex));
    ex.audit(AuditEvent.Operation.CREATE, def.name(), s.id());
    return written(201, ex, s, true, p);
  }

  /** Creates a resource from a client's JSON (used by POST and bulk). */
  StoredResource createResource(Exchange ex, ObjectNode body) {
    ObjectNode r = typeModel.forCreate(body);
    String now = Instant.now().toString();
    ObjectNode meta = r.putObject("meta");
    meta.put("created", now);
    meta.put("lastModified", now);
    return repository().create(ctx(ex), r);
  }

  /** {@code GET /Users/{id}}. */
  ScimResponse get(Exchange ex, String id) {
    Attributes p = attributes(ex);
    StoredResource s = require(ex, id, reader(p));
    String etag = ETags.of(s.version());
    List<String> required = ETags.ifMatch(ex.request());
    if (required != null && !required.contains(s.version())) {
      // RFC 9110 §13.2.2: If-Match is evaluated first, for a GET as for a write
      throw ScimException.preconditionFailed("Resource " + id + " is no longer at that version");
    }
    if (ETags.noneMatchHits(ex.request(), s.version())) {
      return Responses.empty(304, Map.of("ETag", etag));
    }
    return Responses.json(200, Renderer.bytes(this, s, ex, p, etag), "ETag", etag);
  }

  /** {@code PUT /Users/{id}}. */
  ScimResponse replace(Exchange ex, String id) {
    Attributes p = attributes(ex);
    ex.audit(AuditEvent.Operation.REPLACE, def.name(), id);
    StoredResource s = replaceResource(ex, id, Dispatcher.body(ex), ifMatch(ex, id));
    return written(200, ex, s, false, p);
  }

  StoredResource replaceResource(
      Exchange ex, String id, ObjectNode body, @Nullable String ifMatch) {
    return change(
        ex, id, ifMatch, current -> stamped(typeModel.forReplace(body, current), current));
  }

  /** {@code PATCH /Users/{id}}. */
  ScimResponse patch(Exchange ex, String id) {
    Attributes p = attributes(ex);
    ex.audit(AuditEvent.Operation.PATCH, def.name(), id);
    StoredResource s = patchResource(ex, id, Dispatcher.body(ex), ifMatch(ex, id));
    boolean wantsBody =
        !def.isGroup() || ex.params().has("attributes") || ex.params().has("excludedAttributes");
    if (!wantsBody) {
      return Responses.empty(204, Map.of("ETag", ETags.of(s.version())));
    }
    return written(200, ex, s, false, p);
  }

  StoredResource patchResource(Exchange ex, String id, ObjectNode body, @Nullable String ifMatch) {
    ResourceChange patch = patching.change(body);
    return change(
        ex,
        id,
        ifMatch,
        current -> {
          ObjectNode changed = patch.applyTo(current);
          return changed == current ? current : stamped(changed, current);
        });
  }

  /** {@code r} with the {@code meta} of a modification of {@code current}. */
  private static ObjectNode stamped(ObjectNode r, ObjectNode current) {
    ObjectNode meta = r.putObject("meta");
    JsonNode old = ScimJson.getIgnoreCase(current, "meta");
    JsonNode created = old == null ? null : old.get("created");
    if (created != null) {
      meta.set("created", created);
    }
    meta.put("lastModified", Instant.now().toString());
    return r;
  }

  /**
   * Applies a change atomically: natively when the repository patches, otherwise read, apply and
   * replace with the read version, retrying if another writer got there first (unless the client
   * demanded a version with {@code If-Match}).
   */
  private StoredResource change(
      Exchange ex, String id, @Nullable String ifMatch, ResourceChange change) {
    RequestContext ctx = ctx(ex);
    if (repository().capabilities().patching()) {
      return repository().patch(ctx, id, change, ifMatch);
    }
    for (int attempt = 1; ; attempt++) {
      StoredResource current = require(ex, id);
      if (ifMatch != null && !ifMatch.equals(current.version())) {
        throw ScimException.preconditionFailed("Resource " + id + " was changed in the meantime");
      }
      ObjectNode copy = current.resource().deepCopy();
      ObjectNode changed = change.applyTo(copy);
      if (changed == copy) {
        return current; // nothing changed: no write, same version
      }
      try {
        return repository().replace(ctx, id, changed, current.version());
      } catch (ScimException e) {
        if (e.status() != 412 || ifMatch != null || attempt >= MAX_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /**
   * The version the request's {@code If-Match} demands, {@code null} for none or {@code *}. Of a
   * list naming several versions any may match (RFC 9110 §13.1.1): the resource's current version
   * when listed, which the write is then conditioned on; 412 when none is.
   */
  private @Nullable String ifMatch(Exchange ex, String id) {
    List<String> tags = ETags.ifMatch(ex.request());
    if (tags == null) {
      return null;
    }
    String first = tags.get(0);
    if (tags.stream().allMatch(first::equals)) {
      return first;
    }
    String current = require(ex, id).version();
    if (!tags.contains(current)) {
      throw ScimException.preconditionFailed("Resource " + id + " was changed in the meantime");
    }
    return current;
  }

  /** {@code DELETE /Users/{id}}. */
  ScimResponse delete(Exchange ex, String id) {
    ex.audit(AuditEvent.Operation.DELETE, def.name(), id);
    deleteResource(ex, id, ifMatch(ex, id));
    return Responses.empty(204, Map.of());
  }

  /**
   * Deletes a resource and removes it from every group: one transaction when the groups are kept in
   * the same store (see {@link io.scimworks.server.spi.Transactions}), so a failure leaves the
   * resource and every membership as they were.
   */
  void deleteResource(Exchange ex, String id, @Nullable String ifMatch) {
    Transactions tx = repository().transactions();
    TypeEndpoint groups = model.groups();
    if (groups != null && groups.repository().transactions() != tx) {
      tx = null; // another store: the clean-up cannot join; each write stands alone
    }
    ex.inTransaction(
        def.name(),
        tx,
        () -> {
          repository().delete(ctx(ex), id, ifMatch);
          model.memberships().forget(ex, id);
          return null;
        });
  }

  StoredResource require(Exchange ex, String id) {
    return require(ex, id, repository());
  }

  private StoredResource require(Exchange ex, String id, Repository from) {
    StoredResource s = from.get(ctx(ex), id);
    if (s == null) {
      throw ScimException.notFound(def.name() + " " + id + " not found");
    }
    return s;
  }

  /**
   * The request's {@code attributes} and {@code excludedAttributes}, checked (400 {@code
   * invalidPath}) before anything is read or written: a write answered 400 for its attribute lists
   * must not have happened, nor a list answer 200 or 400 by whether it found anything to render.
   */
  Attributes attributes(Exchange ex) {
    Attributes p = Attributes.of(ex.params());
    projection(p);
    return p;
  }

  /** The response to a write: the resource with its ETag, and its Location on create. */
  private ScimResponse written(
      int status, Exchange ex, StoredResource s, boolean withLocation, Attributes p) {
    String etag = ETags.of(s.version());
    byte[] body = Renderer.bytes(this, s, ex, p, etag);
    ScimResponse r = Responses.json(status, body, "ETag", etag);
    return withLocation ? r.withHeader("Location", location(ex, s.id())) : r;
  }

  RequestContext ctx(Exchange ex) {
    return ex.context(def.name());
  }

  /** The URL of a resource. */
  String location(Exchange ex, String id) {
    return locationPrefix(ex) + encode(id);
  }

  /** A base URL and the URL of this endpoint below it, ending in a slash. */
  private record Prefix(String baseUrl, String prefix) {}

  /** The last prefix built: a server behind one host name builds the same one for every request. */
  private volatile @Nullable Prefix lastPrefix;

  /** The URL of this endpoint with a trailing slash: what a resource's URL starts with. */
  String locationPrefix(Exchange ex) {
    String base = ex.baseUrl();
    Prefix last = lastPrefix;
    if (last != null && last.baseUrl().equals(base)) {
      return last.prefix();
    }
    String prefix = base + "/" + def.segment() + "/";
    lastPrefix = new Prefix(base, prefix);
    return prefix;
  }

  /** {@code id} as a path segment; ids of letters, digits and {@code -._*} need no encoding. */
  static String encode(String id) {
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c >= 0x80 || !PLAIN[c]) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
      }
    }
    return id;
  }

  /** The ASCII characters an id may hold without being encoded in a URL. */
  private static final boolean[] PLAIN = new boolean[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      PLAIN[c] =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '*';
    }
  }
}
