package io.scimworks.store.jdbc.internal;

import io.scimworks.core.ScimException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/** Turns database failures into SCIM errors that reveal nothing of the SQL or the database. */
final class Sql {
  private static final System.Logger LOG = System.getLogger(Sql.class.getName());

  private Sql() {}

  /** Whether {@code e} (or a cause) reports a unique-constraint violation (SQLState 23505). */
  static boolean isUniqueViolation(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if ("23505".equals(x.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The SCIM error for a database failure: 503 (retry later) when the connection, the pool or a
   * transaction conflict is to blame, else 500. The SQL text stays in the server's log.
   */
  static ScimException failure(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    boolean transientFault =
        e instanceof SQLTransientException
            || e instanceof SQLRecoverableException
            || state.startsWith("08")
            || state.startsWith("40")
            || state.startsWith("57")
            || state.startsWith("53");
    if (state.startsWith("22")) {
      // a value the database cannot hold (PostgreSQL: NUL in text); the request is to blame
      return ScimException.of(
          io.scimworks.core.ScimType.INVALID_VALUE,
          "A value cannot be stored (for example a NUL character in a string)");
    }
    LOG.log(System.Logger.Level.WARNING, "Database failure (SQLState " + state + ")", e);
    return transientFault
        ? ScimException.serviceUnavailable("The database is unavailable; retry the request later")
        : ScimException.internalError();
  }
}
