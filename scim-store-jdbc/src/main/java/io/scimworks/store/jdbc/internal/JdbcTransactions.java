package io.scimworks.store.jdbc.internal;

import io.scimworks.core.ScimException;
import io.scimworks.server.spi.RequestContext;
import io.scimworks.server.spi.Transaction;
import io.scimworks.server.spi.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The transactions of one store: a unit of work is one connection with auto-commit off, carried in
 * {@link RequestContext#transaction()}; a nested unit, and every write made inside a unit, is a
 * savepoint, so a failed operation undoes only itself (and a PostgreSQL transaction stays usable
 * after a failed statement). Outside a unit each write is a transaction of its own.
 */
public final class JdbcTransactions implements Transactions {
  private final DataSource dataSource;

  /** Transactions on connections from {@code dataSource}. */
  public JdbcTransactions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Statements on one connection. */
  @FunctionalInterface
  public interface Work<T> {
    /** Runs the statements. */
    T run(Connection c) throws SQLException;
  }

  /** An open unit of work: its connection, used by one thread at a time. */
  private final class Unit implements Transaction {
    final Connection connection;
    boolean broken;
    boolean over;

    Unit(Connection connection) {
      this.connection = connection;
    }

    @Override
    public Transactions owner() {
      return JdbcTransactions.this;
    }
  }

  @Override
  public <T> T inTransaction(RequestContext context, Function<RequestContext, T> work) {
    Unit open = unitOf(context);
    if (open != null) {
      return nested(open, c -> work.apply(context));
    }
    return top(
        c -> {
          Unit unit = new Unit(c);
          try {
            T result = work.apply(context.withTransaction(unit));
            if (unit.broken) {
              throw lost();
            }
            return result;
          } finally {
            unit.over = true;
          }
        });
  }

  /**
   * Runs a write: as a savepoint of the context's unit of work, or as a transaction of its own when
   * there is none. A {@link SQLException} becomes a {@link ScimException} (see {@link Sql}).
   */
  public <T> T write(RequestContext context, Work<T> work) {
    Unit open = unitOf(context);
    return open != null ? nested(open, work) : top(work);
  }

  /** Runs a read on the connection of the context's unit of work, or on a pooled one. */
  public <T> T read(RequestContext context, Work<T> work) {
    Unit open = unitOf(context);
    try {
      if (open != null) {
        return work.run(open.connection);
      }
      try (Connection c = dataSource.getConnection()) {
        return work.run(c);
      }
    } catch (SQLException e) {
      throw Sql.failure(e);
    }
  }

  /** The context's unit of work if it is one of this store's; another store's is ignored. */
  private @Nullable Unit unitOf(RequestContext context) {
    if (!(context.transaction() instanceof Unit unit) || unit.owner() != this) {
      return null;
    }
    if (unit.over) {
      throw new IllegalStateException("the transaction this context carries is over");
    }
    return unit;
  }

  private <T> T nested(Unit unit, Work<T> work) {
    if (unit.broken) {
      throw lost();
    }
    Connection c = unit.connection;
    Savepoint savepoint;
    try {
      savepoint = c.setSavepoint();
    } catch (SQLException e) {
      unit.broken = true;
      throw Sql.failure(e);
    }
    try {
      T result = work.run(c);
      c.releaseSavepoint(savepoint);
      return result;
    } catch (SQLException e) {
      undo(unit, savepoint);
      throw Sql.failure(e);
    } catch (RuntimeException | Error e) {
      undo(unit, savepoint);
      throw e;
    }
  }

  /** Rolls back to {@code savepoint}; if even that fails, the whole unit can only roll back. */
  private static void undo(Unit unit, Savepoint savepoint) {
    try {
      unit.connection.rollback(savepoint);
    } catch (SQLException e) {
      unit.broken = true;
    }
  }

  private <T> T top(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollbackQuietly(c);
        throw e;
      } finally {
        restoreAutoCommit(c);
      }
    } catch (SQLException e) {
      throw Sql.failure(e);
    }
  }

  private static ScimException lost() {
    return ScimException.serviceUnavailable(
        "The database connection was lost; nothing of this request was written, retry it");
  }

  /** Hands the connection back as it came; a broken one is discarded by the pool anyway. */
  private static void restoreAutoCommit(Connection c) {
    try {
      c.setAutoCommit(true);
    } catch (SQLException ignored) {
      // keep the exception that broke the transaction, not this one
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the connection is broken; the pool discards it and the database rolls back
    }
  }
}
