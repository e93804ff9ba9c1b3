package io.scimworks.testing;

import io.scimworks.server.BearerTokens;
import io.scimworks.server.ScimHandler;
import io.scimworks.server.ScimServer;
import io.scimworks.server.http.BindingOptions;
import io.scimworks.server.http.jdk.JdkHttpBinding;
import io.scimworks.server.memory.InMemoryRepository;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts an in-process SCIMworks server (in-memory users and groups, random loopback port, a random
 * bearer token) once per test class and stops it after the class; test methods, {@code @BeforeAll}
 * / {@code @BeforeEach} methods and constructors receive it as a {@link TestScimServer} parameter.
 *
 * <p>Use it as it is with {@code @ExtendWith(ScimServerExtension.class)}, or configure the server
 * with {@code @RegisterExtension}:
 *
 * <pre>{@code
 * @RegisterExtension
 * static ScimServerExtension scim =
 *     ScimServerExtension.configured(b -> b.schemaExtension("User", myExtension, false));
 * }</pre>
 *
 * <p>To make the server behave like a less capable or a faulty service, put a decorator in front of
 * it with {@link #decorated(UnaryOperator)}. {@link TestScimServer#requests()} lists every request
 * that came over HTTP, to assert what the code under test sent.
 *
 * <p>Data lives as long as the class; call {@link TestScimServer#clear()} in {@code @BeforeEach}
 * when tests need an empty server.
 */
public final class ScimServerExtension
    implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(ScimServerExtension.class);
  private static final String BASE_PATH = "/scim/v2";

  private final UnaryOperator<ScimServer.Builder> customizer;
  private final UnaryOperator<ScimHandler> decorator;

  /** The default server: in-memory users and groups, a random token. */
  public ScimServerExtension() {
    this(UnaryOperator.identity(), UnaryOperator.identity());
  }

  private ScimServerExtension(
      UnaryOperator<ScimServer.Builder> customizer, UnaryOperator<ScimHandler> decorator) {
    this.customizer = customizer;
    this.decorator = decorator;
  }

  /**
   * A server built by {@code customizer} on top of the default one.
   *
   * @param customizer receives the builder with the in-memory repositories set and returns it; it
   *     may replace the repositories, add schemas, set options (the authenticator and base path
   *     stay the extension's)
   * @return a new extension, to register with {@code @RegisterExtension}
   */
  public static ScimServerExtension configured(UnaryOperator<ScimServer.Builder> customizer) {
    return new ScimServerExtension(customizer, UnaryOperator.identity());
  }

  /**
   * This extension with {@code decorator} in front of the server on the HTTP side: it receives the
   * server and returns the handler the HTTP binding calls, which may answer a request itself or
   * change the server's answer (a service without bulk, one that ignores a parameter, one that
   * fails now and then). The server's own authentication still applies to what reaches it; seeding
   * and inspecting through {@link TestScimServer} bypass the decorator.
   *
   * <pre>{@code
   * @RegisterExtension
   * static ScimServerExtension scim =
   *     new ScimServerExtension()
   *         .decorated(server -> request -> request.path().equals("/Bulk")
   *             ? new ScimResponse(501, Map.of(), new byte[0]) // a service without bulk
   *             : server.handle(request));
   * }</pre>
   *
   * @param decorator from the server to the handler the HTTP binding calls
   * @return a new extension; this one is unchanged
   */
  public ScimServerExtension decorated(UnaryOperator<ScimHandler> decorator) {
    return new ScimServerExtension(customizer, decorator);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getStore(NS).put(TestScimServer.class, start());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    TestScimServer server = context.getStore(NS).remove(TestScimServer.class, TestScimServer.class);
    if (server != null) {
      server.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TestScimServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      TestScimServer server = c.getStore(NS).get(TestScimServer.class, TestScimServer.class);
      if (server != null) {
        return server;
      }
    }
    throw new ParameterResolutionException(
        "no SCIM server: ScimServerExtension starts one per test class (register it on the class)");
  }

  private TestScimServer start() {
    String token = newToken();
    ScimServer.Builder builder =
        ScimServer.builder()
            .basePath(BASE_PATH)
            .users(InMemoryRepository.forUsers())
            .groups(InMemoryRepository.forGroups());
    ScimServer server =
        customizer.apply(builder).basePath(BASE_PATH).authenticator(BearerTokens.of(token)).build();
    RequestLog log = new RequestLog(decorator.apply(server));
    JdkHttpBinding binding =
        JdkHttpBinding.create(log, BASE_PATH, BindingOptions.forHandler(server))
            .start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    return new TestScimServer(server, binding, log, token, BASE_PATH);
  }

  private static String newToken() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
