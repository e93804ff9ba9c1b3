package io.scimworks.benchmarks.jdbc;

import com.sun.management.ThreadMXBean;
import com.zaxxer.hikari.HikariDataSource;
import io.scimworks.benchmarks.server.EntraUsers;
import io.scimworks.server.ScimRequest;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.ScimServer;
import io.scimworks.store.jdbc.JdbcStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Where a lookup through the JDBC store spends its time, in figures that survive a loaded machine:
 * statements and database round trips per request, and CPU time and bytes allocated per request on
 * the calling thread, through {@code ScimServer.handle} beside the bare prepared statement of
 * {@link JdbcStoreRun}. Run it under JFR for execution and allocation samples of the server path.
 *
 * <pre>
 * java -XX:StartFlightRecording=filename=lookup.jfr,settings=profile \
 *     -cp scim-benchmarks/target/benchmarks.jar \
 *     io.scimworks.benchmarks.jdbc.JdbcLookupProfile 20000 [requests=20000]
 * </pre>
 *
 * <p>It loads N users, and (by default) 10 groups of 300 members each among the first 1,000 users
 * (so that a looked-up user has about three groups); the lookups pick among those 1,000. The CPU
 * time of PostgreSQL is that of the backends serving the pool's connections, read from {@code
 * /proc} (Linux only) in 10 ms ticks: meaningful summed over thousands of requests.
 */
public final class JdbcLookupProfile {
  private static final String BARE = JdbcRuns.bareSql("user_name");
  private static final int MEMBERS = 300;
  private static final int POOL = 1000;

  private final ScimServer server;
  private final DataSource pool;
  private final int groups;
  private final List<String> userNames = new ArrayList<>();
  private final List<Long> backends = new ArrayList<>();

  private JdbcLookupProfile(ScimServer server, DataSource pool, int groups) {
    this.server = server;
    this.pool = pool;
    this.groups = groups;
  }

  /** Arguments: N users, measured requests per path, groups of 300 members (default 10). */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 20_000;
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int groups = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      try (HikariDataSource hikari = JdbcRuns.pool(pg, 2);
          JdbcStore store = JdbcStore.builder().dataSource(hikari).build()) {
        ScimServer server = JdbcStoreRun.server(store.users(), store.groups());
        JdbcLookupProfile p = new JdbcLookupProfile(server, hikari, groups);
        p.load(n);
        p.statements(hikari);
        p.perRequest(requests);
      }
    }
  }

  private void load(int n) throws SQLException {
    for (int first = 0; first < n; first += 1000) {
      String body = JdbcRuns.usersBulk(first, Math.min(1000, n - first));
      expect(server.handle(ScimRequest.of("POST", "/Bulk", EntraUsers.HEADERS, body)));
    }
    List<String> ids = new ArrayList<>();
    try (Connection c = pool.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, body->>'userName' FROM scim_resource WHERE rtype = 'User'"
                    + " ORDER BY id LIMIT "
                    + POOL)) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
          userNames.add(rs.getString(2));
        }
      }
    }
    Random random = new Random(1);
    for (int g = 0; g < groups; g++) {
      StringBuilder body =
          new StringBuilder(
              "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                  + "\"displayName\":\"Group "
                  + g
                  + "\",\"members\":[");
      for (int m = 0; m < MEMBERS; m++) {
        body.append(m == 0 ? "" : ",")
            .append("{\"value\":\"")
            .append(ids.get(random.nextInt(ids.size())))
            .append("\"}");
      }
      body.append("]}");
      expect(server.handle(ScimRequest.of("POST", "/Groups", EntraUsers.HEADERS, body.toString())));
    }
    JdbcRuns.analyze(pool);
    System.out.printf(
        "%,d users, %d groups of %d members among the first %d users%n", n, groups, MEMBERS, POOL);
  }

  /** Statements (captured) and round trips (pgjdbc's protocol log) of one request. */
  private void statements(DataSource real) {
    CapturingDataSource capture = new CapturingDataSource(real);
    RoundTrips trips = new RoundTrips();
    try (JdbcStore captured = JdbcStore.builder().dataSource(capture).build()) {
      ScimServer s = JdbcStoreRun.server(captured.users(), captured.groups());
      String[] paths = {
        "/Users?filter=" + URLEncoder.encode(lookup(0), StandardCharsets.UTF_8),
        "/Users?filter="
            + URLEncoder.encode(lookup(0), StandardCharsets.UTF_8)
            + "&excludedAttributes=groups",
        "/Users?count=100",
        "/Users?count=100&attributes=userName",
      };
      for (String path : paths) {
        for (int warm = 0; warm < 10; warm++) {
          expect(s.handle(ScimRequest.of("GET", path, EntraUsers.HEADERS, null)));
        }
        capture.clear();
        trips.start();
        expect(s.handle(ScimRequest.of("GET", path, EntraUsers.HEADERS, null)));
        long roundTrips = trips.stop();
        System.out.printf(
            "GET %s: %d statements, %d round trips%n", path, capture.captured().size(), roundTrips);
        for (CapturingDataSource.Captured c : capture.captured()) {
          System.out.println("    " + c.sql());
        }
      }
    }
  }

  private String lookup(int i) {
    return "userName eq \"" + userNames.get(i) + "\"";
  }

  /** CPU time and allocation of the calling thread per request, in alternating batches. */
  private void perRequest(int requests) throws SQLException {
    ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    Random random = new Random(3);
    long[] cpu = new long[2];
    long[] bytes = new long[2];
    long[] wall = new long[2];
    long[] database = new long[2];
    try (Connection c = pool.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT pid FROM pg_stat_activity WHERE backend_type = 'client backend'");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        backends.add(rs.getLong(1));
      }
    }
    int batch = 100;
    for (int done = -Math.min(requests, 5000); done < requests; done += batch) {
      for (int path = 0; path < 2; path++) {
        long d0 = databaseCpuNanos();
        long c0 = mx.getCurrentThreadCpuTime();
        long b0 = mx.getThreadAllocatedBytes(self);
        long t0 = System.nanoTime();
        for (int i = 0; i < batch; i++) {
          String userName = userNames.get(random.nextInt(userNames.size()));
          if (path == 0) {
            String path0 =
                "/Users?filter="
                    + URLEncoder.encode("userName eq \"" + userName + "\"", StandardCharsets.UTF_8);
            ScimResponse r = server.handle(ScimRequest.of("GET", path0, EntraUsers.HEADERS, null));
            if (r.status() != 200 || !r.bodyText().contains("\"totalResults\":1")) {
              throw new IllegalStateException(r.bodyText());
            }
          } else if (bare(userName) != 1) {
            throw new IllegalStateException("bare lookup missed " + userName);
          }
        }
        if (done >= 0) {
          cpu[path] += mx.getCurrentThreadCpuTime() - c0;
          bytes[path] += mx.getThreadAllocatedBytes(self) - b0;
          wall[path] += System.nanoTime() - t0;
          database[path] += databaseCpuNanos() - d0;
        }
      }
    }
    String[] names = {"ScimServer.handle", "bare statement"};
    for (int path = 0; path < 2; path++) {
      System.out.printf(
          "%-18s per request: %,8.1f µs CPU (calling thread), %,8.1f µs CPU (PostgreSQL),"
              + " %,8d bytes allocated, %,8.1f µs wall (meaningless on a loaded machine)%n",
          names[path],
          cpu[path] / 1e3 / requests,
          database[path] / 1e3 / requests,
          bytes[path] / requests,
          wall[path] / 1e3 / requests);
    }
  }

  /** CPU time (user + system) so far of the backends serving the pool, from {@code /proc}. */
  private long databaseCpuNanos() {
    long ticks = 0;
    for (long pid : backends) {
      try {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
      } catch (java.io.IOException | RuntimeException e) {
        // the process ended, or no /proc
      }
    }
    return ticks * 10_000_000L;
  }

  private int bare(String userName) throws SQLException {
    return JdbcRuns.bare(pool, BARE, JdbcRuns.key(userName));
  }

  private static void expect(ScimResponse r) {
    if (r.status() >= 300) {
      throw new IllegalStateException(r.status() + " " + r.bodyText());
    }
  }

  /** Counts the Sync messages pgjdbc sends: one per round trip of the extended protocol. */
  private static final class RoundTrips extends Handler {
    private static final Logger PGJDBC = Logger.getLogger("org.postgresql");
    private final AtomicLong syncs = new AtomicLong();

    void start() {
      syncs.set(0);
      setLevel(Level.ALL);
      PGJDBC.addHandler(this);
      PGJDBC.setLevel(Level.FINEST);
    }

    long stop() {
      PGJDBC.setLevel(Level.INFO);
      PGJDBC.removeHandler(this);
      return syncs.get();
    }

    @Override
    public void publish(LogRecord r) {
      String m = r.getMessage();
      if (m != null && m.contains("FE=> Sync")) {
        syncs.incrementAndGet();
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
