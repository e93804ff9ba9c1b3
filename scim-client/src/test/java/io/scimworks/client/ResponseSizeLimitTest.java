package io.scimworks.client;

import static io.scimworks.client.MisbehavingServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.client.internal.HttpCall;
import io.scimworks.client.internal.HttpResult;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Responses larger than {@code maxResponseBytes}: refused from their {@code Content-Length} or cut
 * off while streaming, with the connection closed, never read to the end and never retried.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ResponseSizeLimitTest {
  private static final int LIMIT = 64 * 1024;

  @AutoClose private final MisbehavingServer server = new MisbehavingServer();
  private final FakeTime time = new FakeTime();
  private final AtomicLong written = new AtomicLong();
  private final CountDownLatch connectionClosed = new CountDownLatch(1);

  private ScimClient client() {
    return ScimClient.builder()
        .baseUri(server.baseUri())
        .discovery(false)
        .maxResponseBytes(LIMIT)
        .retryPolicy(RetryPolicy.defaults().withMaxAttempts(3))
        .clock(time)
        .sleeper(time)
        .requestTimeout(Duration.ofSeconds(10))
        .build();
  }

  private HttpResult get() {
    return client().transport().execute(HttpCall.of("GET", "/Users/1"));
  }

  /**
   * Sends {@code status} with a body that never ends (declaring {@code contentLength} bytes, or
   * chunked for 0), counting the bytes written until the client closes the connection.
   */
  private MisbehavingServer.Step endless(int status, long contentLength) {
    return (exchange, s) -> {
      exchange.getResponseHeaders().add("Content-Type", "application/scim+json");
      exchange.sendResponseHeaders(status, contentLength);
      byte[] chunk = new byte[8192];
      Arrays.fill(chunk, (byte) ' ');
      chunk[0] = '[';
      OutputStream out = exchange.getResponseBody();
      try {
        while (true) {
          out.write(chunk);
          written.addAndGet(chunk.length);
          chunk[0] = ' ';
        }
      } catch (IOException closedByTheClient) {
        connectionClosed.countDown();
      } finally {
        exchange.close();
      }
    };
  }

  private void assertClosedEarly() throws InterruptedException {
    assertThat(connectionClosed.await(20, TimeUnit.SECONDS))
        .as("the server saw the client close the connection")
        .isTrue();
    // Far below "endless": the limit plus what socket buffers hold.
    assertThat(written.get()).isLessThan(64L * 1024 * 1024);
  }

  @Test
  void anEndlessChunkedBodyIsCutOffAtTheLimitAndTheConnectionClosed() throws Exception {
    server.then(endless(200, 0));

    assertThatThrownBy(this::get)
        .isInstanceOfSatisfying(
            ResponseTooLargeException.class,
            e -> {
              assertThat(e.limit()).isEqualTo(LIMIT);
              assertThat(e.httpStatus()).isEqualTo(200);
              assertThat(e.status()).isEqualTo(502);
              assertThat(e.contentType()).isEqualTo("application/scim+json");
              assertThat(e.bodySnippet()).isEqualTo("[");
              assertThat(e.getMessage())
                  .contains("GET /Users/1 answered 200 with a body of more than 65536 bytes")
                  .contains("maxResponseBytes");
            });
    assertClosedEarly();
  }

  @Test
  void aContentLengthOverTheLimitIsRefusedBeforeTheBodyIsRead() throws Exception {
    server.then(endless(200, 1L << 40));

    assertThatThrownBy(this::get)
        .isInstanceOfSatisfying(
            ResponseTooLargeException.class,
            e -> {
              assertThat(e.bodySnippet()).isEmpty();
              assertThat(e.getMessage()).contains("a body of " + (1L << 40) + " bytes");
            });
    assertClosedEarly();
  }

  @Test
  void aTooLargeResponseIsNotRetriedEvenWhenItsStatusWouldBe() throws Exception {
    server.then(endless(503, 0), json(200, "{\"id\":\"1\"}"));

    assertThatThrownBy(this::get)
        .isInstanceOfSatisfying(
            ResponseTooLargeException.class, e -> assertThat(e.httpStatus()).isEqualTo(503));
    assertClosedEarly();
    assertThat(server.requests()).hasSize(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void aBodyOfExactlyTheLimitIsRead() {
    String body = "{\"id\":\"" + "x".repeat(LIMIT - 9) + "\"}";
    assertThat(body.length()).isEqualTo(LIMIT);
    server.then(json(200, body));

    assertThat(get().body().length).isEqualTo(LIMIT);
  }

  @Test
  void aBodyOneByteOverTheLimitIsRefused() {
    String body = "{\"id\":\"" + "x".repeat(LIMIT - 8) + "\"}";
    server.then(json(200, body));

    assertThatThrownBy(this::get)
        .isInstanceOfSatisfying(
            ResponseTooLargeException.class,
            e -> assertThat(e.getMessage()).contains("a body of " + (LIMIT + 1) + " bytes"));
  }

  @Test
  void theDefaultLimitIs64MiBAndTheLimitMustBeAPossibleArraySize() {
    assertThat(ScimClientBuilder.DEFAULT_MAX_RESPONSE_BYTES).isEqualTo(64L * 1024 * 1024);
    assertThat(ScimClient.builder().baseUri("http://x/").transportConfig().maxResponseBytes())
        .isEqualTo(ScimClientBuilder.DEFAULT_MAX_RESPONSE_BYTES);
    assertThatThrownBy(() -> ScimClient.builder().maxResponseBytes(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScimClient.builder().maxResponseBytes(Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
