package io.scimworks.benchmarks.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * A statement the store ran (captured from one request), its parameters, and which one holds the
 * looked-up key: {@link JdbcStoreRun} runs it bare with other keys to split a lookup's time between
 * the database and the Java side.
 */
record StoreStatement(String sql, List<Object> parameters, int keyAt) {
  /** Runs it with {@code key} as the lookup's key, reading every column; the rows found. */
  int run(DataSource pool, String key) throws SQLException {
    try (Connection c = pool.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        ps.setObject(i + 1, i == keyAt ? key : parameters.get(i));
      }
      int rows = 0;
      try (ResultSet rs = ps.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int col = 1; col <= columns; col++) {
            rs.getString(col);
          }
          rows++;
        }
      }
      return rows;
    }
  }
}
