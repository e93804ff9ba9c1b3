package io.scimworks.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.server.ScimRequest;
import io.scimworks.server.ScimResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The two reads an identity provider sends most (its {@code userName} lookup and a read by id) go
 * out as the server rendered them: one length-delimited body on a keep-alive connection, the same
 * bytes that {@code handle()} returns for the same request.
 */
class ReadResponsesOverHttpTest extends OverHttpSuite {

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void aListResponseAndAResourceGoOutWithContentLengthAndTheServersBytes(BindingKind kind)
      throws Exception {
    sut = ServerUnderTest.start(kind);
    String id = sut.createUser("user500@contoso.com");
    String filter = "filter=userName%20eq%20%22user500%40contoso.com%22";
    String host = "127.0.0.1:" + sut.binding.port();

    try (RawHttp http = RawHttp.connect(sut.binding.port())) {
      for (String target : List.of("/Users?" + filter, "/Users/" + id, "/Users?" + filter)) {
        http.send(
            "GET "
                + sut.binding.mountPath()
                + target
                + " HTTP/1.1\r\nHost: "
                + host
                + "\r\nAuthorization: Bearer "
                + ServerUnderTest.TOKEN
                + "\r\n\r\n");
        RawHttp.Response r = http.readResponse();

        assertThat(r).isNotNull();
        assertThat(r.status()).as(target).isEqualTo(200);
        assertThat(r.header("Transfer-Encoding")).isNull();
        assertThat(r.header("Content-Length"))
            .isEqualTo(Integer.toString(r.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(r.body()).isEqualTo(handled(target, host));
      }
    }
  }

  /** The body the server renders for the same request, called directly. */
  private String handled(String target, String host) {
    int q = target.indexOf('?');
    ScimResponse response =
        sut.server.handle(
            new ScimRequest(
                "GET",
                q < 0 ? target : target.substring(0, q),
                q < 0 ? null : target.substring(q + 1),
                Map.of(
                    "Host", List.of(host),
                    "Authorization", List.of("Bearer " + ServerUnderTest.TOKEN)),
                new byte[0],
                "127.0.0.1"));
    assertThat(response.status()).isEqualTo(200);
    return response.bodyText();
  }
}
