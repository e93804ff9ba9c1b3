package io.scimworks.client;

import static io.scimworks.client.MisbehavingServer.json;
import static io.scimworks.client.MisbehavingServer.scimError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.scimworks.core.json.ScimJson;
import io.scimworks.core.patch.PatchOperation;
import io.scimworks.core.resource.User;
import io.scimworks.testing.ScimServerExtension;
import io.scimworks.testing.TestScimServer;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a {@link ClientListener} sees of real HTTP exchanges, and what it never sees: secrets. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ClientListenerTest {
  private static final String PASSWORD = "hunter2-very-secret";

  @RegisterExtension static final ScimServerExtension SCIM = Live.server();

  private static TestScimServer server;

  @BeforeAll
  static void start(TestScimServer started) {
    server = started;
  }

  /** Collects what it is told. */
  static final class Recorder implements ClientListener {
    final List<ExchangeEvent> exchanges = new CopyOnWriteArrayList<>();
    final List<ClientWarning> warnings = new CopyOnWriteArrayList<>();

    @Override
    public void onExchange(ExchangeEvent exchange) {
      exchanges.add(exchange);
    }

    @Override
    public void onWarning(ClientWarning warning) {
      warnings.add(warning);
    }
  }

  @Test
  void everyExchangeIsReportedWithMethodUriStatusAndDuration() {
    Recorder recorder = new Recorder();
    ScimClient scim = Live.clientBuilder(server).discovery(false).listener(recorder).build();

    User alice = scim.users().create(User.builder().userName("listener-alice").build());
    scim.users().get(alice.id());

    assertThat(recorder.exchanges).hasSize(2);
    ExchangeEvent create = recorder.exchanges.get(0);
    assertThat(create.method()).isEqualTo("POST");
    assertThat(create.uri()).isEqualTo(server.baseUri().resolve("v2/Users"));
    assertThat(create.status()).isEqualTo(201);
    assertThat(create.attempt()).isEqualTo(1);
    assertThat(create.retries()).isZero();
    assertThat(create.duration().isNegative()).isFalse();
    assertThat(create.failure()).isEmpty();
    assertThat(create.requestBody())
        .hasValueSatisfying(b -> assertThat(b).contains("listener-alice"));
    assertThat(create.responseBody()).hasValueSatisfying(b -> assertThat(b).contains(alice.id()));
    assertThat(create.responseHeaders()).containsKey("content-type");
    ExchangeEvent get = recorder.exchanges.get(1);
    assertThat(get.method()).isEqualTo("GET");
    assertThat(get.requestBody()).isEmpty();
    assertThat(get.toString())
        .startsWith("GET " + server.baseUri() + "/Users/")
        .contains("-> 200 in ");
  }

  @Test
  void theBearerTokenAndPasswordsNeverReachTheListener() {
    Recorder recorder = new Recorder();
    ScimClient scim = Live.clientBuilder(server).discovery(false).listener(recorder).build();

    User bob =
        scim.users().create(User.builder().userName("listener-bob").password(PASSWORD).build());
    scim.users().patch(bob.id()).replace("password", PASSWORD).execute();
    scim.users()
        .patch(bob.id())
        .operation(
            PatchOperation.replace(ScimJson.readObject("{\"password\":\"" + PASSWORD + "\"}")))
        .execute();

    assertThat(recorder.exchanges).hasSize(3);
    for (ExchangeEvent e : recorder.exchanges) {
      String everything =
          e + " " + e.requestHeaders() + e.requestBody() + e.responseHeaders() + e.responseBody();
      assertThat(everything).doesNotContain(server.token()).doesNotContain(PASSWORD);
      assertThat(e.requestHeaders().get("Authorization")).containsExactly("Bearer ****");
      assertThat(e.requestBody()).hasValueSatisfying(b -> assertThat(b).contains("****"));
    }
  }

  @Test
  void retriesAreReportedAsLaterAttempts() {
    try (MisbehavingServer flaky = new MisbehavingServer()) {
      flaky.then(scimError(503, null, "busy", "Retry-After", "0"), json(200, "{\"id\":\"1\"}"));
      Recorder recorder = new Recorder();
      FakeTime time = new FakeTime();
      ScimClient scim =
          ScimClient.builder()
              .baseUri(flaky.baseUri())
              .bearerToken("t")
              .discovery(false)
              .clock(time)
              .sleeper(time)
              .listener(recorder)
              .build();

      scim.users().get("1");

      assertThat(recorder.exchanges)
          .extracting(ExchangeEvent::status, ExchangeEvent::attempt, ExchangeEvent::retries)
          .containsExactly(tuple(503, 1, 0), tuple(200, 2, 1));
      assertThat(recorder.exchanges.get(1).toString()).endsWith("(retry 1)");
    }
  }

  @Test
  void aConnectionThatFailsIsReportedWithoutStatus() {
    try (MisbehavingServer dropping = new MisbehavingServer()) {
      dropping.then(MisbehavingServer.drop());
      Recorder recorder = new Recorder();
      ScimClient scim =
          ScimClient.builder()
              .baseUri(dropping.baseUri())
              .discovery(false)
              .retryPolicy(RetryPolicy.none())
              .listener(recorder)
              .build();

      // A POST, because the JDK's HttpClient silently re-sends a GET once after a dropped
      // connection.
      assertThatThrownBy(() -> scim.users().create(User.builder().userName("x").build()))
          .isInstanceOf(ScimTransportException.class);

      assertThat(recorder.exchanges)
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.status()).isZero();
                assertThat(e.failure()).isPresent();
                assertThat(e.toString()).contains("no response");
              });
    }
  }

  @Test
  void aListenerThatThrowsChangesNothing() {
    ClientListener broken =
        new ClientListener() {
          @Override
          public void onExchange(ExchangeEvent exchange) {
            throw new IllegalStateException("broken on purpose");
          }
        };
    ScimClient scim = Live.clientBuilder(server).discovery(false).listener(broken).build();

    User carol = scim.users().create(User.builder().userName("listener-carol").build());

    assertThat(scim.users().get(carol.id()).userName()).isEqualTo("listener-carol");
  }

  @Test
  void logToWritesOneLinePerExchangeAtDebugAndBodiesAtTrace() {
    CapturingLogger debug = new CapturingLogger(System.Logger.Level.DEBUG);
    CapturingLogger trace = new CapturingLogger(System.Logger.Level.TRACE);
    ScimClient scim =
        Live.clientBuilder(server)
            .discovery(false)
            .listener(ClientListener.logTo(debug))
            .listener(ClientListener.logTo(trace))
            .build();

    scim.users().create(User.builder().userName("listener-dave").password(PASSWORD).build());

    assertThat(debug.lines)
        .singleElement()
        .satisfies(l -> assertThat(l).startsWith("DEBUG POST ").contains("-> 201"));
    assertThat(trace.lines)
        .singleElement()
        .satisfies(
            l ->
                assertThat(l)
                    .startsWith("TRACE POST ")
                    .contains("listener-dave")
                    .doesNotContain(PASSWORD));
  }

  /** A {@link System.Logger} that keeps what it is given at or above a level. */
  static final class CapturingLogger implements System.Logger {
    final List<String> lines = new CopyOnWriteArrayList<>();
    private final Level threshold;

    CapturingLogger(Level threshold) {
      this.threshold = threshold;
    }

    @Override
    public String getName() {
      return "capturing";
    }

    @Override
    public boolean isLoggable(Level level) {
      return level.getSeverity() >= threshold.getSeverity();
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
      lines.add(level + " " + msg);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      lines.add(
          level + " " + (params == null ? format : java.text.MessageFormat.format(format, params)));
    }

    @Override
    public void log(Level level, Supplier<String> msgSupplier) {
      lines.add(level + " " + msgSupplier.get());
    }
  }
}
