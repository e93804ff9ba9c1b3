package io.scimworks.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.server.ScimResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A decorator in front of the server, and the log of what came over HTTP. */
class DecoratedServerTest {
  @RegisterExtension
  static final ScimServerExtension SCIM =
      new ScimServerExtension()
          .decorated(
              server ->
                  request ->
                      request.path().equals("/Bulk")
                          ? new ScimResponse(501, Map.of(), new byte[0])
                          : server.handle(request));

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void startEmpty(TestScimServer scim) {
    scim.clear();
    scim.clearRequests();
  }

  @Test
  void theDecoratorAnswersWhatItTakesAndPassesTheRestOn(TestScimServer scim) throws Exception {
    assertThat(send(scim, "POST", "/Bulk", "{}").statusCode()).isEqualTo(501);
    assertThat(send(scim, "GET", "/Users", null).statusCode()).isEqualTo(200);
  }

  @Test
  void requestsOverHttpAreLoggedInOrderButSeedingIsNot(TestScimServer scim) throws Exception {
    scim.createUser(
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"bob\"}");
    send(scim, "GET", "/Users?filter=userName%20eq%20%22bob%22", null);
    send(scim, "POST", "/Bulk", "{}");

    assertThat(scim.requests())
        .containsExactly("GET /Users?filter=userName%20eq%20%22bob%22", "POST /Bulk");
    scim.clearRequests();
    assertThat(scim.requests()).isEmpty();
  }

  private HttpResponse<String> send(TestScimServer scim, String method, String path, String body)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(scim.baseUri() + path))
            .header("Authorization", "Bearer " + scim.token())
            .header("Content-Type", "application/scim+json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
