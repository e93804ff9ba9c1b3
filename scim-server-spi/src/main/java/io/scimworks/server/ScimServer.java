package io.scimworks.server;

import io.scimworks.core.ScimException;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.Schema;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.server.internal.BaseUrls;
import io.scimworks.server.internal.Dispatcher;
import io.scimworks.server.internal.Exchange;
import io.scimworks.server.internal.Negotiation;
import io.scimworks.server.internal.QueryParams;
import io.scimworks.server.internal.RequestPath;
import io.scimworks.server.internal.Responses;
import io.scimworks.server.spi.AuditEvent;
import io.scimworks.server.spi.AuditListener;
import io.scimworks.server.spi.Authenticator;
import io.scimworks.server.spi.Repository;
import io.scimworks.server.spi.ScimPrincipal;
import io.scimworks.server.spi.ServerMetrics;
import io.scimworks.server.spi.TenantResolver;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A SCIM 2.0 service provider as a pure function from {@link ScimRequest} to {@link ScimResponse}:
 * routing, authentication, tenants, limits, validation, filtering, PATCH, paging, ETags, bulk and
 * discovery. It never throws; every failure becomes an RFC 7644 §3.12 error response. Mount it in
 * any HTTP binding, or call {@link #handle(ScimRequest)} directly in tests.
 *
 * <pre>{@code
 * ScimServer server = ScimServer.builder()
 *     .users(InMemoryRepository.forUsers())
 *     .groups(InMemoryRepository.forGroups())
 *     .authenticator(BearerTokens.of(secret))
 *     .build();
 * ScimResponse r = server.handle(ScimRequest.of("GET", "/Users?filter=userName+eq+%22bjensen%22"));
 * }</pre>
 *
 * <p>Thread-safe; one instance serves every request.
 */
public final class ScimServer implements ScimHandler {
  private static final System.Logger LOG = System.getLogger(ScimServer.class.getName());

  private final ServerOptions options;
  private final Authenticator authenticator;
  private final TenantResolver tenants;
  private final AuditListener audit;
  private final Dispatcher dispatcher;
  private final String basePath;
  private final BaseUrls baseUrls;

  private ScimServer(Builder b) {
    this.options = b.options;
    this.authenticator = Objects.requireNonNull(b.authenticator, "authenticator");
    this.tenants = b.tenants;
    this.audit = b.audit;
    this.basePath = b.basePath;
    this.baseUrls = new BaseUrls(options, basePath);
    this.dispatcher =
        new Dispatcher(
            b.registry(), b.repositories, options, b.cursorSecret, b.metrics, b.atomicBulk);
  }

  /**
   * A builder; at least one resource type and an authenticator are required.
   *
   * @return a new builder with the default options, a single tenant and logging audit
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The limits and switches this server runs with (HTTP bindings read theirs here).
   *
   * @return the options given to the builder, else the defaults
   */
  public ServerOptions options() {
    return options;
  }

  /**
   * The path this server is mounted at, e.g. {@code /scim/v2}; used to build {@code Location}.
   *
   * @return the path without trailing {@code /}; empty when mounted at the root
   */
  public String basePath() {
    return basePath;
  }

  /**
   * {@inheritDoc}
   *
   * <p>{@code HEAD} is answered exactly as {@code GET} would be (RFC 9110 §9.3.2), body included so
   * that a binding can send its {@code Content-Length}; bindings then write the headers only.
   * {@code OPTIONS} answers 204 with the {@code Allow} header of the target (the methods a 405
   * there would list). Any other method an endpoint does not serve is a 405 with {@code Allow};
   * methods are case-sensitive, so {@code delete} is such a method.
   *
   * <p>Bodies are {@code application/scim+json}, or {@code application/json} when the request's
   * {@code Accept} prefers it; an {@code Accept} that allows neither is a 406 (for an authenticated
   * request whose answer would have a body: not for {@code DELETE} or {@code OPTIONS}).
   */
  @Override
  public ScimResponse handle(ScimRequest request) {
    Instant start = Instant.now();
    Exchange exchange = null;
    ScimResponse response;
    String type = ScimResponse.SCIM_JSON;
    try {
      String accepted = Negotiation.responseType(request.headers().get("Accept"));
      exchange = exchange(request.method().equals("HEAD") ? asGet(request) : request);
      if (accepted != null) {
        type = accepted;
      } else if (!request.method().equals("DELETE") && !request.method().equals("OPTIONS")) {
        throw Negotiation.notAcceptable();
      }
      response = dispatcher.dispatch(exchange);
    } catch (ScimException e) {
      response = Responses.error(e, challengeFor(e));
    } catch (RuntimeException | StackOverflowError e) {
      response = internalError(request, e);
    }
    if (exchange != null && exchange.audited() != null) {
      audit(exchange, response, start);
    }
    return Negotiation.labelled(response, type);
  }

  private Exchange exchange(ScimRequest request) {
    if (request.body().length > options.maxRequestBytes()) {
      throw ScimException.payloadTooLarge(
          "The request body exceeds " + options.maxRequestBytes() + " bytes");
    }
    TenantResolver.Resolution where = tenants.resolve(normalize(request.path()));
    if (!where.prefix().isEmpty()) {
      // The prefix that named the tenant goes into every URL the server writes, and the tenant
      // to the repositories: it obeys the rules of every other segment (no dot segment, encoded
      // slash or control character; percent-encoding that decodes as UTF-8).
      RequestPath.segments(where.prefix());
    }
    List<String> segments = RequestPath.segments(where.path());
    QueryParams params = QueryParams.parse(request.rawQuery());
    ScimPrincipal principal;
    if (options.anonymousDiscovery() && Dispatcher.isDiscovery(segments)) {
      principal = ScimPrincipal.ANONYMOUS;
    } else {
      principal = authenticator.authenticate(request);
      if (principal == null) {
        throw ScimException.unauthorized("Authentication required");
      }
    }
    String tenant = where.tenant() == null ? tenants.fromPrincipal(principal) : where.tenant();
    if (principal.tenant() != null && !principal.tenant().equals(tenant)) {
      throw ScimException.forbidden("This credential is not valid for this tenant");
    }
    return new Exchange(
        request, segments, params, principal, tenant, baseUrls.of(request, where.prefix()));
  }

  private static ScimRequest asGet(ScimRequest head) {
    return new ScimRequest(
        "GET", head.path(), head.rawQuery(), head.headers(), head.body(), head.remoteAddress());
  }

  private static String normalize(String path) {
    return path.isEmpty() ? "/" : path;
  }

  private Map<String, String> challengeFor(ScimException e) {
    return e.status() == 401 ? Map.of("WWW-Authenticate", authenticator.challenge()) : Map.of();
  }

  private ScimResponse internalError(ScimRequest request, Throwable e) {
    LOG.log(
        System.Logger.Level.ERROR,
        "Unexpected failure serving " + request.method() + " " + request.path(),
        e);
    return Responses.error(ScimException.internalError());
  }

  private void audit(Exchange exchange, ScimResponse response, Instant start) {
    Exchange.Audited a = Objects.requireNonNull(exchange.audited());
    int status = response.status();
    AuditEvent.Outcome outcome =
        status < 400
            ? AuditEvent.Outcome.SUCCESS
            : status < 500 ? AuditEvent.Outcome.FAILURE : AuditEvent.Outcome.ERROR;
    try {
      audit.onEvent(
          new AuditEvent(
              start,
              a.operation(),
              a.resourceType(),
              a.id(),
              exchange.principal().name(),
              exchange.tenant(),
              outcome,
              status,
              Duration.between(start, Instant.now())));
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "Audit listener failed", e);
    }
  }

  /** Configures a {@link ScimServer}. */
  public static final class Builder {
    private ServerOptions options = ServerOptions.defaults();
    private @Nullable Authenticator authenticator;
    private TenantResolver tenants = TenantResolver.single();
    private AuditListener audit = AuditListener.logging();
    private ServerMetrics metrics = ServerMetrics.NONE;
    private String basePath = "/scim/v2";
    private final Map<String, Repository> repositories = new LinkedHashMap<>();
    private final Map<String, ResourceType> types = new LinkedHashMap<>();
    private final List<Schema> schemas = new java.util.ArrayList<>();
    private byte @Nullable [] cursorSecret;
    private boolean atomicBulk;

    private Builder() {}

    /**
     * Makes a bulk request that sets {@code failOnErrors} all-or-nothing (default off). The whole
     * request then runs in one transaction of the store, and when the error limit is reached
     * everything is rolled back: the response is still 200, the failed operations carry their
     * errors, and each operation that had succeeded is reported with status {@code 424} (Failed
     * Dependency) and a detail naming the operation that failed, with no {@code location} or {@code
     * version}, as nothing it did remains. Operations after the limit are not reported (RFC 7644
     * §3.7.3). Requests without {@code failOnErrors} are unaffected: each operation commits on its
     * own.
     *
     * <p>By default RFC 7644 §3.7.3 applies: operations completed before the limit stay done and
     * are reported with their success. Either way each single operation is atomic when its
     * repository offers {@link io.scimworks.server.spi.Transactions}.
     *
     * <p>{@link #build()} fails unless every resource type's repository returns the same {@link
     * io.scimworks.server.spi.Transactions} (as the repositories of one {@code JdbcStore} do).
     *
     * @param allOrNothing {@code true} to roll a failing {@code failOnErrors} bulk back entirely
     * @return this builder
     */
    public Builder atomicBulk(boolean allOrNothing) {
      this.atomicBulk = allOrNothing;
      return this;
    }

    /**
     * The key that signs RFC 9865 cursors (HMAC-SHA256), at least 32 bytes. Give every server of a
     * deployment the same secret so that a cursor issued by one continues on another; by default
     * each server signs with a random key of its own.
     *
     * @param secret the key, at least 32 bytes; copied
     * @return this builder
     * @throws IllegalArgumentException when shorter than 32 bytes
     */
    public Builder cursorSecret(byte[] secret) {
      if (secret.length < 32) {
        throw new IllegalArgumentException("a cursor secret needs at least 32 bytes");
      }
      this.cursorSecret = secret.clone();
      return this;
    }

    /**
     * Limits and switches (default {@link ServerOptions#defaults()}).
     *
     * @param options the options; not null
     * @return this builder
     */
    public Builder options(ServerOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Who may call; required. Use {@link BearerTokens}, your own {@link Authenticator}, or {@link
     * Authenticator#NONE} to serve everybody (tests and demos only).
     *
     * @param authenticator the authenticator; not null
     * @return this builder
     */
    public Builder authenticator(Authenticator authenticator) {
      this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
      return this;
    }

    /**
     * How tenants are told apart (default: a single tenant).
     *
     * @param tenants the resolver; not null
     * @return this builder
     */
    public Builder tenantResolver(TenantResolver tenants) {
      this.tenants = Objects.requireNonNull(tenants, "tenants");
      return this;
    }

    /**
     * Who hears of every write (default: {@link AuditListener#logging()}).
     *
     * @param audit the listener, called once per write, refused ones included; not null
     * @return this builder
     */
    public Builder auditListener(AuditListener audit) {
      this.audit = Objects.requireNonNull(audit, "audit");
      return this;
    }

    /**
     * Who hears what the server did, for metrics (default: nobody).
     *
     * @param metrics the metrics sink; not null
     * @return this builder
     */
    public Builder metrics(ServerMetrics metrics) {
      this.metrics = Objects.requireNonNull(metrics, "metrics");
      return this;
    }

    /**
     * The path the HTTP binding mounts this server at (default {@code /scim/v2}); {@code Location}
     * URLs are built from the request's {@code Host}, this path and the resource's path, unless
     * {@link ServerOptions#publicBaseUrl()} is set.
     *
     * @param basePath the path, with or without leading or trailing {@code /}; empty for the root
     * @return this builder
     */
    public Builder basePath(String basePath) {
      String p = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
      this.basePath = p.isEmpty() || p.startsWith("/") ? p : "/" + p;
      return this;
    }

    /**
     * Serves {@code /Users} (core User schema and the enterprise extension) from {@code users}.
     *
     * @param users the storage of users; not null
     * @return this builder
     */
    public Builder users(Repository users) {
      return resourceType(ResourceType.user(), users);
    }

    /**
     * Serves {@code /Groups} from {@code groups}.
     *
     * @param groups the storage of groups; not null
     * @return this builder
     */
    public Builder groups(Repository groups) {
      return resourceType(ResourceType.group(), groups);
    }

    /**
     * Serves any resource type from {@code repository}. Register the schemas it uses that are not
     * built in with {@link #schema(Schema)}.
     *
     * <pre>{@code
     * builder.schema(Schemas.fromJson(deviceSchemaJson))
     *     .resourceType(ResourceType.builder("Device", "/Devices", DEVICE_URN).build(), devices);
     * }</pre>
     *
     * @param type the resource type; one of the same name (any case) added before is replaced
     * @param repository its storage; not null
     * @return this builder
     */
    public Builder resourceType(ResourceType type, Repository repository) {
      String key = type.name().toLowerCase(java.util.Locale.ROOT);
      types.put(key, type);
      repositories.put(key, Objects.requireNonNull(repository, "repository"));
      return this;
    }

    /**
     * Registers a schema (a custom resource type's schema or an extension).
     *
     * @param schema the schema; not null
     * @return this builder
     */
    public Builder schema(Schema schema) {
      schemas.add(Objects.requireNonNull(schema, "schema"));
      return this;
    }

    /**
     * Registers {@code extension} as an optional extension of the resource type named {@code
     * resourceType} (added before): resources may carry its attributes, e.g. a workspace's own User
     * attributes.
     *
     * <pre>{@code
     * builder.users(users).optionalExtension("User", Schemas.fromJson(workspaceSchemaJson));
     * }</pre>
     *
     * @param resourceType the name of a resource type added before, in any case
     * @param extension the extension's schema; registered too
     * @return this builder
     * @throws IllegalStateException when no resource type of that name was added
     */
    public Builder optionalExtension(String resourceType, Schema extension) {
      return schemaExtension(resourceType, extension, false);
    }

    /**
     * Registers {@code extension} as a required extension of the resource type named {@code
     * resourceType} (added before): every resource must carry it.
     *
     * @param resourceType the name of a resource type added before, in any case
     * @param extension the extension's schema; registered too
     * @return this builder
     * @throws IllegalStateException when no resource type of that name was added
     */
    public Builder requiredExtension(String resourceType, Schema extension) {
      return schemaExtension(resourceType, extension, true);
    }

    /**
     * Registers {@code extension} and adds it to the resource type named {@code resourceType}
     * (which must be added before), required or not; {@link #optionalExtension} and {@link
     * #requiredExtension} say the same more plainly.
     *
     * @param resourceType the name of a resource type added before, in any case
     * @param extension the extension's schema; registered too
     * @param required whether every resource must carry it
     * @return this builder
     * @throws IllegalStateException when no resource type of that name was added
     */
    public Builder schemaExtension(String resourceType, Schema extension, boolean required) {
      String key = resourceType.toLowerCase(java.util.Locale.ROOT);
      ResourceType t = types.get(key);
      if (t == null) {
        throw new IllegalStateException("add resource type " + resourceType + " first");
      }
      List<io.scimworks.core.schema.SchemaExtension> ext =
          new java.util.ArrayList<>(t.schemaExtensions());
      ext.add(new io.scimworks.core.schema.SchemaExtension(extension.id(), required));
      types.put(
          key, new ResourceType(t.id(), t.name(), t.endpoint(), t.description(), t.schema(), ext));
      return schema(extension);
    }

    private SchemaRegistry registry() {
      SchemaRegistry.Builder b = SchemaRegistry.defaults().toBuilder();
      schemas.forEach(b::schema);
      types.values().forEach(b::resourceType);
      return b.build();
    }

    /**
     * The server.
     *
     * @return a new immutable, thread-safe server
     * @throws IllegalStateException without an authenticator or a resource type, or with {@link
     *     #atomicBulk(boolean)} over repositories that share no transactions
     */
    public ScimServer build() {
      if (authenticator == null) {
        throw new IllegalStateException(
            "set an authenticator (BearerTokens, or Authenticator.NONE to serve everybody)");
      }
      if (types.isEmpty()) {
        throw new IllegalStateException("add at least one resource type, e.g. users(repository)");
      }
      return new ScimServer(this);
    }
  }
}
