package io.scimworks.client;

import static io.scimworks.client.MisbehavingServer.json;
import static io.scimworks.client.MisbehavingServer.respond;
import static io.scimworks.client.MisbehavingServer.scimError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the client does against services that redirect, label bodies wrongly, ask to wait in odd
 * ways or quote their versions oddly: a typed exception that says what happened, or the right
 * thing.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HostileServerTest {
  private static final String USER =
      "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"1\","
          + "\"userName\":\"alice\",\"meta\":{\"version\":\"W/\\\"1\\\"\"}}";

  @AutoClose private final MisbehavingServer server = new MisbehavingServer();
  @AutoClose private final MisbehavingServer elsewhere = new MisbehavingServer();
  private final FakeTime time = new FakeTime();

  private ScimClient client(RetryPolicy policy) {
    return ScimClient.builder()
        .baseUri(server.baseUri())
        .bearerToken("s3cret-token")
        .discovery(false)
        .retryPolicy(policy)
        .clock(time)
        .sleeper(time)
        .requestTimeout(Duration.ofSeconds(5))
        .build();
  }

  @Test
  void aRedirectToAnotherHostIsARedirectExceptionAndTheTokenGoesNowhereElse() {
    String steal = "http://localhost:" + elsewhere.baseUri().getPort() + "/steal";
    server.then(
        respond(302, "text/html", "<a href=\"" + steal + "\">moved</a>", "Location", steal));

    assertThatThrownBy(() -> client(RetryPolicy.defaults()).users().get("1"))
        .isInstanceOfSatisfying(
            RedirectException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(302);
              assertThat(e.location()).isEqualTo(steal);
              assertThat(e.detail()).contains("302", steal, "base URI");
            });
    assertThat(server.requests()).hasSize(1); // not retried
    assertThat(elsewhere.requests()).isEmpty();
  }

  @Test
  void aRelativeLocationIsResolvedAgainstTheRequest() {
    server.then(respond(308, null, "", "Location", "/scim/v3/Users/1"));

    assertThatThrownBy(() -> client(RetryPolicy.none()).users().get("1"))
        .isInstanceOfSatisfying(
            RedirectException.class,
            e ->
                assertThat(e.location())
                    .isEqualTo(
                        "http://127.0.0.1:" + server.baseUri().getPort() + "/scim/v3/Users/1"));
  }

  @Test
  void anHttpClientThatFollowsRedirectsIsRefusedBecauseItWouldForwardTheToken() {
    HttpClient following =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    assertThatThrownBy(() -> ScimClient.builder().httpClient(following))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Authorization")
        .hasMessageContaining("Redirect.NEVER");
  }

  @Test
  void jsonLabelledWithAnotherContentTypeIsReadAndHtmlLabelledScimIsAnUnexpectedResponse() {
    server.then(
        respond(200, "text/plain; charset=iso-8859-1", USER),
        respond(200, "application/scim+json", "<html><body>Sign in</body></html>"));
    ScimClient client = client(RetryPolicy.none());

    assertThat(client.users().get("1").userName()).isEqualTo("alice");
    assertThatThrownBy(() -> client.users().get("1"))
        .isInstanceOfSatisfying(
            UnexpectedResponseException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(200);
              assertThat(e.status()).isEqualTo(502);
              assertThat(e.bodySnippet()).contains("Sign in");
            });
  }

  @Test
  void aRetryAfterThatIsNotANumberOrADateFallsBackToBackoffAndAHugeOneIsNotWaitedFor() {
    RetryPolicy policy =
        RetryPolicy.defaults()
            .withJitter(0)
            .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
    server.then(
        scimError(503, null, "busy", "Retry-After", "soon"),
        scimError(429, null, "busy", "Retry-After", "-5"),
        scimError(503, null, "busy", "Retry-After", "1.5"),
        json(200, USER));
    assertThat(client(policy).users().get("1").id()).isEqualTo("1");
    assertThat(time.sleeps())
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));

    server.then(scimError(503, null, "come back next century", "Retry-After", "9".repeat(40)));
    assertThatThrownBy(() -> client(policy).users().get("1"))
        .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.status()).isEqualTo(503));
    assertThat(time.sleeps()).hasSize(3); // nothing waited for the second request

    server.then(
        scimError(429, null, "busy", "Retry-After", "Thu, 01 Jan 1970 00:00:00 GMT"),
        json(200, USER));
    assertThat(client(policy).users().get("1").id()).isEqualTo("1");
    assertThat(time.sleeps()).last().isEqualTo(Duration.ZERO);
  }

  @Test
  void versionsQuotedOddlyAreSentAsEntityTagsAndOnesNoHeaderCanCarryAreRefusedUnsent() {
    ScimClient client = client(RetryPolicy.none());
    String[][] sent = {
      {"W/3", "W/\"3\""},
      {"3", "\"3\""},
      {"  W/\"3\"  ", "W/\"3\""},
      {"\"3\"", "\"3\""},
      {"w/\"3\"", "w/\"3\""},
      {"*", "*"},
    };
    for (String[] c : sent) {
      server.then(respond(204, null, ""));
      client.users().delete("1", c[0]);
      assertThat(server.requests().get(server.requests().size() - 1).header("If-Match"))
          .as(c[0])
          .isEqualTo(c[1]);
    }
    int before = server.requests().size();
    for (String odd : new String[] {"3\r\nX-Injected: yes", "\"3", "a\"b", ""}) {
      assertThatThrownBy(() -> client.users().delete("1", odd))
          .as(odd)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("version");
    }
    assertThat(server.requests()).hasSize(before);
  }

  @Test
  void aVersionWithALineBreakFromTheServiceIsAnUnexpectedResponseWhenRead() {
    server.then(json(200, USER.replace("W/\\\"1\\\"", "1\\r\\nX-Injected: yes")));

    assertThatThrownBy(() -> client(RetryPolicy.none()).users().get("1"))
        .isInstanceOfSatisfying(
            UnexpectedResponseException.class,
            e -> assertThat(e.detail()).contains("meta.version"));
  }
}
