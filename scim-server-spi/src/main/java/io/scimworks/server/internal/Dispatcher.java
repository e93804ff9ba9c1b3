package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.ServerOptions;
import io.scimworks.server.spi.Repository;
import io.scimworks.server.spi.ServerMetrics;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/** Routes an exchange to its endpoint. */
public final class Dispatcher {
  private static final String[] DISCOVERY = {"ServiceProviderConfig", "ResourceTypes", "Schemas"};

  private final ServerModel model;
  private final Discovery discovery;
  private final RootSearch rootSearch;
  private final Bulk bulk;

  /** A dispatcher over these resource types and repositories. */
  public Dispatcher(
      SchemaRegistry registry, Map<String, Repository> repositories, ServerOptions options) {
    this(registry, repositories, options, null);
  }

  /**
   * A dispatcher whose cursors are signed with {@code cursorSecret} (random per server when {@code
   * null}).
   */
  public Dispatcher(
      SchemaRegistry registry,
      Map<String, Repository> repositories,
      ServerOptions options,
      byte @org.jspecify.annotations.Nullable [] cursorSecret) {
    this(registry, repositories, options, cursorSecret, ServerMetrics.NONE);
  }

  /** A dispatcher that also tells {@code metrics} what it did. */
  public Dispatcher(
      SchemaRegistry registry,
      Map<String, Repository> repositories,
      ServerOptions options,
      byte @org.jspecify.annotations.Nullable [] cursorSecret,
      ServerMetrics metrics) {
    this(registry, repositories, options, cursorSecret, metrics, false);
  }

  /**
   * A dispatcher whose bulk requests with {@code failOnErrors} are all-or-nothing when {@code
   * atomicBulk}.
   *
   * @throws IllegalStateException when {@code atomicBulk} and the repositories share no {@link
   *     io.scimworks.server.spi.Transactions}
   */
  public Dispatcher(
      SchemaRegistry registry,
      Map<String, Repository> repositories,
      ServerOptions options,
      byte @org.jspecify.annotations.Nullable [] cursorSecret,
      ServerMetrics metrics,
      boolean atomicBulk) {
    this.model = new ServerModel(registry, repositories, options, cursorSecret, metrics);
    this.discovery = new Discovery(model);
    this.rootSearch = new RootSearch(model);
    if (atomicBulk && model.sharedTransactions() == null) {
      throw new IllegalStateException(
          "atomicBulk needs every repository to offer the same Transactions (one store that"
              + " supports transactions, such as JdbcStore, for every resource type)");
    }
    this.bulk = new Bulk(model, atomicBulk ? model.sharedTransactions() : null);
  }

  /** Whether the path names a discovery endpoint. */
  public static boolean isDiscovery(List<String> segments) {
    if (segments.isEmpty()) {
      return false;
    }
    String first = segments.get(0);
    for (String name : DISCOVERY) {
      if (first.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Serves the exchange. {@code OPTIONS} answers 204 with the {@code Allow} header a 405 at the
   * same target would carry: each endpoint names its methods in one place.
   */
  public ScimResponse dispatch(Exchange ex) {
    try {
      return route(ex);
    } catch (MethodNotAllowed e) {
      if (ex.request().method().equals("OPTIONS")) {
        return Responses.empty(204, Map.of("Allow", e.allow()));
      }
      throw e;
    }
  }

  private ScimResponse route(Exchange ex) {
    List<String> segments = ex.segments();
    if (segments.isEmpty()) {
      throw ScimException.notFound("No such endpoint");
    }
    String first = segments.get(0);
    if (isDiscovery(segments)) {
      return discovery.serve(ex, segments);
    }
    if (first.equals(".search") && segments.size() == 1) {
      if (!ex.request().method().equals("POST")) {
        throw notAllowed("POST");
      }
      return rootSearch.search(ex, SearchSpec.fromBody(body(ex), model.options()));
    }
    if (first.equalsIgnoreCase("Bulk") && segments.size() == 1) {
      if (!ex.request().method().equals("POST")) {
        throw notAllowed("POST");
      }
      return bulk.serve(ex);
    }
    if (first.equalsIgnoreCase("Me")) {
      return me(ex, segments.subList(1, segments.size()));
    }
    TypeEndpoint endpoint = model.bySegment(first);
    if (endpoint == null) {
      throw ScimException.notFound("No such endpoint");
    }
    return endpoint.serve(ex, segments.subList(1, segments.size()));
  }

  private ScimResponse me(Exchange ex, List<String> rest) {
    String userId = ex.principal().userId();
    TypeEndpoint users = model.byName("User");
    if (userId == null || users == null) {
      throw ScimException.notImplemented("/Me is not mapped to a user for this credential");
    }
    if (!rest.isEmpty()) {
      throw ScimException.notFound("No such endpoint");
    }
    if (ex.request().method().equals("POST")) {
      throw notAllowed("GET, PUT, PATCH, DELETE");
    }
    return users.serve(ex, List.of(userId));
  }

  /**
   * A 405 naming the methods an HTTP endpoint serves, {@code allow} listing those it handles
   * itself: {@code HEAD} is added after {@code GET} (the server answers it as {@code GET}) and
   * {@code OPTIONS} at the end.
   */
  static ScimException notAllowed(String allow) {
    String withHead = allow.replace("GET", "GET, HEAD");
    return new MethodNotAllowed(withHead + ", OPTIONS");
  }

  /**
   * The request body as a JSON object, after checking how it is sent: see {@link RequestBodies}.
   * Text that is not Unicode (an unpaired surrogate escape) or that holds NUL is refused here, for
   * every endpoint and every store alike.
   */
  static ObjectNode body(Exchange ex) {
    ObjectNode body = ScimJson.readRequestObject(RequestBodies.json(ex.request()));
    ScimJson.checkText(body);
    return body;
  }
}
