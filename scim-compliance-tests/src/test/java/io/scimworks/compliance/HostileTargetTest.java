package io.scimworks.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.scimworks.core.json.ScimJson;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The suite is pointed at services nobody vouches for: whatever a target answers, a run ends, with
 * a failed check saying why, and never with an exception, a full heap or a hang.
 */
@Timeout(120) // a guard against a hang, not a measurement
class HostileTargetTest {
  private static final String SPC =
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
       "patch":{"supported":true},"bulk":{"supported":false},
       "filter":{"supported":true,"maxResults":100},"changePassword":{"supported":false},
       "sort":{"supported":false},"etag":{"supported":false},"authenticationSchemes":[]}""";
  private static final String TYPES =
      """
      {"Resources":[{"schemas":["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
       "id":"User","name":"User","endpoint":"/Users",
       "schema":"urn:ietf:params:scim:schemas:core:2.0:User"}]}""";
  private static final String SCHEMAS =
      """
      {"Resources":[{"id":"urn:ietf:params:scim:schemas:core:2.0:User","name":"User",
       "attributes":[{"name":"userName","type":"string","multiValued":false,"required":true,
       "caseExact":false,"mutability":"readWrite","returned":"default","uniqueness":"server"}]}]}""";

  /** What a fake target does with a request outside discovery. */
  @FunctionalInterface
  private interface Behaviour {
    void answer(HttpExchange exchange) throws IOException, InterruptedException;
  }

  private final List<String> seen = new CopyOnWriteArrayList<>();
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private HttpServer server;

  @AfterEach
  void stop() throws InterruptedException {
    server.stop(0);
    threads.shutdownNow();
    assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void idsThatAreNotUrlSafeAreSentAsOneEncodedPathSegment() throws IOException {
    String id = "a b/c?d#e%\r\nf";
    URI url =
        start(
            ex -> {
              if (ex.getRequestMethod().equals("POST")) {
                send(ex, 201, "{\"id\":" + json(id) + ",\"userName\":\"x\"}");
              } else {
                send(ex, 404, "{\"status\":\"404\"}");
              }
            });

    RunReport report = run(url, Duration.ofSeconds(10), "crud.create-user", "crud.get-user");

    assertThat(report.results()).hasSize(2);
    String encoded = "/scim/v2/Users/a%20b%2Fc%3Fd%23e%25%0D%0Af";
    assertThat(seen).contains("GET " + encoded, "DELETE " + encoded);
    assertThat(report.leftovers()).isZero(); // the DELETE was answered (404 counts as gone)
  }

  @Test
  void anEndlessBodyFailsTheCheckAfterAFixedNumberOfBytes() throws IOException {
    URI url = start(ex -> endlessBody(ex, 64 * 1024, 0));

    CheckResult result = only(run(url, Duration.ofSeconds(60), "crud.get-unknown"));

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.message())
        .contains("answered with a body over 33554432 bytes; stopped reading");
  }

  @Test
  void aBodyTricklingInFailsTheCheckAtTheTimeout() throws IOException {
    URI url = start(ex -> endlessBody(ex, 1, 50));

    CheckResult result = only(run(url, Duration.ofSeconds(1), "crud.get-unknown"));

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.message()).contains("did not send its whole answer within 1000 ms");
  }

  /**
   * A 200 whose chunked body never ends: {@code size} spaces at a time, {@code pauseMillis} apart.
   */
  private static void endlessBody(HttpExchange ex, int size, long pauseMillis)
      throws IOException, InterruptedException {
    ex.getResponseHeaders().set("Content-Type", "application/scim+json");
    ex.sendResponseHeaders(200, 0);
    byte[] chunk = new byte[size];
    Arrays.fill(chunk, (byte) ' ');
    try (OutputStream out = ex.getResponseBody()) {
      while (true) {
        out.write(chunk);
        if (pauseMillis > 0) {
          out.flush();
          Thread.sleep(pauseMillis);
        }
      }
    }
  }

  private static CheckResult only(RunReport report) {
    assertThat(report.results()).hasSize(1);
    return report.results().get(0);
  }

  private RunReport run(URI url, Duration timeout, String... checks) {
    return ComplianceRun.builder()
        .url(url)
        .token("t")
        .checks(Set.of(checks))
        .timeout(timeout)
        .build()
        .run();
  }

  /** A target whose discovery documents are fine and which answers the rest as {@code rest}. */
  private URI start(Behaviour rest) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext(
        "/",
        ex -> {
          String path = ex.getRequestURI().getRawPath();
          seen.add(ex.getRequestMethod() + " " + path);
          try (ex) {
            ex.getRequestBody().readAllBytes();
            if (path.endsWith("/ServiceProviderConfig")) {
              send(ex, 200, SPC);
            } else if (path.endsWith("/ResourceTypes")) {
              send(ex, 200, TYPES);
            } else if (path.endsWith("/Schemas")) {
              send(ex, 200, SCHEMAS);
            } else if (ex.getRequestMethod().equals("GET") && path.endsWith("/Users")) {
              send(ex, 200, "{\"totalResults\":0,\"Resources\":[]}");
            } else {
              rest.answer(ex);
            }
          } catch (IOException | InterruptedException e) {
            // the suite closed the connection: what these targets are here to provoke
          }
        });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/scim/v2");
  }

  private static void send(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/scim+json");
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
  }

  private static String json(String s) {
    return ScimJson.write(ScimJson.nodes().stringNode(s));
  }
}
