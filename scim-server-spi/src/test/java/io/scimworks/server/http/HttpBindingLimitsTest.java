package io.scimworks.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.server.ScimResponse;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Both bindings protect the handler from oversized, flooding and stalled clients, answering in the
 * SCIM error format.
 */
class HttpBindingLimitsTest {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final int LIMIT = 1000;

  private RunningBinding binding;

  @AfterEach
  void stop() {
    if (binding != null) {
      binding.close();
    }
  }

  private static BindingOptions.Builder options() {
    // A refused body is discarded up to 64 KiB, so that a flooding client is cut off quickly.
    return BindingOptions.builder().maxRequestBytes(LIMIT).discardBytes(64 * 1024);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aDeclaredLengthOverTheLimitIsAnswered413BeforeAnyOfTheBodyIsSent(BindingKind kind)
      throws Exception {
    RecordingHandler handler = RecordingHandler.ok();
    binding = kind.start(handler, options().build());

    try (RawHttp raw = RawHttp.connect(binding.port())) {
      raw.send(
          "POST "
              + binding.mountPath()
              + "/Users HTTP/1.1\r\nHost: x\r\nContent-Type: application/scim+json\r\n"
              + "Content-Length: 1000000000\r\n\r\n");
      RawHttp.Response response = raw.readResponse();

      assertScimError(response, 413);
    }
    assertThat(handler.requests()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  @SuppressWarnings("try") // closing early, inside the block, is what ends the flood
  void anEndlessChunkedBodyIsCutOffAt413OnceItPassesTheLimit(BindingKind kind) throws Exception {
    RecordingHandler handler = RecordingHandler.ok();
    binding = kind.start(handler, options().build());

    try (RawHttp raw = RawHttp.connect(binding.port())) {
      raw.send(
          "POST "
              + binding.mountPath()
              + "/Bulk HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
      CompletableFuture<Void> flood =
          CompletableFuture.runAsync(
              () -> {
                try {
                  String chunk = "100\r\n" + "x".repeat(256) + "\r\n";
                  while (true) {
                    raw.send(chunk);
                  }
                } catch (IOException closedByServer) {
                  // expected: the server stops listening
                }
              });
      RawHttp.Response response = raw.readResponse();

      assertScimError(response, 413);
      raw.close();
      flood.get(30, TimeUnit.SECONDS);
    }
    assertThat(handler.requests()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aBodyOfExactlyTheLimitIsAcceptedWhetherDeclaredOrChunked(BindingKind kind) throws Exception {
    RecordingHandler handler = RecordingHandler.ok();
    binding = kind.start(handler, options().build());
    String body = "y".repeat(LIMIT);

    try (RawHttp raw = RawHttp.connect(binding.port())) {
      raw.send(
          "POST "
              + binding.mountPath()
              + "/Users HTTP/1.1\r\nHost: x\r\nContent-Length: "
              + LIMIT
              + "\r\n\r\n"
              + body);
      assertThat(raw.readResponse().status()).isEqualTo(200);
      raw.send(
          "POST "
              + binding.mountPath()
              + "/Users HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
              + "1f4\r\n"
              + body.substring(0, 500)
              + "\r\n1f4\r\n"
              + body.substring(500)
              + "\r\n0\r\n\r\n");
      assertThat(raw.readResponse().status()).isEqualTo(200);
    }
    assertThat(handler.requests()).hasSize(2);
    assertThat(handler.requests()).allSatisfy(r -> assertThat(r.body()).hasSize(LIMIT));
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void requestsBeyondTheInFlightLimitAreAnswered503WithRetryAfter(BindingKind kind)
      throws Exception {
    CountDownLatch entered = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    binding =
        kind.start(
            r -> {
              if (r.path().equals("/slow")) {
                entered.countDown();
                await(release);
              }
              return RecordingHandler.json(200, "{}");
            },
            options().maxInFlight(2).retryAfter(Duration.ofSeconds(7)).build());
    CompletableFuture<HttpResponse<String>> first = sendAsync("/slow");
    CompletableFuture<HttpResponse<String>> second = sendAsync("/slow");
    assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();

    HttpResponse<String> third = HTTP.send(get("/fast"), BodyHandlers.ofString());

    assertThat(third.statusCode()).isEqualTo(503);
    assertThat(third.headers().firstValue("retry-after")).hasValue("7");
    assertThat(third.headers().firstValue("content-type")).hasValue(ScimResponse.SCIM_JSON);
    assertThat(third.body()).contains("\"status\":\"503\"");
    release.countDown();
    assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(second.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(HTTP.send(get("/fast"), BodyHandlers.ofString()).statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aClientThatStallsMidBodyIsDisconnectedWhileOthersAreServed(BindingKind kind)
      throws Exception {
    RecordingHandler handler = RecordingHandler.ok();
    binding = kind.start(handler, options().readTimeout(Duration.ofMillis(500)).build());

    try (RawHttp stalled = RawHttp.connect(binding.port())) {
      stalled.send(
          "POST "
              + binding.mountPath()
              + "/Users HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"userName\":");

      assertThat(HTTP.send(get("/Users"), BodyHandlers.ofString()).statusCode()).isEqualTo(200);
      RawHttp.Response answer = stalled.readResponse();
      if (answer != null) {
        assertThat(answer.status()).isBetween(400, 499);
      }
      assertThat(stalled.awaitClosedByServer()).isTrue();
    }
    assertThat(handler.requests()).extracting(r -> r.method()).containsExactly("GET");
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aClientTricklingItsBodyIsCutOffAtTheReadTimeoutAndNeverReachesTheHandler(BindingKind kind)
      throws Exception {
    RecordingHandler handler = RecordingHandler.ok();
    binding = kind.start(handler, options().readTimeout(Duration.ofMillis(500)).build());
    int length = 60; // a byte every 100 ms: each read is well within any idle timeout

    try (RawHttp trickler = RawHttp.connect(binding.port())) {
      trickler.send(
          "POST "
              + binding.mountPath()
              + "/Users HTTP/1.1\r\nHost: x\r\nContent-Length: "
              + length
              + "\r\n\r\n");
      Thread sender =
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < length; i++) {
                    trickler.send(" ");
                    Thread.sleep(100);
                  }
                } catch (IOException | InterruptedException cutOff) {
                  // the binding closed the connection: what this test wants
                }
              });
      sender.start();

      RawHttp.Response answer = trickler.readResponse();
      // The servlet answers 408; the JDK binding's watchdog closes the connection.
      if (answer != null) {
        assertThat(answer.status()).isEqualTo(408);
      }
      assertThat(trickler.awaitClosedByServer()).isTrue();
      sender.interrupt();
      sender.join();
    }
    assertThat(handler.requests()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aClientThatNeverFinishesItsHeadersIsDisconnected(BindingKind kind) throws Exception {
    RecordingHandler handler = RecordingHandler.ok();
    binding = kind.start(handler, options().readTimeout(Duration.ofMillis(500)).build());

    try (RawHttp slowloris = RawHttp.connect(binding.port())) {
      slowloris.send("GET " + binding.mountPath() + "/Users HTTP/1.1\r\nHost: x\r\nX-Slow: ");

      assertThat(HTTP.send(get("/Groups"), BodyHandlers.ofString()).statusCode()).isEqualTo(200);
      RawHttp.Response answer = slowloris.readResponse();
      if (answer != null) {
        assertThat(answer.status()).isBetween(400, 499);
      }
      assertThat(slowloris.awaitClosedByServer()).isTrue();
    }
    assertThat(handler.requests()).extracting(r -> r.path()).containsExactly("/Groups");
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aMalformedContentLengthIsABadRequestNotAServerError(BindingKind kind) throws Exception {
    RecordingHandler handler = RecordingHandler.ok();
    binding = kind.start(handler, options().build());

    try (RawHttp raw = RawHttp.connect(binding.port())) {
      raw.send(
          "POST "
              + binding.mountPath()
              + "/Users HTTP/1.1\r\nHost: x\r\nContent-Length: 12abc\r\n\r\n{}");
      RawHttp.Response response = raw.readResponse();

      if (response != null) {
        assertThat(response.status()).isEqualTo(400);
      }
    }
    assertThat(handler.requests()).isEmpty();
  }

  private CompletableFuture<HttpResponse<String>> sendAsync(String path) {
    return HTTP.sendAsync(get(path), BodyHandlers.ofString());
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(binding.uri(path)).build();
  }

  private static void assertScimError(RawHttp.Response response, int status) {
    assertThat(response).isNotNull();
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.header("Content-Type")).isEqualTo(ScimResponse.SCIM_JSON);
    assertThat(response.body())
        .contains("urn:ietf:params:scim:api:messages:2.0:Error")
        .contains("\"status\":\"" + status + "\"")
        .contains("\"detail\":");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
