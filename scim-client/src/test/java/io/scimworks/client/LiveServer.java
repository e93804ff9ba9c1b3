package io.scimworks.client;

import io.scimworks.server.BearerTokens;
import io.scimworks.server.ScimHandler;
import io.scimworks.server.ScimRequest;
import io.scimworks.server.ScimServer;
import io.scimworks.server.ServerOptions;
import io.scimworks.server.http.BindingOptions;
import io.scimworks.server.http.jdk.JdkHttpBinding;
import io.scimworks.server.memory.InMemoryRepository;
import io.scimworks.server.spi.AuditListener;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * The real SCIMworks server (in-memory users and groups) over the JDK HTTP binding on loopback,
 * with an optional decorator in front to make it behave like a less capable service, and a log of
 * every request it answered.
 */
final class LiveServer implements AutoCloseable {
  static final String TOKEN = "test-token";

  private final JdkHttpBinding binding;
  private final List<String> requests = new CopyOnWriteArrayList<>();

  LiveServer() {
    this(ServerOptions.defaults(), UnaryOperator.identity());
  }

  LiveServer(ServerOptions options, UnaryOperator<ScimHandler> decorator) {
    ScimServer server =
        ScimServer.builder()
            .options(options)
            .users(InMemoryRepository.forUsers())
            .groups(InMemoryRepository.forGroups())
            .authenticator(BearerTokens.of(TOKEN))
            .auditListener(AuditListener.none())
            .build();
    ScimHandler decorated = decorator.apply(server);
    ScimHandler logging =
        request -> {
          requests.add(describe(request));
          return decorated.handle(request);
        };
    binding =
        JdkHttpBinding.create(logging, "/scim/v2", BindingOptions.from(options))
            .start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + binding.port() + "/scim/v2");
  }

  ScimClientBuilder clientBuilder() {
    return ScimClient.builder().baseUri(baseUri()).bearerToken(TOKEN);
  }

  ScimClient client() {
    return clientBuilder().build();
  }

  /** {@code METHOD path?query} of every request so far. */
  List<String> requests() {
    return List.copyOf(requests);
  }

  void clearLog() {
    requests.clear();
  }

  private static String describe(ScimRequest r) {
    return r.method() + " " + r.path() + (r.rawQuery() == null ? "" : "?" + r.rawQuery());
  }

  @Override
  public void close() {
    binding.close();
  }
}
