package io.scimworks.examples;

import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.Schema;
import io.scimworks.core.schema.Schemas;
import io.scimworks.core.schema.Uniqueness;
import io.scimworks.server.ScimServer;
import io.scimworks.server.ServerOptions;
import io.scimworks.server.memory.InMemoryRepository;
import io.scimworks.server.spi.AuditListener;
import io.scimworks.server.spi.Authenticator;
import io.scimworks.server.spi.Repository;

/**
 * The SCIM side of a small workspace app, as in the reference scenario: users with a {@code
 * userType} restricted to {@code admin}, {@code guest}, {@code member} and {@code viewer}, {@code
 * title}, {@code locale}, {@code timezone}, {@code roles} and {@code active}, plus the enterprise
 * extension; groups with a unique {@code displayName} and members. Everything is kept in memory.
 *
 * <pre>{@code
 * ScimServer server = Workspace.scimServer(BearerTokens.of(secret));
 * JdkHttpBinding.create(server).start(8080);
 * }</pre>
 */
public final class Workspace {
  /** Where the workspace serves SCIM. */
  public static final String BASE_PATH = "/scim/v2";

  private Workspace() {}

  /** The workspace's SCIM server, empty, accepting callers {@code authenticator} lets in. */
  public static ScimServer scimServer(Authenticator authenticator) {
    return scimServer(authenticator, ServerOptions.defaults());
  }

  /** The workspace's SCIM server with the given limits. */
  public static ScimServer scimServer(Authenticator authenticator, ServerOptions options) {
    return scimServer(authenticator, options, AuditListener.logging());
  }

  /** The workspace's SCIM server with the given limits, reporting every write to {@code audit}. */
  public static ScimServer scimServer(
      Authenticator authenticator, ServerOptions options, AuditListener audit) {
    return scimServer(
        authenticator,
        options,
        audit,
        InMemoryRepository.forUsers(),
        InMemoryRepository.forGroups(true));
  }

  /**
   * The workspace's SCIM server over the given repositories (in memory, H2, PostgreSQL...). Its
   * Group schema declares {@code displayName} unique ({@code uniqueness: server}), so {@code
   * groups} must refuse a taken one: {@code InMemoryRepository.forGroups(true)}, {@code
   * JdbcStore.groups(true)}.
   */
  public static ScimServer scimServer(
      Authenticator authenticator,
      ServerOptions options,
      AuditListener audit,
      Repository users,
      Repository groups) {
    return ScimServer.builder()
        .basePath(BASE_PATH)
        .options(options)
        .authenticator(authenticator)
        .auditListener(audit)
        .schema(userSchema())
        .schema(groupSchema())
        .users(users)
        .groups(groups)
        .build();
  }

  /**
   * The core Group schema with {@code displayName} declared {@code uniqueness: server}: the
   * workspace answers a second group of the same name (in any case) with 409 {@code uniqueness},
   * and {@code /Schemas} says so, so a client can know before it tries.
   */
  static Schema groupSchema() {
    Schema core = Schemas.group();
    AttributeDefinition displayName = core.attribute("displayName").orElseThrow();
    return core.toBuilder()
        .replaceAttribute(displayName.toBuilder().uniqueness(Uniqueness.SERVER).build())
        .build();
  }

  /** The core User schema, with {@code userType} limited to the workspace's four kinds of user. */
  static Schema userSchema() {
    Schema core = Schemas.user();
    AttributeDefinition userType = core.attribute("userType").orElseThrow();
    return core.toBuilder()
        .replaceAttribute(
            userType.toBuilder()
                .description("The kind of workspace user: admin, guest, member or viewer.")
                .canonicalValues("admin", "guest", "member", "viewer")
                .enforceCanonicalValues(true)
                .build())
        .build();
  }
}
