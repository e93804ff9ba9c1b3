package io.scimworks.benchmarks.server;

import io.scimworks.server.ScimHandler;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.http.BindingOptions;
import io.scimworks.server.http.jdk.JdkHttpBinding;
import io.scimworks.server.http.servlet.ScimServlet;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A handler served over loopback HTTP at {@code /scim/v2} by either binding, and the hello-world
 * handler the HTTP benchmarks compare SCIMworks with: the same binding answering every request with
 * a fixed {@code {"hello":"world"}}.
 */
final class BindingServers {
  static final String BASE_PATH = "/scim/v2";

  /** The hello-world answer: what the binding costs with no SCIM work behind it. */
  static final ScimHandler HELLO =
      request ->
          new ScimResponse(
              200,
              Map.of("Content-Type", ScimResponse.SCIM_JSON),
              "{\"hello\":\"world\"}".getBytes(StandardCharsets.UTF_8));

  private BindingServers() {}

  /** A running server: its port, and how to stop it. */
  record Running(int port, AutoCloseable stop) {}

  /** {@code binding} is {@code jdk} ({@code JdkHttpBinding}) or {@code servlet} (Jetty 12). */
  static Running start(String binding, ScimHandler handler, int port) throws Exception {
    return switch (binding) {
      case "jdk" -> startJdk(handler, port);
      case "servlet" -> startJetty(handler, port);
      default -> throw new IllegalArgumentException("binding is jdk or servlet, not " + binding);
    };
  }

  private static Running startJdk(ScimHandler handler, int port) {
    JdkHttpBinding jdk =
        JdkHttpBinding.create(
                handler,
                BASE_PATH,
                BindingOptions.defaults().toBuilder()
                    .maxInFlight(Integer.getInteger("load.maxInFlight", 64))
                    .build())
            .start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    return new Running(jdk.port(), jdk::stop);
  }

  private static Running startJetty(ScimHandler handler, int port) throws Exception {
    Server server = new Server();
    HttpConfiguration http = new HttpConfiguration();
    http.setHeaderCacheCaseSensitive(true);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    context.addServlet(new ServletHolder(new ScimServlet(handler)), BASE_PATH + "/*");
    server.setHandler(context);
    server.start();
    return new Running(connector.getLocalPort(), server::stop);
  }
}
