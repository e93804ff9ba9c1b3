package io.scimworks.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ScimServerExtension.class)
class ScimServerExtensionTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void startEmpty(TestScimServer scim) {
    scim.clear();
  }

  @Test
  void theServerAnswersOverHttpOnLoopbackWithItsToken(TestScimServer scim) throws Exception {
    assertThat(scim.baseUri().getHost()).isEqualTo("127.0.0.1");
    HttpResponse<String> ok = get(scim.baseUri() + "/Users", "Bearer " + scim.token());
    HttpResponse<String> refused = get(scim.baseUri() + "/Users", "Bearer wrong");

    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(refused.statusCode()).isEqualTo(401);
  }

  @Test
  void seededUsersAreServedAndWritesOverHttpCanBeInspected(TestScimServer scim) throws Exception {
    String id =
        scim.createUser(
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"alice\"}")
            .path("id")
            .asString();
    HttpResponse<String> read = get(scim.baseUri() + "/Users/" + id, "Bearer " + scim.token());
    HttpResponse<String> created =
        http.send(
            HttpRequest.newBuilder(URI.create(scim.baseUri() + "/Groups"))
                .header("Authorization", "Bearer " + scim.token())
                .header("Content-Type", "application/scim+json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                            + "\"displayName\":\"admins\",\"members\":[{\"value\":\""
                            + id
                            + "\"}]}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(read.body()).contains("\"alice\"");
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(scim.groups())
        .singleElement()
        .satisfies(g -> assertThat(g.path("members").toString()).contains(id));
    assertThat(scim.users())
        .extracting(u -> u.path("userName").asString())
        .containsExactly("alice");
  }

  @Test
  void eachTestOfTheClassSeesTheSameServer(TestScimServer scim) {
    assertThat(scim.users()).isEmpty();
    assertThat(scim.toString()).contains(scim.baseUri().toString());
  }

  private HttpResponse<String> get(String url, String authorization) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", authorization)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
