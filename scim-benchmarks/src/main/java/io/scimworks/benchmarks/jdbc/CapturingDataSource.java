package io.scimworks.benchmarks.jdbc;

import io.scimworks.store.jdbc.WatchedDataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Records the statements a store prepares and the parameters it binds, so the benchmark can show
 * the plan of exactly the SQL the store ran (used for one request only, never while timing).
 */
final class CapturingDataSource extends WatchedDataSource {
  /** A statement as executed: its SQL and its parameters by index. */
  record Captured(String sql, Map<Integer, Object> parameters) {}

  private final List<Captured> captured = new ArrayList<>();

  CapturingDataSource(DataSource real) {
    super(real);
  }

  synchronized List<Captured> captured() {
    return List.copyOf(captured);
  }

  synchronized void clear() {
    captured.clear();
  }

  @Override
  protected synchronized void executing(
      Connection connection, String sql, Map<Integer, Object> parameters) {
    captured.add(new Captured(sql, parameters));
  }
}
