package io.scimworks.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that makes one chosen prepared statement fail, to inject faults in the
 * middle of a transaction: either the statement alone fails (the transaction can still roll back),
 * or the connection is killed first ({@link Connection#abort}: the database sees it vanish and
 * rolls back on its own; the store's rollback fails too).
 */
final class FaultyDataSource extends WatchedDataSource {
  private static final Executor NOW = Runnable::run;

  private volatile String prefix = "\u0000none";
  private volatile boolean kill;
  private final AtomicInteger remaining = new AtomicInteger(-1);
  private final AtomicInteger fired = new AtomicInteger();

  FaultyDataSource(DataSource real) {
    super(real);
  }

  /**
   * Fails the {@code nth} execution (1-based) of a statement whose SQL starts with {@code
   * sqlPrefix}, once, killing its connection first when {@code killConnection}.
   */
  void failOn(String sqlPrefix, int nth, boolean killConnection) {
    this.kill = killConnection;
    this.prefix = sqlPrefix;
    remaining.set(nth);
  }

  /** How many faults were injected. */
  int fired() {
    return fired.get();
  }

  @Override
  protected void executing(Connection connection, String sql, Map<Integer, Object> parameters)
      throws SQLException {
    if (sql.startsWith(prefix) && remaining.get() > 0 && remaining.decrementAndGet() == 0) {
      fired.incrementAndGet();
      if (kill) {
        connection.abort(NOW);
        throw new SQLException("injected fault: connection killed", "08006");
      }
      throw new SQLException("injected fault: statement failed", "40001");
    }
  }
}
