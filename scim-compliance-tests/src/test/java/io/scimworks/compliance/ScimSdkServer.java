package io.scimworks.compliance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.captaingoldfish.scim.sdk.common.constants.enums.HttpMethod;
import de.captaingoldfish.scim.sdk.common.resources.Group;
import de.captaingoldfish.scim.sdk.common.resources.ServiceProvider;
import de.captaingoldfish.scim.sdk.common.resources.complex.BulkConfig;
import de.captaingoldfish.scim.sdk.common.resources.complex.ChangePasswordConfig;
import de.captaingoldfish.scim.sdk.common.resources.complex.ETagConfig;
import de.captaingoldfish.scim.sdk.common.resources.complex.FilterConfig;
import de.captaingoldfish.scim.sdk.common.resources.complex.PatchConfig;
import de.captaingoldfish.scim.sdk.common.resources.complex.SortConfig;
import de.captaingoldfish.scim.sdk.common.resources.multicomplex.AuthenticationScheme;
import de.captaingoldfish.scim.sdk.common.resources.multicomplex.Member;
import de.captaingoldfish.scim.sdk.common.response.ScimResponse;
import de.captaingoldfish.scim.sdk.server.endpoints.Context;
import de.captaingoldfish.scim.sdk.server.endpoints.ResourceEndpoint;
import de.captaingoldfish.scim.sdk.server.endpoints.authorize.Authorization;
import de.captaingoldfish.scim.sdk.server.endpoints.base.GroupEndpointDefinition;
import de.captaingoldfish.scim.sdk.server.endpoints.base.UserEndpointDefinition;
import de.captaingoldfish.scim.sdk.server.schemas.ResourceType;
import de.captaingoldfish.scim.sdk.server.schemas.custom.ETagFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * SCIM-SDK's server ({@code de.captaingoldfish:scim-sdk-server}) behind a JDK {@link HttpServer} on
 * loopback: its standard User (with the enterprise extension) and Group resource types over
 * in-memory handlers, bearer token {@link Servers#TOKEN}, every optional feature advertised.
 */
final class ScimSdkServer implements Servers.Running {
  private static final String BASE_PATH = "/scim/v2";

  private final HttpServer http;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final ResourceEndpoint endpoint;
  private final URI url;

  ScimSdkServer() {
    ServiceProvider provider =
        ServiceProvider.builder()
            .patchConfig(PatchConfig.builder().supported(true).build())
            .filterConfig(FilterConfig.builder().supported(true).maxResults(200).build())
            .sortConfig(SortConfig.builder().supported(true).build())
            .eTagConfig(ETagConfig.builder().supported(true).build())
            .changePasswordConfig(ChangePasswordConfig.builder().supported(false).build())
            .bulkConfig(
                BulkConfig.builder()
                    .supported(true)
                    .maxOperations(50)
                    .maxPayloadSize(1_048_576L)
                    .build())
            .authenticationSchemes(
                List.of(
                    AuthenticationScheme.builder()
                        .name("OAuth Bearer Token")
                        .description("Authentication with a bearer token")
                        .type("oauthbearertoken")
                        .build()))
            .build();
    endpoint = new ResourceEndpoint(provider);
    ScimSdkStore.Users users = new ScimSdkStore.Users();
    ScimSdkStore.Groups groups = new ScimSdkStore.Groups();
    users.onDelete(id -> groups.all().forEach(group -> leave(groups, group, id)));
    autoFilterAndSort(endpoint.registerEndpoint(new UserEndpointDefinition(users)));
    autoFilterAndSort(endpoint.registerEndpoint(new GroupEndpointDefinition(groups)));
    try {
      http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    http.createContext(BASE_PATH, this::handle);
    http.setExecutor(executor);
    http.start();
    url = URI.create("http://127.0.0.1:" + http.getAddress().getPort() + BASE_PATH);
  }

  private static void leave(ScimSdkStore.Groups groups, Group group, String userId) {
    List<Member> members = group.getMembers();
    if (members.removeIf(m -> m.getValue().map(userId::equals).orElse(false))) {
      group.setMembers(members);
      groups.put(group);
    }
  }

  private static void autoFilterAndSort(ResourceType type) {
    type.getFeatures().setAutoFiltering(true);
    type.getFeatures().setAutoSorting(true);
    type.getFeatures().setETagFeature(ETagFeature.builder().enabled(true).build());
  }

  @Override
  public URI url() {
    return url;
  }

  @Override
  public void close() {
    http.stop(0);
    executor.shutdownNow();
  }

  /**
   * Hands the exchange to the SDK. Its {@link HttpMethod} has no HEAD or OPTIONS, so those are the
   * container's, as a servlet container would do them: HEAD is the GET without its body (the GET's
   * Content-Length), and a method the SDK cannot be asked about answers 501.
   */
  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      boolean head = method.equals("HEAD");
      if (!head && Arrays.stream(HttpMethod.values()).noneMatch(m -> m.name().equals(method))) {
        exchange.sendResponseHeaders(501, -1);
        return;
      }
      int status;
      byte[] bytes;
      try {
        ScimResponse response =
            dispatch(exchange, head ? HttpMethod.GET : HttpMethod.valueOf(method));
        response.getHttpHeaders().forEach(exchange.getResponseHeaders()::set);
        status = response.getHttpStatus();
        bytes = status == 204 ? new byte[0] : response.toString().getBytes(StandardCharsets.UTF_8);
      } catch (RuntimeException | StackOverflowError e) {
        // what a servlet container does with an exception the library lets escape
        status = 500;
        bytes = new byte[0];
      }
      if (head) {
        exchange.getResponseHeaders().set("Content-Length", String.valueOf(bytes.length));
        exchange.sendResponseHeaders(status, -1);
        return;
      }
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  private ScimResponse dispatch(HttpExchange exchange, HttpMethod method) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> headers = new HashMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
    String requestUrl =
        "http://127.0.0.1:" + http.getAddress().getPort() + exchange.getRequestURI();
    return endpoint.handleRequest(
        requestUrl, method, body.isEmpty() ? null : body, headers, new Context(new BearerToken()));
  }

  /** Accepts {@code Authorization: Bearer <Servers.TOKEN>}, the scheme in any case (RFC 7235). */
  private static final class BearerToken implements Authorization {
    @Override
    public Set<String> getClientRoles() {
      return Set.of();
    }

    @Override
    public boolean authenticate(Map<String, String> headers, Map<String, String> query) {
      return headers.entrySet().stream()
          .anyMatch(
              h ->
                  h.getKey().equalsIgnoreCase("Authorization")
                      && h.getValue().regionMatches(true, 0, "Bearer ", 0, 7)
                      && h.getValue().substring(7).equals(Servers.TOKEN));
    }
  }
}
