package io.scimworks.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TestConnectionTest {

  @Test
  void entraStyleTestConnectionPassesAgainstTheRealServer() {
    try (LiveServer server = new LiveServer()) {
      assertThatCode(() -> server.client().testConnection()).doesNotThrowAnyException();
      assertThat(server.requests())
          .singleElement()
          .satisfies(r -> assertThat(r).startsWith("GET /Users?filter=userName%20eq%20%22"));
    }
  }

  @Test
  void entraStyleTestConnectionReportsABadToken() {
    try (LiveServer server = new LiveServer()) {
      ScimClient wrong = server.clientBuilder().bearerToken("not-the-token").build();

      assertThatThrownBy(wrong::testConnection)
          .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.status()).isEqualTo(401));
    }
  }

  @Test
  void entraStyleTestConnectionReportsAWrongUrlWithWhatAnswered() throws Exception {
    try (MisbehavingServer server = new MisbehavingServer()) {
      server.then(MisbehavingServer.respond(404, "text/html", "<h1>Not Found</h1>"));
      ScimClient client = ScimClient.builder().baseUri(server.baseUri()).build();

      assertThatThrownBy(client::testConnection)
          .isInstanceOfSatisfying(
              UnexpectedResponseException.class,
              e -> {
                assertThat(e.status()).isEqualTo(404);
                assertThat(e.bodySnippet()).contains("Not Found");
              });
    }
  }
}
