package io.scimworks.server.http.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.server.BearerTokens;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.ScimServer;
import io.scimworks.server.ServerOptions;
import io.scimworks.server.http.BindingOptions;
import io.scimworks.server.memory.InMemoryRepository;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdkHttpBindingTest {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final InetSocketAddress ANY_LOOPBACK_PORT =
      new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

  private JdkHttpBinding binding;

  @AfterEach
  void stop() {
    if (binding != null) {
      binding.stop();
    }
  }

  private static ScimResponse ok(String body) {
    return new ScimResponse(
        200, Map.of("Content-Type", ScimResponse.SCIM_JSON), body.getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + binding.port() + path)).build(),
        BodyHandlers.ofString());
  }

  @Test
  void defect17StartWithAPortListensOnLoopbackOnly() throws Exception {
    binding = JdkHttpBinding.create(r -> ok("{}")).start(0);

    assertThat(binding.address().getAddress().isLoopbackAddress()).isTrue();
    assertThat(get("/Users").statusCode()).isEqualTo(200);
  }

  @Test
  void defect17AHostNamesTheInterfaceToListenOn() throws Exception {
    binding = JdkHttpBinding.create(r -> ok("{}")).start("127.0.0.1", 0);

    assertThat(binding.address().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
    assertThat(get("/Users").statusCode()).isEqualTo(200);
  }

  @Test
  void pathsOutsideTheMountPointAreAScimNotFound() throws Exception {
    binding =
        JdkHttpBinding.create(r -> ok("{}"), "/scim/v2/", BindingOptions.defaults())
            .start(ANY_LOOPBACK_PORT);

    for (String path : new String[] {"/", "/other", "/scim/v2x/Users", "/scim%2Fv2/Users"}) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.headers().firstValue("content-type")).hasValue(ScimResponse.SCIM_JSON);
      assertThat(response.body()).contains("\"status\":\"404\"");
    }
    assertThat(get("/scim/v2/Users").statusCode()).isEqualTo(200);
  }

  @Test
  void aScimServerIsMountedAtItsBasePathWithItsLimits() throws Exception {
    ScimServer server =
        ScimServer.builder()
            .basePath("/tenant-a/scim")
            .options(ServerOptions.builder().maxRequestBytes(100).build())
            .authenticator(BearerTokens.of("t"))
            .users(InMemoryRepository.forUsers())
            .build();
    binding = JdkHttpBinding.create(server).start(ANY_LOOPBACK_PORT);
    URI users = URI.create("http://127.0.0.1:" + binding.port() + "/tenant-a/scim/Users");

    HttpResponse<String> list =
        HTTP.send(
            HttpRequest.newBuilder(users).header("Authorization", "Bearer t").build(),
            BodyHandlers.ofString());
    HttpResponse<String> tooBig =
        HTTP.send(
            HttpRequest.newBuilder(users)
                .header("Authorization", "Bearer t")
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(101)))
                .build(),
            BodyHandlers.ofString());

    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("ListResponse");
    assertThat(tooBig.statusCode()).isEqualTo(413);
  }

  @Test
  void atTheRootTheHandlerSeesTheWholePath() throws Exception {
    binding = JdkHttpBinding.create(r -> ok("\"" + r.path() + "\"")).start(ANY_LOOPBACK_PORT);

    assertThat(get("/Users/1").body()).isEqualTo("\"/Users/1\"");
    assertThat(get("/").body()).isEqualTo("\"/\"");
  }

  @Test
  void stoppingLetsARequestInProgressFinishAndThenRefusesConnections() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    binding =
        JdkHttpBinding.create(
                r -> {
                  entered.countDown();
                  try {
                    release.await(30, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return ok("{\"done\":true}");
                },
                BindingOptions.builder().stopGrace(Duration.ofSeconds(30)).build())
            .start(ANY_LOOPBACK_PORT);
    int port = binding.port();
    CompletableFuture<HttpResponse<String>> inProgress =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return get("/Users");
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();

    CompletableFuture<Void> stopping = CompletableFuture.runAsync(binding::stop);
    release.countDown();

    assertThat(inProgress.get(30, TimeUnit.SECONDS).body()).isEqualTo("{\"done\":true}");
    stopping.get(60, TimeUnit.SECONDS);
    assertThatThrownBy(
            () ->
                HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                    BodyHandlers.discarding()))
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void aBindingCannotBeStartedTwiceNorAskedItsPortBeforeStarting() {
    binding = JdkHttpBinding.create(r -> ok("{}"));

    assertThatThrownBy(binding::port).isInstanceOf(IllegalStateException.class);
    binding.start(ANY_LOOPBACK_PORT);
    assertThat(binding.port()).isPositive();
    assertThatThrownBy(() -> binding.start(ANY_LOOPBACK_PORT))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void stoppingTwiceOrBeforeStartingDoesNothing() {
    binding = JdkHttpBinding.create(r -> ok("{}"));
    binding.stop();
    binding.start(ANY_LOOPBACK_PORT);
    binding.stop();
    binding.stop();
  }
}
