package io.scimworks.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.schema.Schema;
import io.scimworks.core.schema.Schemas;
import io.scimworks.server.BearerTokens;
import io.scimworks.server.ScimServer;
import io.scimworks.server.ServerOptions;
import io.scimworks.server.spi.AuditListener;

/**
 * A workspace-like {@link ScimServer} (as in ENTRA.md: {@code userType} limited to four values,
 * unique group names, in memory) served over loopback HTTP by one of the bindings.
 */
final class ServerUnderTest implements AutoCloseable {
  static final String TOKEN = "over-http-secret";
  static final String USER_URN = "urn:ietf:params:scim:schemas:core:2.0:User";
  static final String GROUP_URN = "urn:ietf:params:scim:schemas:core:2.0:Group";
  static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  final RunningBinding binding;
  final ScimHttp scim;
  final ScimServer server;

  private final AutoCloseable stores;

  private ServerUnderTest(RunningBinding binding, ScimServer server, AutoCloseable stores) {
    this.binding = binding;
    this.server = server;
    this.stores = stores;
    this.scim = ScimHttp.to(binding.base(), TOKEN);
  }

  static ServerUnderTest start(BindingKind kind) {
    return start(kind, ServerOptions.defaults());
  }

  static ServerUnderTest start(BindingKind kind, ServerOptions options) {
    return start(kind, options, false);
  }

  /**
   * With {@code scimErrorPages}, the container answers what it refuses itself in the SCIM format
   * ({@link BindingKind#startWithScimErrorPages}).
   */
  static ServerUnderTest start(BindingKind kind, ServerOptions options, boolean scimErrorPages) {
    TestStores.Opened stores = TestStores.openDefault();
    ScimServer server =
        ScimServer.builder()
            .basePath(kind.mountPath())
            .options(options)
            .authenticator(BearerTokens.of(TOKEN))
            .auditListener(AuditListener.none())
            .schema(workspaceUserSchema())
            .users(stores.users())
            .groups(stores.groups())
            .build();
    RunningBinding binding =
        scimErrorPages
            ? kind.startWithScimErrorPages(server, BindingOptions.defaults())
            : kind.start(server);
    return new ServerUnderTest(binding, server, stores.closer());
  }

  private static Schema workspaceUserSchema() {
    Schema core = Schemas.user();
    return core.toBuilder()
        .replaceAttribute(
            core.attribute("userType").orElseThrow().toBuilder()
                .canonicalValues("admin", "guest", "member", "viewer")
                .enforceCanonicalValues(true)
                .build())
        .build();
  }

  /** Creates a user and returns its id. */
  String createUser(String userName) {
    ScimHttp.Reply r =
        scim.post(
            "/Users",
            "{\"schemas\":[\""
                + USER_URN
                + "\"],\"userName\":\""
                + userName
                + "\",\"displayName\":\""
                + userName
                + "\",\"userType\":\"member\",\"active\":true}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.at("/id");
  }

  /** Creates a group without members and returns its id. */
  String createGroup(String displayName) {
    ScimHttp.Reply r =
        scim.post(
            "/Groups",
            "{\"schemas\":[\"" + GROUP_URN + "\"],\"displayName\":\"" + displayName + "\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.at("/id");
  }

  /** A PATCH body with these operations (JSON objects, comma-separated). */
  static String patchOp(String operations) {
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
        + operations
        + "]}";
  }

  @Override
  public void close() {
    binding.close();
    try {
      stores.close();
    } catch (Exception e) {
      throw new IllegalStateException("cannot close the repositories", e);
    }
  }
}
