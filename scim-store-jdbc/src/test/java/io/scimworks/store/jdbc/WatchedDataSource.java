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
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} whose connections tell a subclass what they are asked before they do it:
 * every call on a connection, and every execution of a statement with its SQL (and, for a prepared
 * statement, the parameters bound to it). A hook may record the call or throw to make it fail;
 * everything else passes through to the wrapped data source.
 *
 * <p>Shared by the store's tests and the JDBC benchmarks (through this module's test jar).
 */
public abstract class WatchedDataSource implements DataSource {
  private final DataSource real;

  /**
   * Wraps a data source.
   *
   * @param real the data source that does the work
   */
  protected WatchedDataSource(DataSource real) {
    this.real = real;
  }

  /**
   * Called with each connection borrowed, before it is handed out.
   *
   * @throws SQLException to fail the borrow
   */
  protected void borrowed() throws SQLException {}

  /**
   * Called before each call on a borrowed connection.
   *
   * @param method the name of the {@link Connection} method called
   * @throws SQLException to fail the call
   */
  protected void calling(String method) throws SQLException {}

  /**
   * Called before a prepared statement executes ({@code execute*}).
   *
   * @param connection the real connection the statement belongs to
   * @param sql the statement's SQL
   * @param parameters the parameters bound so far by index ({@code setNull} left out), a copy
   * @throws SQLException to fail the execution
   */
  protected void executing(Connection connection, String sql, Map<Integer, Object> parameters)
      throws SQLException {}

  /**
   * Called before a plain (not prepared) statement executes ({@code execute*}).
   *
   * @param sql the SQL passed to the call ({@code "null"} for a call without one)
   * @throws SQLException to fail the execution
   */
  protected void executingPlain(String sql) throws SQLException {}

  @Override
  public Connection getConnection() throws SQLException {
    return watch(real.getConnection());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return watch(real.getConnection(user, password));
  }

  private Connection watch(Connection c) throws SQLException {
    borrowed();
    InvocationHandler h =
        (proxy, m, args) -> {
          calling(m.getName());
          Object result = invoke(c, m, args);
          if (m.getName().equals("prepareStatement") && result instanceof PreparedStatement ps) {
            return prepared(c, ps, (String) args[0]);
          }
          if (result instanceof Statement st && !(result instanceof PreparedStatement)) {
            return plain(st);
          }
          return result;
        };
    return proxy(Connection.class, h);
  }

  private PreparedStatement prepared(Connection c, PreparedStatement ps, String sql) {
    Map<Integer, Object> parameters = new TreeMap<>();
    InvocationHandler h =
        (proxy, m, args) -> {
          String name = m.getName();
          if (name.startsWith("set")
              && args != null
              && args.length >= 2
              && args[0] instanceof Integer index
              && !name.equals("setNull")) {
            parameters.put(index, args[1]);
          } else if (name.startsWith("execute")) {
            executing(c, sql, new TreeMap<>(parameters));
          }
          return invoke(ps, m, args);
        };
    return proxy(PreparedStatement.class, h);
  }

  private Statement plain(Statement st) {
    InvocationHandler h =
        (proxy, m, args) -> {
          if (m.getName().startsWith("execute")) {
            executingPlain(String.valueOf(args == null ? null : args[0]));
          }
          return invoke(st, m, args);
        };
    return proxy(Statement.class, h);
  }

  private <T> T proxy(Class<T> type, InvocationHandler h) {
    return type.cast(
        Proxy.newProxyInstance(WatchedDataSource.class.getClassLoader(), new Class<?>[] {type}, h));
  }

  private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
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
