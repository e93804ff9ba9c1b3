package io.scimworks.compliance;

import io.scimworks.examples.Workspace;
import io.scimworks.server.BearerTokens;
import io.scimworks.server.ScimHandler;
import io.scimworks.server.ScimServer;
import io.scimworks.server.http.BindingOptions;
import io.scimworks.server.http.jdk.JdkHttpBinding;
import io.scimworks.server.http.servlet.ScimServlet;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** The demo workspace server over either HTTP binding on loopback, optionally with a fault. */
final class Servers {
  static final String TOKEN = "compliance-token";

  private Servers() {}

  /** A running server. */
  interface Running extends AutoCloseable {
    URI url();

    @Override
    void close();
  }

  static Running jdk() {
    return jdk(UnaryOperator.identity());
  }

  static Running jdk(UnaryOperator<ScimHandler> fault) {
    return jdk(Workspace.scimServer(BearerTokens.of(TOKEN)), fault);
  }

  static Running jdk(ScimServer server, UnaryOperator<ScimHandler> fault) {
    JdkHttpBinding binding =
        JdkHttpBinding.create(
                fault.apply(server), Workspace.BASE_PATH, BindingOptions.forHandler(server))
            .start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    URI url = URI.create("http://127.0.0.1:" + binding.port() + Workspace.BASE_PATH);
    return new Running() {
      @Override
      public URI url() {
        return url;
      }

      @Override
      public void close() {
        binding.close();
      }
    };
  }

  static Running jetty() {
    ScimServer server = Workspace.scimServer(BearerTokens.of(TOKEN));
    Server jetty = new Server(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.addServlet(new ServletHolder(new ScimServlet(server)), Workspace.BASE_PATH + "/*");
    jetty.setHandler(context);
    try {
      jetty.start();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    int port = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    URI url = URI.create("http://127.0.0.1:" + port + Workspace.BASE_PATH);
    return new Running() {
      @Override
      public URI url() {
        return url;
      }

      @Override
      public void close() {
        try {
          jetty.stop();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    };
  }
}
