package io.scimworks.benchmarks.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Records the statements a store prepares and the parameters it binds, so the benchmark can show
 * the plan of exactly the SQL the store ran (used for one request only, never while timing).
 */
final class CapturingDataSource implements DataSource {
  /** A statement as executed: its SQL and its parameters by index. */
  record Captured(String sql, Map<Integer, Object> parameters) {}

  private final DataSource real;
  private final List<Captured> captured = new ArrayList<>();

  CapturingDataSource(DataSource real) {
    this.real = real;
  }

  synchronized List<Captured> captured() {
    return List.copyOf(captured);
  }

  synchronized void clear() {
    captured.clear();
  }

  private synchronized void record(Captured c) {
    captured.add(c);
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection c = real.getConnection();
    InvocationHandler h =
        (proxy, m, args) -> {
          Object result = invoke(c, m, args);
          if (m.getName().equals("prepareStatement") && result instanceof PreparedStatement ps) {
            return statement(ps, (String) args[0]);
          }
          return result;
        };
    return (Connection)
        Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, h);
  }

  private PreparedStatement statement(PreparedStatement ps, String sql) {
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
            record(new Captured(sql, new TreeMap<>(parameters)));
          }
          return invoke(ps, m, args);
        };
    return (PreparedStatement)
        Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class}, h);
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
