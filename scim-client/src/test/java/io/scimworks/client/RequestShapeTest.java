package io.scimworks.client;

import static io.scimworks.client.MisbehavingServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.client.internal.HttpCall;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class RequestShapeTest {
  @AutoClose private final MisbehavingServer server = new MisbehavingServer();

  @Test
  void queryParametersOfTheBaseUriAreKeptOnEveryRequest() {
    server.then(json(200, "{}"), json(200, "{}"));
    ScimClient client =
        ScimClient.builder().baseUri(server.baseUri() + "/?aadOptscim062020").build();

    client
        .transport()
        .execute(HttpCall.of("GET", "/Users").query("filter", "userName eq \"a@b.com\""));
    client.transport().execute(HttpCall.of("GET", "/Groups/7"));

    assertThat(server.requests())
        .extracting(s -> s.uri().getRawPath() + "?" + s.uri().getRawQuery())
        .containsExactly(
            "/scim/v2/Users?aadOptscim062020&filter=userName%20eq%20%22a%40b.com%22",
            "/scim/v2/Groups/7?aadOptscim062020");
  }

  @Test
  void headersUserAgentAndTokenAreSent() {
    server.then(json(201, "{}"));
    ScimClient client =
        ScimClient.builder()
            .baseUri(server.baseUri())
            .bearerToken("s3cret")
            .header("X-Tenant", "contoso")
            .userAgent("connector/1.0")
            .build();

    client.transport().execute(HttpCall.of("POST", "/Users").body("{}".getBytes()));

    MisbehavingServer.Seen seen = server.requests().get(0);
    assertThat(seen.header("Authorization")).isEqualTo("Bearer s3cret");
    assertThat(seen.header("X-Tenant")).isEqualTo("contoso");
    assertThat(seen.header("User-Agent")).isEqualTo("connector/1.0");
    assertThat(seen.header("Content-Type")).isEqualTo("application/scim+json; charset=utf-8");
    assertThat(seen.header("Accept")).contains("application/scim+json");
  }

  @Test
  void noTokenMeansNoAuthorizationHeader() {
    server.then(json(200, "{}"));
    ScimClient client = ScimClient.builder().baseUri(server.baseUri()).build();

    client.transport().execute(HttpCall.of("GET", "/ServiceProviderConfig"));

    assertThat(server.requests().get(0).header("Authorization")).isNull();
  }

  @Test
  void theRateLimitSpacesRequestsEvenly() {
    server.then(json(200, "{}"), json(200, "{}"), json(200, "{}"));
    FakeTime time = new FakeTime();
    ScimClient client =
        ScimClient.builder()
            .baseUri(server.baseUri())
            .rateLimit(2)
            .clock(time)
            .sleeper(time)
            .build();

    for (int i = 0; i < 3; i++) {
      client.transport().execute(HttpCall.of("GET", "/Users"));
    }

    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500));
  }

  @Test
  void theBuilderRefusesHeadersItManagesItself() {
    assertThatThrownBy(() -> ScimClient.builder().header("authorization", "Basic x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dedicated setting");
  }

  @Test
  void theBuilderRefusesAConnectTimeoutForAnInjectedHttpClient() {
    ScimClientBuilder b =
        ScimClient.builder()
            .baseUri("http://127.0.0.1/scim")
            .httpClient(HttpClient.newHttpClient())
            .connectTimeout(Duration.ofSeconds(1));

    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theBuilderRequiresAnAbsoluteHttpBaseUri() {
    assertThatThrownBy(() -> ScimClient.builder().baseUri("/scim/v2"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScimClient.builder().baseUri("ftp://example.com/scim"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScimClient.builder().build())
        .isInstanceOf(IllegalStateException.class);
  }
}
