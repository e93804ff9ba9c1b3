package io.scimworks.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.json.ScimJson;
import io.scimworks.server.http.jdk.JdkHttpBinding;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The README's server sample ({@code id: jdk-server}) serves SCIM over real HTTP, and its client
 * sample ({@code id: client}) provisions into it: a user created and disabled, a group holding it.
 */
class ReadmeServerAndClientTest {

  private final CompiledSamples samples = CompiledSamples.get();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theClientSampleProvisionsIntoTheServerSampleOverHttp() throws Exception {
    DocumentationSamplesTest.requireCompiled(samples);
    String token = UUID.randomUUID().toString();
    JdkHttpBinding server =
        (JdkHttpBinding)
            samples
                .method(samples.byId("jdk-server"), "serveScim", String.class, int.class)
                .invoke(null, token, 0);
    try {
      String tenantUrl = "http://127.0.0.1:" + server.port() + "/scim/v2";
      samples
          .method(samples.byId("client"), "provisionAlice", String.class, String.class)
          .invoke(null, tenantUrl, token);

      JsonNode alice = only(get(tenantUrl, token, "/Users", "userName eq \"alice@contoso.com\""));
      assertThat(alice.path("active").asBoolean(true)).as("alice is disabled").isFalse();
      JsonNode ops = only(get(tenantUrl, token, "/Groups", "displayName eq \"Ops\""));
      assertThat(ops.path("members").findValuesAsString("value"))
          .containsExactly(alice.path("id").asString());
    } finally {
      server.stop();
    }
  }

  private JsonNode get(String tenantUrl, String token, String path, String filter)
      throws Exception {
    URI uri =
        URI.create(
            tenantUrl + path + "?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("GET %s", uri).isEqualTo(200);
    return ScimJson.read(response.body());
  }

  private static JsonNode only(JsonNode listResponse) {
    assertThat(listResponse.path("totalResults").asInt()).isEqualTo(1);
    return listResponse.path("Resources").get(0);
  }
}
