package io.scimworks.store.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Records what a store asks of the database: the SQL of every statement it executes, and every call
 * on a connection that may cost a round trip of its own (commit, rollback, auto-commit, savepoints,
 * isolation, read-only, validity checks).
 */
final class CountingDataSource implements DataSource {
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

  private final DataSource real;
  private final List<String> events = new ArrayList<>();
  private int borrows;

  CountingDataSource(DataSource real) {
    this.real = real;
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
  public Connection getConnection() throws SQLException {
    Connection c = real.getConnection();
    synchronized (this) {
      borrows++;
    }
    InvocationHandler h =
        (proxy, m, args) -> {
          if (CONNECTION_CALLS.contains(m.getName())) {
            record("connection." + m.getName());
          }
          Object result = invoke(c, m, args);
          if (result instanceof PreparedStatement ps
              && args != null
              && args[0] instanceof String s) {
            return statement(ps, PreparedStatement.class, s);
          }
          if (result instanceof Statement st && !(result instanceof PreparedStatement)) {
            return statement(st, Statement.class, null);
          }
          return result;
        };
    return (Connection)
        Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, h);
  }

  private <T extends Statement> T statement(T st, Class<T> type, String sql) {
    InvocationHandler h =
        (proxy, m, args) -> {
          if (m.getName().startsWith("execute")) {
            record(sql != null ? sql : String.valueOf(args == null ? null : args[0]));
          }
          return invoke(st, m, args);
        };
    return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, h));
  }

  private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("use getConnection()");
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return real.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    real.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    real.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return real.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return real.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return real.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return real.isWrapperFor(iface);
  }
}
