package io.scimworks.store.jdbc;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Records what a store asks of the database: the SQL of every statement it executes, and every call
 * on a connection that may cost a round trip of its own (commit, rollback, auto-commit, savepoints,
 * isolation, read-only, validity checks).
 */
final class CountingDataSource extends WatchedDataSource {
  private static final Set<String> CONNECTION_CALLS =
      Set.of(
          "commit",
          "rollback",
          "setAutoCommit",
          "setSavepoint",
          "releaseSavepoint",
          "setTransactionIsolation",
          "setReadOnly",
          "isValid");

  private final List<String> events = new ArrayList<>();
  private int borrows;

  CountingDataSource(DataSource real) {
    super(real);
  }

  /** Forgets what was recorded. */
  synchronized void clear() {
    events.clear();
    borrows = 0;
  }

  /** The SQL of the statements executed since {@link #clear()}. */
  synchronized List<String> statements() {
    return events.stream().filter(e -> !e.startsWith("connection.")).toList();
  }

  /** The connection calls since {@link #clear()}, as {@code connection.<method>}. */
  synchronized List<String> connectionCalls() {
    return events.stream().filter(e -> e.startsWith("connection.")).toList();
  }

  /** Connections borrowed since {@link #clear()}. */
  synchronized int borrows() {
    return borrows;
  }

  private synchronized void record(String event) {
    events.add(event);
  }

  @Override
  protected synchronized void borrowed() {
    borrows++;
  }

  @Override
  protected void calling(String method) {
    if (CONNECTION_CALLS.contains(method)) {
      record("connection." + method);
    }
  }

  @Override
  protected void executing(Connection connection, String sql, Map<Integer, Object> parameters) {
    record(sql);
  }

  @Override
  protected void executingPlain(String sql) {
    record(sql);
  }
}
