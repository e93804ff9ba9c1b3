package io.scimworks.benchmarks.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.scimworks.benchmarks.server.EntraUsers;
import io.scimworks.server.spi.TenantResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * What {@link JdbcStoreRun} and {@link JdbcLookupProfile} share: the pool on the embedded
 * PostgreSQL, the {@code POST /Bulk} body that loads users, and the bare lookup the store is
 * measured against.
 */
final class JdbcRuns {
  static final String TENANT = TenantResolver.DEFAULT_TENANT;

  private JdbcRuns() {}

  /** A pool of {@code size} connections to the embedded PostgreSQL's {@code postgres} database. */
  static HikariDataSource pool(EmbeddedPostgres pg, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setPassword("postgres");
    config.setMaximumPoolSize(size);
    config.setPoolName("benchmark");
    return new HikariDataSource(config);
  }

  /**
   * A bulk request creating the users {@code first .. first + count - 1} of {@link EntraUsers}
   * (bulkIds {@code u<n>}), stopping at the first failure.
   */
  static String usersBulk(int first, int count) {
    StringBuilder body = new StringBuilder(count * 900);
    body.append("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],")
        .append("\"failOnErrors\":1,\"Operations\":[");
    for (int i = 0; i < count; i++) {
      body.append(i == 0 ? "" : ",")
          .append("{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"u")
          .append(first + i)
          .append("\",\"data\":")
          .append(EntraUsers.json(first + i))
          .append('}');
    }
    return body.append("]}").toString();
  }

  /**
   * The bare lookup of a user by an indexed column ({@code user_name}, {@code external_id}): {@code
   * SELECT id, version, body}.
   */
  static String bareSql(String column) {
    return "SELECT id, version, body FROM scim_resource WHERE tenant = ? AND rtype = ? AND "
        + column
        + " = ?";
  }

  /**
   * Runs a {@link #bareSql bare lookup} for the store's index {@code key} of a value, reading every
   * row's id, version and body; the rows found.
   */
  static int bare(DataSource pool, String sql, String key) throws SQLException {
    try (Connection c = pool.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, TENANT);
      ps.setString(2, "User");
      ps.setString(3, key);
      int rows = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rs.getString(1);
          rs.getLong(2);
          rs.getString(3);
          rows++;
        }
      }
      return rows;
    }
  }

  /**
   * The store's index key of a value: {@code "="} and the value, case-folded for {@code userName}
   * (the benchmark's values are lower-case ASCII already); values over 250 characters would be
   * hashed. If this drifts from the store, the bare lookup finds no row and the run stops.
   */
  static String key(String value) {
    return "=" + value;
  }

  /** {@code ANALYZE}: fresh planner statistics after a load. */
  static void analyze(DataSource pool) throws SQLException {
    try (Connection c = pool.getConnection();
        PreparedStatement ps = c.prepareStatement("ANALYZE")) {
      ps.execute();
    }
  }
}
