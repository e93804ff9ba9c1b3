package io.scimworks.provisioning;

import io.scimworks.client.RetryPolicy;
import io.scimworks.client.ScimClient;
import io.scimworks.client.ScimClientBuilder;
import io.scimworks.core.json.ScimJson;
import io.scimworks.examples.Workspace;
import io.scimworks.server.BearerTokens;
import io.scimworks.server.ScimHandler;
import io.scimworks.server.ScimRequest;
import io.scimworks.server.ScimServer;
import io.scimworks.server.ServerOptions;
import io.scimworks.server.http.BindingOptions;
import io.scimworks.server.http.jdk.JdkHttpBinding;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The workspace app's SCIM server over the JDK binding on a random loopback port, counting the
 * requests it answers (by method and endpoint) and keeping the bodies of writes.
 */
final class TestTarget implements AutoCloseable {
  static final String TOKEN = "workspace-secret";

  private final ScimServer server;
  private final JdkHttpBinding binding;
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  private final Queue<String> writes = new ConcurrentLinkedQueue<>();

  TestTarget() {
    this(ServerOptions.defaults(), UnaryOperator.identity());
  }

  TestTarget(ServerOptions options, UnaryOperator<ScimHandler> decorator) {
    server = Workspace.scimServer(BearerTokens.of(TOKEN), options);
    ScimHandler inner = decorator.apply(server);
    ScimHandler counting =
        request -> {
          String key = request.method() + " " + endpoint(request.path());
          counts.computeIfAbsent(key, k -> new LongAdder()).increment();
          if (!request.method().equals("GET")) {
            writes.add(
                key + " " + new String(request.body(), java.nio.charset.StandardCharsets.UTF_8));
          }
          return inner.handle(request);
        };
    binding =
        JdkHttpBinding.create(counting, Workspace.BASE_PATH, BindingOptions.from(options))
            .start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
  }

  private static String endpoint(String path) {
    int second = path.indexOf('/', 1);
    return second < 0 ? path : path.substring(0, second);
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + binding.port() + Workspace.BASE_PATH);
  }

  ScimClientBuilder clientBuilder() {
    return ScimClient.builder()
        .baseUri(baseUri())
        .bearerToken(TOKEN)
        .retryPolicy(RetryPolicy.none());
  }

  ScimClient client() {
    return clientBuilder().build();
  }

  /** Requests answered, by {@code "METHOD /Endpoint"}. */
  Map<String, Long> counts() {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  long count(String key) {
    LongAdder a = counts.get(key);
    return a == null ? 0 : a.sum();
  }

  /** Writes (anything but GET) so far, as {@code "METHOD /Endpoint body"}. */
  List<String> writes() {
    return new ArrayList<>(writes);
  }

  void clearLog() {
    counts.clear();
    writes.clear();
  }

  /** Every user stored, straight from the server, keyed by userName. */
  Map<String, ObjectNode> users() {
    return all("/Users", "userName");
  }

  /** Every group stored, keyed by displayName. */
  Map<String, ObjectNode> groups() {
    return all("/Groups", "displayName");
  }

  private Map<String, ObjectNode> all(String endpoint, String key) {
    Map<String, ObjectNode> out = new TreeMap<>();
    int start = 1;
    while (true) {
      ObjectNode page =
          ScimJson.readObject(
              server
                  .handle(
                      ScimRequest.of(
                          "GET",
                          endpoint + "?startIndex=" + start + "&count=1000",
                          Map.of("Authorization", List.of("Bearer " + TOKEN)),
                          null))
                  .body());
      JsonNode resources = page.path("Resources");
      for (JsonNode r : resources) {
        out.put(r.path(key).asString(), (ObjectNode) r);
      }
      if (resources.size() == 0 || out.size() >= page.path("totalResults").asInt()) {
        return out;
      }
      start += resources.size();
    }
  }

  @Override
  public void close() {
    binding.close();
  }
}
