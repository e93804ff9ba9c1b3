package io.scimworks.benchmarks.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.scimworks.benchmarks.server.EntraUsers;
import io.scimworks.server.BearerTokens;
import io.scimworks.server.ScimRequest;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.ScimServer;
import io.scimworks.server.ServerOptions;
import io.scimworks.server.spi.AuditListener;
import io.scimworks.server.spi.Repository;
import io.scimworks.server.spi.TenantResolver;
import io.scimworks.store.jdbc.JdbcStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import javax.sql.DataSource;

/**
 * The JDBC store on an embedded PostgreSQL (started from Maven Central binaries) with {@code N}
 * typical Entra ID users. Not JMH: one timed pass per phase, so that a million users fit in about
 * ten minutes on two cores.
 *
 * <ol>
 *   <li>Loads the users through {@code ScimServer.handle}: {@code POST /Bulk} requests of 1,000
 *       creates each, on {@code threads} loader threads; each create is a transaction of its own
 *       (its row and its unique key), as for any client. Prints the rate. At 10%, 25%, 50% and 100%
 *       of N it pauses to measure the heap after GC and a three-clause filter with push-down (and,
 *       up to 100,000 users, without).
 *   <li>Latency of {@code userName eq} and {@code externalId eq} (random existing users) through
 *       {@code ScimServer.handle}, interleaved in batches with the same lookup as a bare prepared
 *       statement on the same connection pool (reading id, version and JSON body); the ratio of the
 *       medians is what SCIMworks adds (target at most 1.30).
 *   <li>{@code EXPLAIN (ANALYZE, BUFFERS)} of exactly the SQL the store ran for each lookup (its
 *       statements are captured once, outside the timing) and of the bare statement.
 * </ol>
 *
 * <pre>
 * java -Xmx2g -cp scim-benchmarks/target/benchmarks.jar \
 *     io.scimworks.benchmarks.jdbc.JdbcStoreRun 1000000 [loaderThreads=2] [requests=20000]
 * </pre>
 */
public final class JdbcStoreRun {
  private static final int BULK = 1000;
  private static final int NO_PUSH_DOWN_LIMIT = 100_000;
  private static final String TENANT = TenantResolver.DEFAULT_TENANT;

  private final int n;
  private final DataSource pool;
  private final ScimServer server;

  private JdbcStoreRun(int n, DataSource pool, ScimServer server) {
    this.n = n;
    this.pool = pool;
    this.server = server;
  }

  /** Runs every phase; arguments: N, loader threads, timed requests per lookup and path. */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int requests = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
    if (n < BULK) {
      throw new IllegalArgumentException("N must be at least " + BULK);
    }
    long started = System.nanoTime();
    try (EmbeddedPostgres pg =
        EmbeddedPostgres.builder().setServerConfig("max_wal_size", "4GB").start()) {
      try (HikariDataSource pool = JdbcRuns.pool(pg, threads + 2);
          JdbcStore store = JdbcStore.builder().dataSource(pool).build()) {
        printSettings(pool, n, threads);
        JdbcStoreRun run = new JdbcStoreRun(n, pool, server(store.users(), store.groups()));
        run.load(threads, new ScimServerFor(store), requests);
        run.analyze();
        run.lookups(requests, "userName", EntraUsers::userName, "user_name");
        run.lookups(requests, "externalId", EntraUsers::externalId, "external_id");
        run.explain("userName", EntraUsers.userName(n / 2), "user_name");
        run.explain("externalId", EntraUsers.externalId(n / 3), "external_id");
      }
    }
    System.out.printf("%nTotal %.0f s%n", (System.nanoTime() - started) / 1e9);
  }

  /** Makes servers over a store's repositories, for the push-down comparison. */
  private record ScimServerFor(JdbcStore store) {
    ScimServer withoutPushDown() {
      return server(new NoPushDown(store.users()), store.groups());
    }
  }

  static ScimServer server(Repository users, Repository groups) {
    return ScimServer.builder()
        .users(users)
        .groups(groups)
        .authenticator(BearerTokens.of(EntraUsers.TOKEN))
        .auditListener(AuditListener.none())
        .options(
            ServerOptions.builder()
                .maxRequestBytes(8L << 20)
                .maxBulkPayloadBytes(8L << 20)
                .maxBulkOperations(BULK)
                .build())
        .build();
  }

  private static void printSettings(DataSource pool, int n, int threads) throws SQLException {
    try (Connection c = pool.getConnection()) {
      System.out.printf(
          "JDBC store benchmark: %,d users, %d loader threads, %s, Java %s, %d cores%n",
          n,
          threads,
          c.getMetaData().getDatabaseProductName()
              + " "
              + c.getMetaData().getDatabaseProductVersion(),
          System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors());
      StringBuilder settings = new StringBuilder("PostgreSQL settings:");
      for (String s :
          List.of("shared_buffers", "synchronous_commit", "fsync", "max_wal_size", "work_mem")) {
        try (PreparedStatement ps = c.prepareStatement("SHOW " + s);
            ResultSet rs = ps.executeQuery()) {
          rs.next();
          settings.append(' ').append(s).append('=').append(rs.getString(1));
        }
      }
      System.out.println(settings);
    }
  }

  // ---- phase 1: load, with heap and three-clause filter at checkpoints ----

  private void load(int threads, ScimServerFor servers, int requests) throws Exception {
    TreeSet<Integer> checkpoints = new TreeSet<>();
    for (int percent : new int[] {10, 25, 50, 100}) {
      checkpoints.add(Math.max(BULK, (int) ((long) n * percent / 100 / BULK * BULK)));
    }
    checkpoints.add(n);
    System.out.printf(
        "%n%-12s %12s %16s %22s %24s%n",
        "users", "load users/s", "heap after GC", "3-clause, push-down", "3-clause, no push-down");
    ExecutorService loaders = Executors.newFixedThreadPool(threads);
    long loadNanos = 0;
    int loaded = 0;
    try {
      for (int target : checkpoints) {
        long t0 = System.nanoTime();
        loadRange(loaders, threads, loaded, target);
        long took = System.nanoTime() - t0;
        loadNanos += took;
        double rate = (target - loaded) / (took / 1e9);
        loaded = target;
        long heap = settledUsedHeap();
        double pushed = threeClause(server, Math.min(200, requests), target);
        String notPushed =
            target <= NO_PUSH_DOWN_LIMIT
                ? String.format("%,.1f µs", threeClause(servers.withoutPushDown(), 3, target))
                : "(not run)";
        System.out.printf(
            "%,-12d %,12.0f %,13.1f MB %,19.1f µs %24s%n",
            target, rate, heap / 1048576.0, pushed, notPushed);
      }
    } finally {
      loaders.shutdownNow();
    }
    System.out.printf(
        "Bulk load: %,d users in %.1f s = %,.0f users/s (POST /Bulk through ScimServer.handle,"
            + " %d creates per request, each create its own transaction)%n",
        n, loadNanos / 1e9, n / (loadNanos / 1e9), BULK);
  }

  private void loadRange(ExecutorService loaders, int threads, int from, int to) throws Exception {
    AtomicInteger next = new AtomicInteger(from);
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      running.add(
          loaders.submit(
              () -> {
                for (int first = next.getAndAdd(BULK); first < to; first = next.getAndAdd(BULK)) {
                  bulkCreate(first, Math.min(BULK, to - first));
                }
                return null;
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
  }

  private void bulkCreate(int first, int count) {
    ScimResponse r =
        server.handle(
            ScimRequest.of("POST", "/Bulk", EntraUsers.HEADERS, JdbcRuns.usersBulk(first, count)));
    String text = r.bodyText();
    int created = 0;
    String ok = "\"status\":\"201\"";
    for (int at = text.indexOf(ok); at >= 0; at = text.indexOf(ok, at + ok.length())) {
      created++;
    }
    if (r.status() != 200 || created != count) {
      throw new IllegalStateException(
          "bulk of users "
              + first
              + ".. failed: "
              + text.substring(0, Math.min(500, text.length())));
    }
  }

  /** Median latency of {@code userName eq .. and active eq true and title eq "Engineer"}. */
  private static double threeClause(ScimServer on, int times, int users) {
    Random random = new Random(7);
    Latencies l = new Latencies(times);
    for (int i = 0; i < times; i++) {
      String filter =
          "userName eq \""
              + EntraUsers.userName(random.nextInt(users))
              + "\" and active eq true and title eq \"Engineer\"";
      long t0 = System.nanoTime();
      ScimResponse r = get(on, filter);
      l.add(System.nanoTime() - t0);
      expectOne(r, filter);
    }
    return l.percentile(50);
  }

  private static long settledUsedHeap() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private void analyze() throws SQLException {
    try (Connection c = pool.getConnection();
        PreparedStatement ps = c.prepareStatement("ANALYZE")) {
      ps.execute();
    }
  }

  // ---- phase 2: lookups through the server beside a bare prepared statement ----

  private void lookups(int requests, String attribute, IntFunction<String> value, String column)
      throws SQLException {
    String sql =
        "SELECT id, version, body FROM scim_resource WHERE tenant = ? AND rtype = ? AND "
            + column
            + " = ?";
    int warmUp = Math.min(requests, 2000);
    Random random = new Random(attribute.hashCode());
    Latencies scim = new Latencies(requests);
    Latencies bare = new Latencies(requests);
    int batch = 100;
    for (int done = -warmUp; done < requests; done += batch) {
      boolean timed = done >= 0;
      boolean scimFirst = (done / batch) % 2 == 0;
      for (int pass = 0; pass < 2; pass++) {
        boolean viaScim = (pass == 0) == scimFirst;
        for (int i = 0; i < batch; i++) {
          String v = value.apply(random.nextInt(n));
          long t0 = System.nanoTime();
          if (viaScim) {
            ScimResponse r = get(server, attribute + " eq \"" + v + "\"");
            long t = System.nanoTime() - t0;
            expectOne(r, v);
            if (timed) {
              scim.add(t);
            }
          } else {
            int rows = bare(sql, v);
            long t = System.nanoTime() - t0;
            if (rows != 1) {
              throw new IllegalStateException("bare lookup found " + rows + " rows for " + v);
            }
            if (timed) {
              bare.add(t);
            }
          }
        }
      }
    }
    System.out.printf("%n%s eq, random existing user of %,d:%n", attribute, n);
    System.out.println("  ScimServer.handle  " + scim.summary());
    System.out.println("  bare statement     " + bare.summary());
    System.out.printf(
        "  ratio (medians) %.2f, (means) %.2f   target <= 1.30%n",
        scim.percentile(50) / bare.percentile(50), scim.meanMicros() / bare.meanMicros());
  }

  private int bare(String sql, String value) throws SQLException {
    try (Connection c = pool.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, TENANT);
      ps.setString(2, "User");
      ps.setString(3, key(value));
      int rows = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rs.getString(1);
          rs.getLong(2);
          rs.getString(3);
          rows++;
        }
      }
      return rows;
    }
  }

  /**
   * The store's index key of a value: {@code "="} and the value, case-folded for {@code userName}
   * (the benchmark's values are lower-case ASCII already); values over 250 characters would be
   * hashed. If this drifts from the store, the bare lookup finds no row and the run stops.
   */
  private static String key(String value) {
    return "=" + value;
  }

  private static ScimResponse get(ScimServer on, String filter) {
    return on.handle(
        ScimRequest.of(
            "GET",
            "/Users?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8),
            EntraUsers.HEADERS,
            null));
  }

  private static void expectOne(ScimResponse r, String what) {
    if (r.status() != 200 || !r.bodyText().contains("\"totalResults\":1")) {
      throw new IllegalStateException("expected one user for " + what + ": " + r.bodyText());
    }
  }

  // ---- phase 3: plans ----

  private void explain(String attribute, String value, String column) throws SQLException {
    CapturingDataSource capture = new CapturingDataSource(pool);
    try (JdbcStore captured = JdbcStore.builder().dataSource(capture).build()) {
      ScimServer s = server(captured.users(), captured.groups());
      capture.clear();
      expectOne(get(s, attribute + " eq \"" + value + "\""), value);
    }
    System.out.printf("%nPlans of %s eq \"%s\"%n", attribute, value);
    for (CapturingDataSource.Captured c : capture.captured()) {
      System.out.println("  the store's statement: " + c.sql());
      System.out.println("  parameters: " + c.parameters().values());
      printPlan(c.sql(), new ArrayList<>(c.parameters().values()));
    }
    String bare =
        "SELECT id, version, body FROM scim_resource WHERE tenant = ? AND rtype = ? AND "
            + column
            + " = ?";
    System.out.println("  the bare statement: " + bare);
    printPlan(bare, List.of(TENANT, "User", key(value)));
  }

  private void printPlan(String sql, List<Object> parameters) throws SQLException {
    try (Connection c = pool.getConnection();
        PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        ps.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          System.out.println("    " + rs.getString(1));
        }
      }
    }
  }
}
