package io.scimworks.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.server.spi.Repository;
import io.scimworks.server.spi.Transactions;
import io.scimworks.store.jdbc.internal.Dialect;
import io.scimworks.store.jdbc.internal.JdbcRepository;
import io.scimworks.store.jdbc.internal.JdbcTransactions;
import io.scimworks.store.jdbc.internal.Migrator;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * SCIM resources in PostgreSQL or H2, for any number of servers sharing one database. Hands out a
 * {@link Repository} per resource type; all types share three tables, created (or upgraded) at
 * start-up from DDL shipped in this jar.
 *
 * <pre>{@code
 * try (JdbcStore store = JdbcStore.builder()
 *     .url("jdbc:postgresql://db/scim").user("scim").password(secret).build()) {
 *   ScimServer server = ScimServer.builder()
 *       .users(store.users())
 *       .groups(store.groups())
 *       .authenticator(BearerTokens.of(token))
 *       .build();
 *   ...
 * }
 * // or with the application's own pool:
 * JdbcStore store = JdbcStore.builder().dataSource(myDataSource).build();
 * }</pre>
 *
 * <p>Lookups by {@code id}, {@code userName}, {@code externalId}, {@code displayName}, group
 * membership and {@code meta.created}/{@code meta.lastModified} ranges run in SQL through indexes;
 * any other filter is narrowed by those and finished by the server in memory, so results are always
 * exactly those of the in-memory evaluator.
 */
public final class JdbcStore implements AutoCloseable {
  private final DataSource dataSource;
  private final @Nullable HikariDataSource owned;
  private final Dialect dialect;
  private final SchemaRegistry registry;
  private final JdbcTransactions transactions;

  private JdbcStore(Builder b) {
    if (b.dataSource != null) {
      this.dataSource = b.dataSource;
      this.owned = null;
    } else {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(Objects.requireNonNull(b.url, "url or dataSource is required"));
      if (b.user != null) {
        config.setUsername(b.user);
      }
      if (b.password != null) {
        config.setPassword(b.password);
      }
      config.setMaximumPoolSize(b.maxPoolSize);
      config.setPoolName("scimworks");
      this.owned = connect(config);
      this.dataSource = owned;
    }
    this.registry = b.registry;
    this.transactions = new JdbcTransactions(dataSource);
    try {
      this.dialect = Migrator.migrate(dataSource);
    } catch (SQLException e) {
      close();
      throw new IllegalStateException(
          "cannot prepare the database schema (SQLState " + e.getSQLState() + ")", e);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /**
   * The pool, connected: HikariCP's own failure (a runtime exception of its own type) becomes the
   * documented {@link IllegalStateException}, with the driver's reason (never the password).
   */
  private static HikariDataSource connect(HikariConfig config) {
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      Throwable reason = e.getCause() != null ? e.getCause() : e;
      throw new IllegalStateException("cannot connect to the database: " + reason.getMessage(), e);
    }
  }

  /**
   * A builder; give either a JDBC URL (with user and password) or a {@link DataSource}.
   *
   * @return a builder with the defaults: a pool of 10, {@link SchemaRegistry#defaults()}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The repository of {@code User} resources ({@code userName} unique per tenant, compared
   * case-insensitively).
   *
   * @return a new repository over the store's tables; cheap, and any number may be used at once
   */
  public Repository users() {
    return repository(ResourceType.user());
  }

  /**
   * The repository of {@code Group} resources ({@code displayName} not unique, as in RFC 7643).
   *
   * @return a new repository over the store's tables
   */
  public Repository groups() {
    return repository(ResourceType.group());
  }

  /**
   * The repository of {@code Group} resources, with {@code displayName} unique per tenant (compared
   * case-insensitively) when {@code uniqueDisplayName}: a second group of the same name is a 409
   * {@code uniqueness}, as many applications want.
   *
   * @param uniqueDisplayName whether {@code displayName} is unique per tenant
   * @return a new repository over the store's tables
   */
  public Repository groups(boolean uniqueDisplayName) {
    return uniqueDisplayName
        ? repository(ResourceType.group(), List.of("displayName"))
        : repository(ResourceType.group());
  }

  /**
   * The repository of any resource type the store's {@link SchemaRegistry} knows (register custom
   * types and extensions through {@link Builder#schemas(SchemaRegistry)}).
   *
   * @param type the resource type; its schema's {@code uniqueness} decides the unique attributes
   * @return a new repository over the store's tables (all types share them, apart by type name)
   */
  public Repository repository(ResourceType type) {
    return repository(type, List.of());
  }

  /**
   * The repository of {@code type} with more unique attributes than its schema declares (paths such
   * as {@code displayName} or {@code emails.value}; compared as the schema's {@code caseExact}
   * says).
   *
   * @param type the resource type
   * @param alsoUnique attribute paths unique per tenant on top of those the schema declares
   * @return a new repository over the store's tables
   * @throws IllegalArgumentException when the type has no such attribute
   */
  public Repository repository(ResourceType type, List<String> alsoUnique) {
    return new JdbcRepository(transactions, dialect, registry, type, alsoUnique);
  }

  /**
   * The store's transactions, shared by all its repositories (each returns it from {@link
   * Repository#transactions()}): writes made with the context handed to the work commit together or
   * not at all. The server uses it for a delete with its group clean-up and for bulk operations; an
   * application can group its own writes the same way:
   *
   * <pre>{@code
   * store.transactions().inTransaction(RequestContext.of("User"), ctx -> {
   *   users.delete(ctx, userId, null);
   *   groups.replace(ctx.forType("Group"), groupId, groupWithoutUser, null);
   *   return null;
   * });
   * }</pre>
   *
   * <p>A unit is one pooled connection, to be used by one thread; nested units are savepoints.
   *
   * @return the same instance on every call, for the life of the store
   */
  public Transactions transactions() {
    return transactions;
  }

  /**
   * The database the store found at start-up, for logs and start-up banners.
   *
   * @return {@code "PostgreSQL"} or {@code "H2"}
   */
  public String databaseName() {
    return dialect == Dialect.POSTGRESQL ? "PostgreSQL" : "H2";
  }

  /**
   * Closes the connection pool the store opened; a {@link DataSource} handed in is left open, as it
   * belongs to the application. Repositories of a closed store must no longer be used.
   */
  @Override
  public void close() {
    if (owned != null) {
      owned.close();
    }
  }

  /** Configures a {@link JdbcStore}. */
  public static final class Builder {
    private @Nullable String url;
    private @Nullable String user;
    private @Nullable String password;
    private @Nullable DataSource dataSource;
    private int maxPoolSize = 10;
    private SchemaRegistry registry = SchemaRegistry.defaults();

    private Builder() {}

    /**
     * The JDBC URL, e.g. {@code jdbc:postgresql://host/db} or {@code
     * jdbc:h2:./scimworks-data/scim}; the store opens its own HikariCP pool on it.
     *
     * @param url the URL; its driver must be on the class path or module path
     * @return this builder
     */
    public Builder url(String url) {
      this.url = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * The database user, for a {@link #url(String)}.
     *
     * @param user the user, or {@code null} to let the URL or the driver decide
     * @return this builder
     */
    public Builder user(@Nullable String user) {
      this.user = user;
      return this;
    }

    /**
     * The database password, for a {@link #url(String)}; never logged or put in an error.
     *
     * @param password the password, or {@code null}
     * @return this builder
     */
    public Builder password(@Nullable String password) {
      this.password = password;
      return this;
    }

    /**
     * Use the application's own pool instead of a URL; the store never closes it. A request holds
     * one connection at a time (a unit of work for its duration): 2-4 per CPU core is plenty.
     *
     * @param dataSource the pool; takes precedence over {@link #url(String)}
     * @return this builder
     */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
      return this;
    }

    /**
     * Connections in the store's own pool (default 10); ignored with a {@link #dataSource}.
     *
     * @param size at least 1
     * @return this builder
     * @throws IllegalArgumentException when {@code size} is below 1
     */
    public Builder maxPoolSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("maxPoolSize must be positive");
      }
      this.maxPoolSize = size;
      return this;
    }

    /**
     * The schemas of the types served, for {@code caseExact} and uniqueness; default {@link
     * SchemaRegistry#defaults()}. Use the same registry as the server when it has extensions or
     * custom types.
     *
     * @param registry the schemas and resource types
     * @return this builder
     */
    public Builder schemas(SchemaRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * Connects, creates or upgrades the tables and returns the store.
     *
     * @return the store, ready to hand out repositories
     * @throws IllegalStateException when the database cannot be reached or its schema is newer
     */
    public JdbcStore build() {
      return new JdbcStore(this);
    }
  }
}
