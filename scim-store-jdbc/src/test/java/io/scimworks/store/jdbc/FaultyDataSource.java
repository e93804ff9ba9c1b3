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
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that makes one chosen statement fail, to inject faults in the middle of a
 * transaction: either the statement alone fails (the transaction can still roll back), or the
 * connection is killed first ({@link Connection#abort}: the database sees it vanish and rolls back
 * on its own; the store's rollback fails too).
 */
final class FaultyDataSource implements DataSource {
  private static final Executor NOW = Runnable::run;

  private final DataSource real;
  private volatile String prefix = "\u0000none";
  private volatile boolean kill;
  private final AtomicInteger remaining = new AtomicInteger(-1);
  private final AtomicInteger fired = new AtomicInteger();

  FaultyDataSource(DataSource real) {
    this.real = real;
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

  private void maybeFail(Connection c, String sql) throws SQLException {
    if (sql.startsWith(prefix) && remaining.get() > 0 && remaining.decrementAndGet() == 0) {
      fired.incrementAndGet();
      if (kill) {
        c.abort(NOW);
        throw new SQLException("injected fault: connection killed", "08006");
      }
      throw new SQLException("injected fault: statement failed", "40001");
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    return wrap(real.getConnection());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return wrap(real.getConnection(user, password));
  }

  private Connection wrap(Connection c) {
    InvocationHandler h =
        (proxy, m, args) -> {
          Object result = invoke(c, m, args);
          if (m.getName().equals("prepareStatement") && result instanceof PreparedStatement ps) {
            return statement(c, ps, (String) args[0]);
          }
          return result;
        };
    return (Connection)
        Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, h);
  }

  private PreparedStatement statement(Connection c, PreparedStatement ps, String sql) {
    InvocationHandler h =
        (proxy, m, args) -> {
          if (m.getName().startsWith("execute")) {
            maybeFail(c, sql);
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
