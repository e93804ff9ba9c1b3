package io.scimworks.client;

import static io.scimworks.client.MisbehavingServer.drop;
import static io.scimworks.client.MisbehavingServer.json;
import static io.scimworks.client.MisbehavingServer.respond;
import static io.scimworks.client.MisbehavingServer.scimError;
import static io.scimworks.client.MisbehavingServer.stall;
import static io.scimworks.client.MisbehavingServer.truncate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.client.internal.HttpCall;
import io.scimworks.client.internal.HttpResult;
import io.scimworks.core.ScimException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class TransportRetryTest {
  private static final String OK = "{\"id\":\"1\"}";

  @AutoClose private final MisbehavingServer server = new MisbehavingServer();
  private final FakeTime time = new FakeTime();
  private final List<RetryEvent> retries = new CopyOnWriteArrayList<>();

  private ScimClientBuilder builder(RetryPolicy policy) {
    return ScimClient.builder()
        .baseUri(server.baseUri())
        .retryPolicy(policy)
        .retryListener(retries::add)
        .clock(time)
        .sleeper(time)
        .requestTimeout(Duration.ofSeconds(5));
  }

  private HttpResult send(RetryPolicy policy, HttpCall call) {
    return builder(policy).build().transport().execute(call);
  }

  private static RetryPolicy steady() {
    return RetryPolicy.defaults()
        .withJitter(0)
        .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
  }

  @Test
  void a429WithRetryAfterSecondsIsRetriedAfterExactlyThatLong() {
    server.then(scimError(429, null, "slow down", "Retry-After", "7"), json(200, OK));

    HttpResult r = send(steady(), HttpCall.of("GET", "/Users/1"));

    assertThat(r.status()).isEqualTo(200);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
    assertThat(server.requests()).hasSize(2);
    assertThat(retries)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.status()).isEqualTo(429);
              assertThat(e.attempt()).isEqualTo(1);
              assertThat(e.delay()).isEqualTo(Duration.ofSeconds(7));
              assertThat(e.method()).isEqualTo("GET");
              assertThat(e.failure()).isInstanceOf(ScimException.class);
            });
  }

  @Test
  void a429WithRetryAfterAsAnHttpDateWaitsUntilThatDate() {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.ofInstant(FakeTime.START.plusSeconds(30), java.time.ZoneOffset.UTC));
    server.then(respond(429, "text/plain", "busy", "Retry-After", date), json(200, OK));

    send(steady(), HttpCall.of("GET", "/Users"));

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void aBurstOf503sIsRetriedWithExponentialBackoff() {
    server.then(
        scimError(503, null, "down"),
        respond(503, null, ""),
        scimError(503, null, "down"),
        json(200, OK));

    HttpResult r = send(steady(), HttpCall.of("GET", "/Users"));

    assertThat(r.status()).isEqualTo(200);
    assertThat(time.sleeps())
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    assertThat(retries).extracting(RetryEvent::attempt).containsExactly(1, 2, 3);
    assertThat(server.requests()).hasSize(4);
  }

  @Test
  void retriesStopAfterMaxAttemptsAndTheLastErrorIsThrown() {
    server.then(
        scimError(503, null, "down 1"),
        scimError(503, null, "down 2"),
        scimError(503, null, "down 3"));

    assertThatThrownBy(() -> send(steady().withMaxAttempts(3), HttpCall.of("GET", "/Users")))
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> {
              assertThat(e.status()).isEqualTo(503);
              assertThat(e.detail()).isEqualTo("down 3");
            });
    assertThat(server.requests()).hasSize(3);
    assertThat(retries).hasSize(2);
  }

  @Test
  void aRetryAfterBeyondTheDeadlineIsNotWaitedFor() {
    server.then(scimError(429, null, "come back in an hour", "Retry-After", "3600"));

    assertThatThrownBy(() -> send(steady(), HttpCall.of("GET", "/Users")))
        .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.status()).isEqualTo(429));
    assertThat(time.sleeps()).isEmpty();
    assertThat(server.requests()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"429:100000", "503:100000", "429:31", "503:110", "429:date"})
  void aRetryAfterLongerThanTheMaximumWaitIsNotWaitedForEvenWithinTheDeadline(String answer) {
    int status = Integer.parseInt(answer.substring(0, 3));
    String seconds = answer.substring(4);
    String retryAfter =
        seconds.equals("date")
            ? DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.ofInstant(FakeTime.START.plusSeconds(600), ZoneOffset.UTC))
            : seconds;
    server.then(scimError(status, null, "come back later", "Retry-After", retryAfter));
    // a deadline of days allows every one of these waits: only the maximum refuses them
    RetryPolicy policy = steady().withDeadline(Duration.ofDays(7));

    assertThatThrownBy(() -> send(policy, HttpCall.of("GET", "/Users")))
        .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.status()).isEqualTo(status));
    assertThat(time.sleeps()).isEmpty();
    assertThat(retries).isEmpty();
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void aRetryAfterUpToTheMaximumIsWaitedForInFull() {
    server.then(
        scimError(429, null, "slow down", "Retry-After", "30"),
        scimError(503, null, "down", "Retry-After", "29"),
        json(200, OK));

    HttpResult r = send(steady(), HttpCall.of("GET", "/Users/1"));

    assertThat(r.status()).isEqualTo(200);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(29));
    assertThat(retries).extracting(RetryEvent::delay).containsExactlyElementsOf(time.sleeps());
  }

  @Test
  void aRaisedMaximumWaitsForLongerAndStillEndsBeyondIt() {
    server.then(
        scimError(429, null, "slow down", "Retry-After", "300"),
        scimError(503, null, "down", "Retry-After", "301"));
    RetryPolicy policy =
        steady().withDeadline(Duration.ofHours(1)).withMaxRetryAfter(Duration.ofMinutes(5));

    assertThatThrownBy(() -> send(policy, HttpCall.of("GET", "/Users")))
        .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.status()).isEqualTo(503));
    assertThat(time.sleeps()).containsExactly(Duration.ofMinutes(5));
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void aMaximumOfZeroWaitsOnlyForNow() {
    server.then(
        scimError(429, null, "now", "Retry-After", "0"),
        scimError(429, null, "in a second", "Retry-After", "1"));
    RetryPolicy policy = steady().withMaxRetryAfter(Duration.ZERO);

    assertThatThrownBy(() -> send(policy, HttpCall.of("GET", "/Users")))
        .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.status()).isEqualTo(429));
    assertThat(time.sleeps()).containsExactly(Duration.ZERO);
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void backoffStopsWhenTheNextAttemptWouldMissTheDeadline() {
    server.then(
        scimError(503, null, "down"),
        scimError(503, null, "down"),
        scimError(503, null, "down"),
        scimError(503, null, "down"));
    RetryPolicy policy = steady().withMaxAttempts(10).withDeadline(Duration.ofSeconds(5));

    assertThatThrownBy(() -> send(policy, HttpCall.of("GET", "/Users")))
        .isInstanceOf(ScimException.class);
    // 1 s + 2 s fit into 5 s; the next 4 s would end at 7 s.
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(server.requests()).hasSize(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PATCH"})
  void nonIdempotentRequestsAreNotRetriedUnlessMarked(String method) {
    server.then(scimError(503, null, "down"), json(200, OK));

    assertThatThrownBy(() -> send(steady(), HttpCall.of(method, "/Users").body(OK.getBytes())))
        .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.status()).isEqualTo(503));
    assertThat(server.requests()).hasSize(1);
    assertThat(retries).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PATCH"})
  void nonIdempotentRequestsMarkedRetryableAreRetried(String method) {
    server.then(scimError(503, null, "down"), json(200, OK));

    HttpResult r =
        send(steady(), HttpCall.of(method, "/Users").body(OK.getBytes()).retryable(true));

    assertThat(r.status()).isEqualTo(200);
    assertThat(server.requests()).extracting(MisbehavingServer.Seen::body).containsExactly(OK, OK);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "PUT", "DELETE"})
  void idempotentRequestsAreRetried(String method) {
    server.then(scimError(429, null, "slow down", "Retry-After", "1"), respond(204, null, ""));

    HttpResult r = send(steady(), HttpCall.of(method, "/Users/1"));

    assertThat(r.status()).isEqualTo(204);
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void otherErrorsAreNotRetried() {
    server.then(scimError(500, null, "boom"), json(200, OK));

    assertThatThrownBy(() -> send(steady(), HttpCall.of("GET", "/Users")))
        .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.status()).isEqualTo(500));
    assertThat(server.requests()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PUT", "DELETE"})
  void aDroppedConnectionIsRetriedForAnIdempotentRequest(String method) {
    server.then(drop(), respond(204, null, ""));

    HttpResult r = send(steady(), HttpCall.of(method, "/Users/1"));

    assertThat(r.status()).isEqualTo(204);
    assertThat(server.requests()).hasSize(2);
    assertThat(retries)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.answered()).isFalse();
              assertThat(e.status()).isZero();
              assertThat(e.connectionFailure()).isInstanceOf(IOException.class);
              assertThat(e.failure()).isInstanceOf(ScimTransportException.class);
            });
  }

  @Test
  void droppedConnectionsUnderAGetAreRetried() {
    // java.net.http.HttpClient (JDK 17) itself re-sends a GET once, silently, when the connection
    // closes before any response byte (it takes that for a stale pooled connection); the retry
    // policy sees only what the JDK gives up on.
    server.then(drop(), drop(), json(200, OK));

    HttpResult r = send(steady(), HttpCall.of("GET", "/Users"));

    assertThat(r.status()).isEqualTo(200);
    assertThat(server.requests()).hasSize(3);
    assertThat(retries)
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.failure()).isInstanceOf(ScimTransportException.class));
  }

  @Test
  void aDroppedConnectionFailsAPostWithoutRetrying() {
    server.then(drop(), json(201, OK));

    assertThatThrownBy(() -> send(steady(), HttpCall.of("POST", "/Users").body(OK.getBytes())))
        .isInstanceOfSatisfying(
            ScimTransportException.class,
            e -> {
              assertThat(e.status()).isEqualTo(503);
              assertThat(e.isTimeout()).isFalse();
              assertThat(e.getMessage()).contains("POST /Users");
            });
    assertThat(retries).isEmpty();
  }

  @Test
  void aBodyCutShortIsAConnectionFailureAndRetried() {
    server.then(truncate(200, 500, "{\"id\":\"1\",\"userName\":"), json(200, OK));

    HttpResult r = send(steady(), HttpCall.of("GET", "/Users/1"));

    assertThat(r.status()).isEqualTo(200);
    assertThat(retries).hasSize(1);
  }

  @Test
  void aRefusedConnectionIsRetriedThenReported() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    ScimClient client =
        ScimClient.builder()
            .baseUri(URI.create("http://127.0.0.1:" + closedPort + "/scim"))
            .retryPolicy(steady().withMaxAttempts(3))
            .retryListener(retries::add)
            .clock(time)
            .sleeper(time)
            .build();

    assertThatThrownBy(() -> client.transport().execute(HttpCall.of("GET", "/Users")))
        .isInstanceOfSatisfying(
            ScimTransportException.class, e -> assertThat(e.status()).isEqualTo(503));
    assertThat(retries).hasSize(2);
  }

  @Test
  void aSlowResponseTimesOutAndIsRetried() {
    server.then(stall(), json(200, OK));
    ScimClient client = builder(steady()).requestTimeout(Duration.ofMillis(1000)).build();

    HttpResult r = client.transport().execute(HttpCall.of("GET", "/Users"));

    assertThat(r.status()).isEqualTo(200);
    assertThat(retries)
        .singleElement()
        .satisfies(e -> assertThat(((ScimTransportException) e.failure()).isTimeout()).isTrue());
  }

  @Test
  void aServerThatNeverAnswersEndsInATimeoutNotAHang() {
    server.then(stall(), stall());
    ScimClient client =
        builder(steady().withMaxAttempts(2)).requestTimeout(Duration.ofMillis(1000)).build();

    assertThatThrownBy(() -> client.transport().execute(HttpCall.of("GET", "/Users")))
        .isInstanceOfSatisfying(
            ScimTransportException.class,
            e -> {
              assertThat(e.isTimeout()).isTrue();
              assertThat(e.status()).isEqualTo(504);
            });
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void aBodyThatTricklesForeverEndsInATimeoutNotAHang() {
    // Headers at once, then one byte every 100 ms, without end: the request timeout covers the
    // body too, so a service cannot hold the client with a slow body.
    server.then(
        (exchange, s) -> {
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            while (true) {
              out.write(' ');
              out.flush();
              Thread.sleep(100);
            }
          } catch (IOException closedByTheClient) {
            // The client gave up.
          } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
          }
        });
    ScimClient client = builder(RetryPolicy.none()).requestTimeout(Duration.ofMillis(1000)).build();

    assertThatThrownBy(() -> client.transport().execute(HttpCall.of("GET", "/Users")))
        .isInstanceOfSatisfying(
            ScimTransportException.class, e -> assertThat(e.isTimeout()).isTrue());
  }

  @Test
  void theTokenIsAskedForAgainOnEveryAttemptSoRotationIsPickedUp() {
    server.then(scimError(503, null, "down"), json(200, OK));
    String[] tokens = {"old-secret", "new-secret"};
    int[] calls = {0};
    ScimClient client = builder(steady()).bearerToken(() -> tokens[calls[0]++]).build();

    client.transport().execute(HttpCall.of("GET", "/Users"));

    assertThat(server.requests())
        .extracting(s -> s.header("Authorization"))
        .containsExactly("Bearer old-secret", "Bearer new-secret");
  }

  @Test
  void aThrowingListenerDoesNotChangeTheOutcome() {
    server.then(scimError(503, null, "down"), json(200, OK));
    ScimClient client =
        builder(steady())
            .retryListener(
                e -> {
                  throw new IllegalStateException("listener bug");
                })
            .build();

    assertThat(client.transport().execute(HttpCall.of("GET", "/Users")).status()).isEqualTo(200);
    assertThat(retries).hasSize(1);
  }

  @Test
  void theAsyncVariantRetriesTheSameWay() {
    server.then(scimError(429, null, "slow down", "Retry-After", "2"), json(200, OK));

    HttpResult r = builder(steady()).build().transport().send(HttpCall.of("GET", "/Users")).join();

    assertThat(r.status()).isEqualTo(200);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
  }
}
