package io.scimworks.benchmarks.server;

import io.scimworks.server.ScimHandler;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
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
      handler = BindingServers.HELLO;
    } else {
      var server = EntraUsers.server();
      EntraUsers.load(server, 0, users);
      handler = server;
    }
    BindingServers.Running started = BindingServers.start(binding, handler, 0);
    running = started.stop();
    int port = started.port();
    base = "http://127.0.0.1:" + port + "/scim/v2/Users?filter=userName+eq+%22user";
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
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
