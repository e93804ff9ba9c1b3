package io.scimworks.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * The databases tests run on: a fresh in-memory H2 per call, and one real PostgreSQL per test JVM
 * (started from Maven Central binaries on first use, stopped when the JVM exits) whose store every
 * test shares; tests keep apart through tenants of their own.
 */
final class TestDatabases {
  private TestDatabases() {}

  /** The two databases. */
  enum Db {
    H2,
    POSTGRES
  }

  /** A store on {@code db}: new for H2, the shared one for PostgreSQL (do not close it). */
  static JdbcStore store(Db db) {
    return db == Db.H2 ? h2() : Postgres.STORE;
  }

  /** A new, empty in-memory H2 database. */
  static JdbcStore h2() {
    return JdbcStore.builder()
        .url("jdbc:h2:mem:scim-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
        .maxPoolSize(4)
        .build();
  }

  /** The JDBC URL of the shared PostgreSQL. */
  static String postgresUrl() {
    return Postgres.SERVER.getJdbcUrl("postgres", "postgres");
  }

  /** The JDBC URL of a new, empty database on the shared PostgreSQL server. */
  static String newPostgresDatabase() {
    String name = "db_" + UUID.randomUUID().toString().replace("-", "");
    try (java.sql.Connection c =
            java.sql.DriverManager.getConnection(postgresUrl(), "postgres", "postgres");
        java.sql.Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return Postgres.SERVER.getJdbcUrl("postgres", name);
  }

  /** A pool of two connections to a database of the shared PostgreSQL server ({@code url}). */
  static HikariDataSource postgresPool(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername("postgres");
    config.setPassword("postgres");
    config.setMaximumPoolSize(2);
    return new HikariDataSource(config);
  }

  /** A new store (own pool) on the shared PostgreSQL, as a second server would have. */
  static JdbcStore anotherPostgresStore(int poolSize) {
    return JdbcStore.builder()
        .url(postgresUrl())
        .user("postgres")
        .password("postgres")
        .maxPoolSize(poolSize)
        .build();
  }

  /** Started on first use (class initialization is thread-safe and happens once). */
  private static final class Postgres {
    static final EmbeddedPostgres SERVER = start();
    static final JdbcStore STORE = anotherPostgresStore(8);

    private static EmbeddedPostgres start() {
      try {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(pg)));
        return pg;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
      try {
        pg.close();
      } catch (IOException ignored) {
        // the JVM is exiting; the data directory is temporary
      }
    }
  }
}
