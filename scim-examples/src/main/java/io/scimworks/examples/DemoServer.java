package io.scimworks.examples;

import io.scimworks.server.BearerTokens;
import io.scimworks.server.ScimServer;
import io.scimworks.server.ServerOptions;
import io.scimworks.server.http.jdk.JdkHttpBinding;
import io.scimworks.server.spi.AuditListener;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A SCIM 2.0 server for a demo workspace (see {@link Workspace}), ready for an identity provider:
 * it prints the Tenant URL and the Secret Token to paste into Entra ID or Okta, and serves until
 * stopped (Ctrl-C stops it cleanly).
 *
 * <pre>
 * java -jar scim-examples/target/scimworks-demo.jar [--port 8080] [--host 127.0.0.1] [--token T]
 *     [--store memory|h2|postgres] [--jdbc-url URL] [--jdbc-user U] [--jdbc-password P]
 * </pre>
 *
 * <p>By default users and groups are kept in an H2 file under {@code ./scimworks-data}, so they
 * survive a restart; {@code --store postgres} keeps them in PostgreSQL (the password may come from
 * the {@code SCIMWORKS_JDBC_PASSWORD} environment variable instead of the command line).
 */
@Command(
    name = "scimworks-demo",
    mixinStandardHelpOptions = true,
    version = "SCIMworks demo server",
    description =
        "Serves SCIM 2.0 for a demo workspace, with users and groups in H2, PostgreSQL or memory.")
public final class DemoServer implements Callable<Integer> {
  /** Held so that its level stays set (java.util.logging keeps loggers weakly). */
  private static final java.util.logging.Logger POOL_LOG =
      java.util.logging.Logger.getLogger("com.zaxxer.hikari");

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  private int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description =
          "Address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}).")
  private String host = "127.0.0.1";

  @Option(
      names = "--token",
      description = "The bearer token clients must send (default: a new random one).")
  private String token = "";

  @Option(
      names = "--store",
      defaultValue = "h2",
      description =
          "Where users and groups live: memory, h2 (a file, default) or postgres"
              + " (default: ${DEFAULT-VALUE}).")
  private String store = "h2";

  @Option(
      names = "--jdbc-url",
      description = "JDBC URL of the database (default for h2: " + DemoStore.DEFAULT_H2_URL + ").")
  private @Nullable String jdbcUrl;

  @Option(names = "--jdbc-user", description = "Database user.")
  private @Nullable String jdbcUser;

  @Option(
      names = "--jdbc-password",
      description =
          "Database password (default: the environment variable "
              + DemoStore.PASSWORD_VARIABLE
              + ").")
  private @Nullable String jdbcPassword;

  private final PrintStream out;
  private @Nullable Running running;

  DemoServer(PrintStream out) {
    this.out = out;
  }

  /** Starts the server from the command line and returns; it serves until the JVM is stopped. */
  public static void main(String[] args) {
    // The connection pool's start-up chatter is not what the demo shows; its warnings still are.
    POOL_LOG.setLevel(java.util.logging.Level.WARNING);
    DemoServer demo = new DemoServer(System.out);
    int exitCode = new CommandLine(demo).execute(args);
    Running running = demo.running;
    if (exitCode != 0 || running == null) {
      System.exit(exitCode); // help, version, bad flags or failed start
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "scimworks-demo-stop"));
  }

  /** Starts serving and prints where; the server's threads keep the JVM alive. */
  @Override
  public Integer call() {
    DemoStore opened;
    try {
      opened = DemoStore.open(store, jdbcUrl, jdbcUser, jdbcPassword);
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("Cannot open the store: " + e.getMessage());
      return 2;
    }
    try {
      running = start(host, port, token.isBlank() ? newToken() : token, opened, out);
      return 0;
    } catch (UncheckedIOException e) {
      opened.close();
      System.err.println(
          "Cannot listen on " + host + ":" + port + ": " + e.getCause().getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      opened.close();
      System.err.println("Cannot listen on " + host + ":" + port + ": " + e.getMessage());
      return 1;
    }
  }

  /** The server {@link #call()} started. */
  Running running() {
    if (running == null) {
      throw new IllegalStateException("not started");
    }
    return running;
  }

  /** A running demo server. */
  static final class Running {
    private final JdkHttpBinding binding;
    private final String tenantUrl;
    private final String token;
    private final PrintStream out;
    private final DemoStore store;

    Running(
        JdkHttpBinding binding, String tenantUrl, String token, DemoStore store, PrintStream out) {
      this.binding = binding;
      this.store = store;
      this.tenantUrl = tenantUrl;
      this.token = token;
      this.out = out;
    }

    String tenantUrl() {
      return tenantUrl;
    }

    String token() {
      return token;
    }

    /** Lets requests in progress finish, then stops. */
    void stop() {
      binding.stop();
      store.close();
      out.println("SCIMworks demo server stopped.");
      out.flush();
    }
  }

  static Running start(String host, int port, String token, PrintStream out) {
    return start(host, port, token, DemoStore.open("memory", null, null, null), out);
  }

  static Running start(String host, int port, String token, DemoStore store, PrintStream out) {
    // The demo shows every write as it happens, on its own output rather than the library's log.
    AuditListener audit =
        event -> {
          synchronized (out) {
            out.println(event.summary());
            out.flush();
          }
        };
    ScimServer server =
        Workspace.scimServer(
            BearerTokens.of(token), ServerOptions.defaults(), audit, store.users(), store.groups());
    JdkHttpBinding binding = JdkHttpBinding.create(server).start(host, port);
    String shownHost = host.contains(":") ? "[" + host + "]" : host;
    String tenantUrl = "http://" + shownHost + ":" + binding.port() + Workspace.BASE_PATH;
    out.println("SCIMworks demo server: a workspace whose users and groups live in a store.");
    out.println("Store: " + store.description());
    out.println("Tenant URL: " + tenantUrl);
    out.println("Secret Token: " + token);
    out.println("Paste both into your identity provider's provisioning settings. Ctrl-C stops.");
    out.println("Every write is shown below as it happens.");
    out.flush();
    return new Running(binding, tenantUrl, token, store, out);
  }

  /** A strong random token: 32 bytes from {@link SecureRandom}, base64url without padding. */
  static String newToken() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
