package io.scimworks.benchmarks.server;

import io.scimworks.server.ScimHandler;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.http.BindingOptions;
import io.scimworks.server.http.jdk.JdkHttpBinding;
import io.scimworks.server.http.servlet.ScimServlet;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loopback HTTP throughput of Entra's matching query, {@code GET /Users?filter=userName eq "..."},
 * through each binding ({@code jdk}: {@code JdkHttpBinding}; {@code servlet}: {@code ScimServlet}
 * in Jetty 12), next to the same binding serving a fixed hello-world response. The ratio {@code
 * filter / hello} per binding is what the server costs on top of HTTP.
 *
 * <pre>
 * java -jar scim-benchmarks/target/benchmarks.jar HttpBindingBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(4)
public class HttpBindingBenchmark {
  private static final ScimResponse HELLO =
      new ScimResponse(
          200,
          Map.of("Content-Type", ScimResponse.SCIM_JSON),
          "{\"hello\":\"world\"}".getBytes(StandardCharsets.UTF_8));

  @Param({"jdk", "servlet"})
  String binding;

  @Param({"hello", "filter"})
  String answer;

  @Param({"10000"})
  int users;

  private AutoCloseable running;
  private HttpClient client;
  private String base;

  @Setup(Level.Trial)
  public void start() throws Exception {
    ScimHandler handler;
    if (answer.equals("hello")) {
      handler = request -> HELLO;
    } else {
      var server = EntraUsers.server();
      EntraUsers.load(server, 0, users);
      handler = server;
    }
    int port = binding.equals("jdk") ? startJdk(handler) : startJetty(handler);
    base = "http://127.0.0.1:" + port + "/scim/v2/Users?filter=userName+eq+%22user";
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  private int startJdk(ScimHandler handler) {
    JdkHttpBinding jdk =
        JdkHttpBinding.create(handler, "/scim/v2", BindingOptions.defaults())
            .start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    running = jdk::stop;
    return jdk.port();
  }

  private int startJetty(ScimHandler handler) throws Exception {
    Server server = new Server();
    HttpConfiguration http = new HttpConfiguration();
    http.setHeaderCacheCaseSensitive(true);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    context.addServlet(new ServletHolder(new ScimServlet(handler)), "/scim/v2/*");
    server.setHandler(context);
    server.start();
    running = server::stop;
    return connector.getLocalPort();
  }

  @TearDown(Level.Trial)
  public void stop() throws Exception {
    running.close();
  }

  /** One request with a random existing userName; the same URL shape for both answers. */
  @Benchmark
  public int getUserByUserNameFilter() throws IOException, InterruptedException {
    int n = ThreadLocalRandom.current().nextInt(users);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + n + "%40contoso.com%22"))
            .header("Authorization", "Bearer " + EntraUsers.TOKEN)
            .build();
    int status = client.send(request, BodyHandlers.ofByteArray()).statusCode();
    if (status != 200) {
      throw new IllegalStateException("HTTP " + status);
    }
    return status;
  }
}
