package io.scimworks.benchmarks.server;

import io.scimworks.server.ScimHandler;
import io.scimworks.server.ScimResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A server for an external load generator ({@code wrk}, run by {@code scim-benchmarks/http-load.sh}
 * in its own process on its own core): one of the HTTP bindings on a loopback port, serving either
 * the hello-world handler of {@link HttpBindingBenchmark} or SCIMworks with an in-memory store of
 * Entra-style users ({@code user<n>@contoso.com}, bearer token {@code benchmark-token}).
 *
 * <pre>
 * java -cp scim-benchmarks/target/benchmarks.jar io.scimworks.benchmarks.server.LoadTarget \
 *     jdk-scim 8080 [users]
 * </pre>
 *
 * <p>Targets: {@code jdk-hello}, {@code jdk-scim}, {@code servlet-hello}, {@code servlet-scim}.
 * Once listening it prints one line, {@code READY <port> <id of user500>} (the id is {@code -} for
 * the hello targets, which answer every path the same), and serves until killed.
 *
 * <p>With {@code -Dload.helloBytes=<n>} the hello targets answer a body of {@code n} bytes with an
 * {@code ETag}, the shape of a SCIM read, so that what the size of an answer costs the binding can
 * be told from what SCIMworks costs.
 *
 * <p>With {@code -Dload.stats=<seconds>} it also prints, every that many seconds, a {@code STATS}
 * line ({@link HandlerStats}): the handler's own CPU time and heap allocation per request, measured
 * on the worker threads, against the whole process's CPU time per request.
 */
public final class LoadTarget {
  private LoadTarget() {}

  /**
   * Starts the target named by {@code args[0]} on port {@code args[1]} with {@code args[2]} users
   * (default 1,000) and serves until the process is killed.
   *
   * @param args target, port and optionally the number of users
   * @throws Exception if the server cannot start
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 2 || !args[0].matches("(jdk|servlet)-(hello|scim)")) {
      System.err.println(
          "usage: LoadTarget <jdk-hello|jdk-scim|servlet-hello|servlet-scim> <port> [users]");
      System.exit(2);
    }
    String[] target = args[0].split("-");
    int port = Integer.parseInt(args[1]);
    int users = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    String probeId = "-";
    ScimHandler handler;
    if (target[1].equals("hello")) {
      int bytes = Integer.getInteger("load.helloBytes", 0);
      handler = bytes > 0 ? sized(bytes) : BindingServers.HELLO;
    } else {
      var server = EntraUsers.server();
      String[] ids = EntraUsers.load(server, 0, users);
      probeId = ids[Math.min(500, users - 1)];
      handler = server;
    }
    int statsSeconds = Integer.getInteger("load.stats", 0);
    if (statsSeconds > 0) {
      HandlerStats stats = new HandlerStats(handler);
      stats.report(statsSeconds);
      handler = stats;
    }
    BindingServers.Running running = BindingServers.start(target[0], handler, port);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(running)));
    System.out.println("READY " + running.port() + " " + probeId);
    System.out.flush();
    new CountDownLatch(1).await();
  }

  /**
   * A hello-world answering a body of {@code bytes} bytes ({@code {"hello":"www..."}}) with an
   * {@code ETag}, as a SCIM read does: what a response of that size costs the binding by itself.
   */
  private static ScimHandler sized(int bytes) {
    String pad = "w".repeat(Math.max(1, bytes - "{\"hello\":\"\"}".length()));
    byte[] body = ("{\"hello\":\"" + pad + "\"}").getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = Map.of("Content-Type", ScimResponse.SCIM_JSON, "ETag", "W/\"6\"");
    return request -> new ScimResponse(200, headers, body);
  }

  private static void stop(BindingServers.Running running) {
    try {
      running.stop().close();
    } catch (Exception e) {
      // the process is exiting anyway
    }
  }
}
