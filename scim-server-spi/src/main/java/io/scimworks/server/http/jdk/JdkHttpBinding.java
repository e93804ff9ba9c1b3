package io.scimworks.server.http.jdk;

import com.sun.net.httpserver.HttpServer;
import io.scimworks.server.ScimHandler;
import io.scimworks.server.ScimServer;
import io.scimworks.server.http.BindingOptions;
import io.scimworks.server.http.internal.BindingErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Serves a {@link ScimHandler} over HTTP with the JDK's built-in server ({@code
 * com.sun.net.httpserver}): no dependency, suited to small deployments, demos and tests.
 *
 * <pre>{@code
 * ScimServer server = ScimServer.builder()...build();
 * JdkHttpBinding binding = JdkHttpBinding.create(server).start(8080);
 * // serves http://127.0.0.1:8080/scim/v2/Users (loopback only; the server's base path), until
 * binding.stop();
 * }</pre>
 *
 * <p>The binding only translates bytes: the handler sees the method, the path below the mount point
 * still percent-encoded (an encoded slash stays {@code %2F}), the raw query, the headers and the
 * body, and its response is written as it is. On its own the binding answers, in the SCIM error
 * format, {@code 413} for a body over {@link BindingOptions#maxRequestBytes()}, {@code 503} with
 * {@code Retry-After} beyond {@link BindingOptions#maxInFlight()} requests, {@code 404} outside the
 * mount point, and what HTTP forbids but the JDK server lets through, as Jetty refuses it: {@code
 * 400} for a {@code Content-Length} that is not digits, a missing (HTTP/1.1), repeated, empty or
 * malformed {@code Host} (an empty port, a non-ASCII name, an IPvFuture and a port over 65535
 * included), an absolute-form target whose authority is not the {@code Host} or whose scheme is not
 * {@code http(s)}, a target with a {@code #fragment}, an empty path segment ({@code //}) or a
 * percent-encoded control character, and a body that cannot be read (a malformed chunk); {@code
 * 414} for a target over 8 KiB and {@code 431} for header fields over 8 KiB together; {@code 417}
 * for an {@code Expect} other than {@code 100-continue}; {@code 505} for a version other than
 * HTTP/1.0 and 1.1. These answers run before authentication and never quote the offending value. A
 * request with neither {@code Content-Length} nor {@code Transfer-Encoding} has no body. Requests
 * run on a bounded pool of {@code maxInFlight + 4} threads with a bounded queue; a client that does
 * not send its request (or take its response) within the timeouts has its connection closed. The
 * JDK server itself answers a request line it cannot parse (for example an unencoded {@code "} in
 * the query or a malformed {@code %} escape) with a plain {@code 400}, a {@code Transfer-Encoding}
 * other than {@code chunked} with a plain {@code 501} (Jetty: {@code 400} when {@code chunked} is
 * not the last coding) and a request with both {@code Content-Length} and {@code Transfer-Encoding}
 * with a plain {@code 400}.
 *
 * <p>Starting a binding sets the system property {@code sun.net.httpserver.nodelay} to {@code true}
 * unless it is already set, so that responses are not held back by TCP delayed acknowledgements.
 */
public final class JdkHttpBinding implements AutoCloseable {
  /** Threads beyond {@code maxInFlight}, so that overload is answered 503 promptly. */
  private static final int SPARE_THREADS = 4;

  private static final AtomicInteger BINDINGS = new AtomicInteger();

  private final ScimHandler handler;
  private final String mountPath;
  private final BindingOptions options;
  private @Nullable Running running;

  private record Running(
      HttpServer server,
      ExchangeHandler handler,
      ThreadPoolExecutor workers,
      ActiveExchanges active,
      Watchdog watchdog) {}

  private JdkHttpBinding(ScimHandler handler, String mountPath, BindingOptions options) {
    this.handler = Objects.requireNonNull(handler, "handler");
    this.mountPath = normalizeMountPath(mountPath);
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * A binding serving {@code handler}, not yet started. A {@link ScimServer} is mounted at its
   * {@link ScimServer#basePath()} with the transport limits of its {@link ScimServer#options()};
   * any other handler at the root path with {@link BindingOptions#defaults()}.
   *
   * @param handler what answers the requests; not null
   * @return a new binding; call a {@code start} method to listen
   */
  public static JdkHttpBinding create(ScimHandler handler) {
    return create(handler, BindingOptions.forHandler(handler));
  }

  /**
   * A binding serving {@code handler} with these limits, not yet started; mounted at a {@link
   * ScimServer}'s {@link ScimServer#basePath()}, or at the root path for any other handler.
   *
   * @param handler what answers the requests; not null
   * @param options the transport limits; not null
   * @return a new binding; call a {@code start} method to listen
   */
  public static JdkHttpBinding create(ScimHandler handler, BindingOptions options) {
    return create(handler, handler instanceof ScimServer server ? server.basePath() : "/", options);
  }

  /**
   * A binding serving {@code handler} below {@code mountPath} (e.g. {@code /scim/v2}); not yet
   * started. The handler sees paths relative to it ({@code /Users}).
   *
   * @param handler what answers the requests; not null
   * @param mountPath the path the handler is mounted at, e.g. {@code /scim/v2}
   * @param options the transport limits; not null
   * @return a new binding; call a {@code start} method to listen
   */
  public static JdkHttpBinding create(
      ScimHandler handler, String mountPath, BindingOptions options) {
    return new JdkHttpBinding(handler, mountPath, options);
  }

  /**
   * Starts listening on {@code port} of the loopback address only ({@code 0} picks a free port), so
   * that nothing is published beyond this machine by accident. To serve other machines, name the
   * interface with {@link #start(String, int)} (e.g. {@code "0.0.0.0"} for every IPv4 interface),
   * preferably behind a TLS-terminating proxy.
   *
   * @param port 0 to 65535; 0 picks a free port (see {@link #port()})
   * @return this binding, listening
   * @throws UncheckedIOException when the port cannot be bound
   * @throws IllegalStateException when already started
   */
  public JdkHttpBinding start(int port) {
    return start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
  }

  /**
   * Starts listening on {@code port} of the interface named by {@code host} (an address such as
   * {@code "0.0.0.0"} or {@code "192.0.2.10"}, or a host name resolved now).
   *
   * @param host an interface address or host name
   * @param port 0 to 65535; 0 picks a free port
   * @return this binding, listening
   * @throws UncheckedIOException when the address cannot be bound
   * @throws IllegalArgumentException when {@code host} cannot be resolved
   */
  public JdkHttpBinding start(String host, int port) {
    InetSocketAddress address = new InetSocketAddress(host, port);
    if (address.isUnresolved()) {
      throw new IllegalArgumentException("cannot resolve host " + host);
    }
    return start(address);
  }

  /**
   * Starts listening on {@code address} (port {@code 0} picks a free one).
   *
   * @param address the address and port to bind
   * @return this binding, listening
   * @throws UncheckedIOException when the address cannot be bound
   * @throws IllegalStateException when already started
   */
  public synchronized JdkHttpBinding start(InetSocketAddress address) {
    if (running != null) {
      throw new IllegalStateException("already started");
    }
    // The JDK server flushes the response headers before the body; without TCP_NODELAY the body
    // then waits for the client's delayed ACK (about 40 ms per response). The JDK reads this
    // property once, when its first server starts; an explicit setting is left alone.
    System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
    Watchdog watchdog = new Watchdog();
    ActiveExchanges active = new ActiveExchanges();
    ThreadPoolExecutor workers = workers(watchdog, active);
    HttpServer server;
    try {
      server = HttpServer.create(address, 0);
    } catch (IOException e) {
      workers.shutdownNow();
      watchdog.shutdown();
      throw new UncheckedIOException("cannot listen on " + address, e);
    }
    server.setExecutor(workers);
    ExchangeHandler exchanges = new ExchangeHandler(handler, mountPath, options, watchdog);
    server.createContext(mountPath, exchanges);
    if (!mountPath.equals("/")) {
      server.createContext(
          "/", new FixedResponse(BindingErrors.notFound("No SCIM endpoint here.")));
    }
    server.start();
    running = new Running(server, exchanges, workers, active, watchdog);
    return this;
  }

  /**
   * The address and port listened on.
   *
   * @return the bound address, with the actual port
   * @throws IllegalStateException when not started
   */
  public synchronized InetSocketAddress address() {
    if (running == null) {
      throw new IllegalStateException("not started");
    }
    return running.server().getAddress();
  }

  /**
   * The port listened on (useful after {@code start(0)}).
   *
   * @return the bound port
   * @throws IllegalStateException when not started
   */
  public synchronized int port() {
    if (running == null) {
      throw new IllegalStateException("not started");
    }
    return running.server().getAddress().getPort();
  }

  /**
   * Stops gracefully: requests in progress get up to {@link BindingOptions#stopGrace()} to finish
   * while new ones are answered {@code 503}; then the port is closed, and every connection and
   * thread with it. Does nothing when not started.
   */
  public synchronized void stop() {
    Running r = running;
    if (r == null) {
      return;
    }
    running = null;
    r.handler().refuseNewRequests();
    try {
      r.active().awaitNone(options.stopGrace().toNanos());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    r.server().stop(0);
    r.workers().shutdownNow();
    r.watchdog().shutdown();
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  private ThreadPoolExecutor workers(Watchdog watchdog, ActiveExchanges active) {
    int threads = options.maxInFlight() + SPARE_THREADS;
    AtomicInteger count = new AtomicInteger();
    String prefix = "scimworks-http-" + BINDINGS.incrementAndGet() + "-";
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            // Bounded: beyond it the JDK server closes the new connection instead of queueing.
            new ArrayBlockingQueue<>(threads * 4),
            r -> {
              Thread t = new Thread(r, prefix + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            }) {
          @Override
          public void execute(Runnable exchange) {
            active.begin();
            try {
              super.execute(
                  () -> {
                    // Times the JDK's reading of the request line and headers; the handler
                    // disarms it once the body is in.
                    watchdog.arm(options.readTimeout());
                    try {
                      exchange.run();
                    } finally {
                      watchdog.disarm();
                      active.end();
                    }
                  });
            } catch (RuntimeException rejected) {
              active.end();
              throw rejected;
            }
          }
        };
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  private static String normalizeMountPath(String path) {
    Objects.requireNonNull(path, "mountPath");
    String p = path.startsWith("/") ? path : "/" + path;
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  @Override
  public String toString() {
    return "JdkHttpBinding["
        + mountPath
        + (running == null ? ", stopped]" : ", port " + port() + "]");
  }
}
