package io.scimworks.server.http;

import io.scimworks.server.ScimHandler;
import io.scimworks.server.http.jdk.JdkHttpBinding;
import io.scimworks.server.http.servlet.ScimServlet;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The two HTTP bindings, each started the way an application would: the JDK server mounted at
 * {@code /scim/v2}, and the servlet in Jetty 12 mapped to {@code /scim/v2/*} inside a web
 * application at {@code /app}.
 */
public enum BindingKind {
  JDK {
    @Override
    public RunningBinding start(ScimHandler handler, BindingOptions options) {
      JdkHttpBinding binding =
          JdkHttpBinding.create(handler, "/scim/v2", options)
              .start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return new Started(binding.port(), "/scim/v2", binding::stop);
    }
  },
  JETTY {
    @Override
    public RunningBinding start(ScimHandler handler, BindingOptions options) {
      return startJetty(handler, options, false);
    }

    @Override
    public RunningBinding startWithScimErrorPages(ScimHandler handler, BindingOptions options) {
      return startJetty(handler, options, true);
    }
  };

  /**
   * Jetty serving the servlet; with {@code scimErrorPages}, the requests Jetty refuses itself are
   * answered by {@link ScimErrorPages} instead of its HTML pages.
   */
  private static RunningBinding startJetty(
      ScimHandler handler, BindingOptions options, boolean scimErrorPages) {
    {
      Server server = new Server();
      if (scimErrorPages) {
        server.setErrorHandler(new ScimErrorPages());
      }
      HttpConfiguration http = new HttpConfiguration();
      // Jetty's header cache is case-insensitive by default: a bearer token differing from an
      // earlier one on the same connection only in case would arrive as the earlier one.
      http.setHeaderCacheCaseSensitive(true);
      ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
      connector.setHost("127.0.0.1");
      connector.setPort(0);
      // The container, not the servlet, owns read timeouts.
      connector.setIdleTimeout(options.readTimeout().toMillis());
      server.addConnector(connector);
      ServletContextHandler context = new ServletContextHandler("/app");
      context.addServlet(new ServletHolder(new ScimServlet(handler, options)), "/scim/v2/*");
      server.setHandler(context);
      try {
        server.start();
      } catch (Exception e) {
        throw new IllegalStateException("Jetty did not start", e);
      }
      return new Started(
          connector.getLocalPort(),
          "/app/scim/v2",
          () -> {
            try {
              server.stop();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          });
    }
  }

  /** The path a client writes to reach the handler's root, e.g. {@code /scim/v2}. */
  public String mountPath() {
    return this == JDK ? "/scim/v2" : "/app/scim/v2";
  }

  /** Starts {@code handler} on a free loopback port. */
  public abstract RunningBinding start(ScimHandler handler, BindingOptions options);

  /**
   * Starts {@code handler} with the container configured to answer what it refuses itself in the
   * SCIM error format, as the bindings' javadoc advises (Jetty: a server {@code ErrorHandler}).
   */
  public RunningBinding startWithScimErrorPages(ScimHandler handler, BindingOptions options) {
    return start(handler, options);
  }

  /** Starts {@code handler} with the default options. */
  public RunningBinding start(ScimHandler handler) {
    return start(handler, BindingOptions.defaults());
  }

  private record Started(int port, String mountPath, Runnable stopper) implements RunningBinding {
    @Override
    public URI base() {
      return URI.create("http://127.0.0.1:" + port + mountPath);
    }

    @Override
    public void close() {
      stopper.run();
    }
  }
}
