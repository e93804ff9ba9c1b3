package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.server.memory.InMemoryRepository;
import io.scimworks.server.spi.Authenticator;
import io.scimworks.server.spi.ServerMetrics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A {@link ServerMetrics} hears where each filter was evaluated and how many PATCH operations came.
 */
class ServerMetricsTest {
  private final List<String> heard = new CopyOnWriteArrayList<>();
  private final ServerMetrics metrics =
      new ServerMetrics() {
        @Override
        public void searched(String resourceType, FilterEvaluation evaluation) {
          heard.add("search " + resourceType + " " + evaluation);
        }

        @Override
        public void patched(String resourceType, int operations) {
          heard.add("patch " + resourceType + " " + operations);
        }
      };

  @Test
  void searchesReportWhereTheFilterWasEvaluatedAndPatchesTheirOperationCount() {
    ScimServer server =
        ScimServer.builder()
            .users(new SimpleRepository())
            .authenticator(Authenticator.NONE)
            .metrics(metrics)
            .build();
    ScimResponse created =
        server.handle(
            ScimRequest.of(
                "POST",
                "/Users",
                Map.of("Content-Type", List.of("application/scim+json")),
                "{\"userName\":\"bjensen\"}"));
    String id = created.bodyText().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

    server.handle(ScimRequest.of("GET", "/Users"));
    server.handle(ScimRequest.of("GET", "/Users?filter=userName+eq+%22bjensen%22"));
    server.handle(
        ScimRequest.of(
            "PATCH",
            "/Users/" + id,
            Map.of("Content-Type", List.of("application/scim+json")),
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
                + "{\"op\":\"replace\",\"path\":\"title\",\"value\":\"a\"},"
                + "{\"op\":\"add\",\"path\":\"nickName\",\"value\":\"b\"},"
                + "{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]}"));

    assertThat(heard).containsExactly("search User IN_MEMORY", "patch User 3");
  }

  @Test
  void aRepositoryThatAnswersTheFilterIsReportedAsSuch() {
    ScimServer server =
        ScimServer.builder()
            .users(InMemoryRepository.forUsers())
            .authenticator(Authenticator.NONE)
            .metrics(metrics)
            .build();

    server.handle(ScimRequest.of("GET", "/Users?filter=userName+eq+%22bjensen%22"));

    assertThat(heard).hasSize(1);
    assertThat(heard.get(0)).startsWith("search User ").doesNotEndWith("IN_MEMORY");
  }
}
