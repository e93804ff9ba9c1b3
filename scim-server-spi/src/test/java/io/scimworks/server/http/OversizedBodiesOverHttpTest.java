package io.scimworks.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.server.ServerOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Defect 16: a client that sends a body over the limit receives the 413, not a connection reset.
 * {@code java.net.http} writes its whole body before it reads, so the bindings keep reading (and
 * discarding) after answering.
 */
class OversizedBodiesOverHttpTest extends OverHttpSuite {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private HttpResponse<String> post(String path, byte[] body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(sut.binding.base() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + ServerUnderTest.TOKEN)
            .header("Content-Type", "application/scim+json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return HTTP.send(request, BodyHandlers.ofString());
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void defect16AFortyMegabyteBodyIsAnswered413ToARealClient(BindingKind kind) throws Exception {
    sut = ServerUnderTest.start(kind);
    byte[] body = new byte[40 * 1024 * 1024];
    java.util.Arrays.fill(body, (byte) ' ');

    HttpResponse<String> response = post("/Users", body);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Connection")).hasValue("close");
    assertThat(response.body()).contains("\"status\":\"413\"");
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void defect16AHundredThousandOperationBulkIsAnswered413ToARealClient(BindingKind kind)
      throws Exception {
    sut = ServerUnderTest.start(kind, ServerOptions.builder().maxRequestBytes(4 << 20).build());
    StringBuilder bulk =
        new StringBuilder(
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],"
                + "\"Operations\":[");
    for (int i = 0; i < 100_000; i++) {
      bulk.append(i == 0 ? "" : ",")
          .append("{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"b")
          .append(i)
          .append("\",\"data\":{\"schemas\":[\"")
          .append(ServerUnderTest.USER_URN)
          .append("\"],\"userName\":\"u")
          .append(i)
          .append("\"}}");
    }
    bulk.append("]}");

    HttpResponse<String> response = post("/Bulk", bulk.toString().getBytes(StandardCharsets.UTF_8));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("\"status\":\"413\"");
    assertThat(sut.scim.get("/Users").at("/totalResults")).isEqualTo("0");
  }
}
