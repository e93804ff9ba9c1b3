package io.scimworks.store.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** What differs between the databases the store runs on. */
public enum Dialect {
  /** H2 2.x, embedded (a file or memory). */
  H2("h2", "?"),
  /** PostgreSQL 12 or later. */
  POSTGRESQL("postgresql", "CAST(? AS jsonb)");

  private final String folder;
  private final String bodyParameter;

  Dialect(String folder, String bodyParameter) {
    this.folder = folder;
    this.bodyParameter = bodyParameter;
  }

  /** The dialect of the database behind {@code c}. */
  public static Dialect of(Connection c) throws SQLException {
    String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgres")) {
      return POSTGRESQL;
    }
    if (product.contains("h2")) {
      return H2;
    }
    throw new IllegalStateException(
        "unsupported database '" + product + "': the store runs on PostgreSQL and H2");
  }

  /** The SQL placeholder a JSON body is bound through. */
  String bodyParameter() {
    return bodyParameter;
  }

  /** The class-path resource of a schema version's DDL. */
  String ddl(int version) {
    return "/io/scimworks/store/jdbc/schema/" + folder + "/V" + version + ".sql";
  }
}
