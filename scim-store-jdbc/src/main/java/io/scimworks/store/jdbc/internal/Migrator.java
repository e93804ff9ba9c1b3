package io.scimworks.store.jdbc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Brings the database's schema to the version this jar ships: each missing version's DDL runs once,
 * in order, recorded in {@code scim_schema_version}, with what a version computes in Java for the
 * rows already there (version 2: {@link SortKeyBackfill}; version 3: {@link GroupDisplayBackfill})
 * in the same transaction. Upgrades only go forward; a database newer than the jar is refused
 * rather than misread.
 */
public final class Migrator {
  /** The schema version this jar writes and reads. */
  public static final int CURRENT = 3;

  private Migrator() {}

  /** Applies the missing versions; returns the dialect found. */
  public static Dialect migrate(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      Dialect dialect = Dialect.of(c);
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute(
            "CREATE TABLE IF NOT EXISTS scim_schema_version ("
                + "version INT PRIMARY KEY, applied TIMESTAMP WITH TIME ZONE NOT NULL)");
      }
      c.commit();
      int found = current(c);
      if (found > CURRENT) {
        throw new IllegalStateException(
            "the database holds schema version "
                + found
                + " but this scim-store-jdbc knows only up to "
                + CURRENT
                + ": upgrade the library");
      }
      for (int v = found + 1; v <= CURRENT; v++) {
        apply(c, dialect, v);
      }
      c.setAutoCommit(true);
      return dialect;
    }
  }

  private static int current(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT MAX(version) FROM scim_schema_version")) {
      rs.next();
      int v = rs.getInt(1);
      c.commit();
      return v;
    }
  }

  private static void apply(Connection c, Dialect dialect, int version) throws SQLException {
    try {
      // Claim the version first: a second server starting at the same moment waits on this row
      // and then finds it taken (PostgreSQL runs DDL inside the transaction).
      try (PreparedStatement claim =
          c.prepareStatement(
              "INSERT INTO scim_schema_version (version, applied) VALUES (?, CURRENT_TIMESTAMP)")) {
        claim.setInt(1, version);
        claim.executeUpdate();
      }
      try (Statement s = c.createStatement()) {
        for (String statement : statements(dialect.ddl(version))) {
          s.execute(statement);
        }
      }
      if (version == 2) {
        SortKeyBackfill.run(c);
      }
      if (version == 3) {
        GroupDisplayBackfill.run(c);
      }
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      if (Sql.isUniqueViolation(e) && current(c) >= version) {
        return; // another server applied it meanwhile
      }
      throw e;
    }
  }

  static List<String> statements(String resource) {
    String text;
    try (InputStream in = Migrator.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n")) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (t.endsWith(";")) {
        String sql = current.toString().strip();
        out.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    return out;
  }
}
