package io.scimworks.client;

import static io.scimworks.client.MisbehavingServer.json;
import static io.scimworks.client.MisbehavingServer.respond;
import static io.scimworks.client.MisbehavingServer.scimError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.client.internal.HttpCall;
import io.scimworks.core.ScimException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ErrorMappingTest {
  @AutoClose private final MisbehavingServer server = new MisbehavingServer();
  private final FakeTime time = new FakeTime();
  private final ScimClient client =
      ScimClient.builder()
          .baseUri(server.baseUri())
          .clock(time)
          .sleeper(time)
          .requestTimeout(Duration.ofSeconds(5))
          .build();

  private void get() {
    client.transport().execute(HttpCall.of("GET", "/Users/42"));
  }

  /**
   * Asserts that {@code call} throws a {@link ScimException} itself (no subclass) with this status,
   * {@code scimType} and detail.
   */
  static void assertScimError(ThrowingCallable call, int status, String scimType, String detail) {
    assertThatThrownBy(call)
        .isExactlyInstanceOf(ScimException.class)
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> {
              assertThat(e.status()).isEqualTo(status);
              assertThat(e.scimType()).isEqualTo(scimType);
              assertThat(e.detail()).isEqualTo(detail);
            });
  }

  @Test
  void aScimErrorBodyBecomesAScimExceptionWithItsTypeAndDetail() {
    server.then(scimError(409, "uniqueness", "userName bjensen is taken"));

    assertScimError(this::get, 409, "uniqueness", "userName bjensen is taken");
  }

  @Test
  void theHttpStatusWinsOverAStatusInTheBodyThatDisagrees() {
    server.then(
        json(
            404,
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"400\"}"));

    assertThatThrownBy(this::get)
        .isInstanceOfSatisfying(
            ScimException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.detail()).isEqualTo("GET /Users/42 failed");
            });
  }

  @Test
  void anHtmlErrorPageFromAProxyBecomesAnUnexpectedResponseWithASnippet() {
    server.then(
        respond(
            403,
            "text/html",
            "<html>\n  <head><title>403 Forbidden</title></head>\n<body>Access denied by WAF</body></html>"));

    assertThatThrownBy(this::get)
        .isInstanceOfSatisfying(
            UnexpectedResponseException.class,
            e -> {
              assertThat(e.status()).isEqualTo(403);
              assertThat(e.httpStatus()).isEqualTo(403);
              assertThat(e.contentType()).isEqualTo("text/html");
              assertThat(e.bodySnippet())
                  .isEqualTo(
                      "<html> <head><title>403 Forbidden</title></head> <body>Access denied by"
                          + " WAF</body></html>");
              assertThat(e.getMessage())
                  .contains("GET /Users/42 answered 403 with a body that is not a SCIM error")
                  .contains("Access denied by WAF");
            });
  }

  @Test
  void anEmptyBadGatewayBecomesAnUnexpectedResponseThatSaysSo() {
    server.then(respond(502, null, ""));

    assertThatThrownBy(this::get)
        .isInstanceOfSatisfying(
            UnexpectedResponseException.class,
            e -> {
              assertThat(e.status()).isEqualTo(502);
              assertThat(e.bodySnippet()).isEmpty();
              assertThat(e.getMessage()).contains("502 with an empty body");
            });
  }

  @Test
  void aTruncatedJsonErrorBodyBecomesAnUnexpectedResponse() {
    server.then(
        json(
            400,
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"detail\":\"bad"));

    assertThatThrownBy(this::get)
        .isInstanceOfSatisfying(
            UnexpectedResponseException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.bodySnippet()).endsWith("\"detail\":\"bad");
            });
  }

  @Test
  void aLongBodyIsCutInTheSnippet() {
    server.then(respond(500, "text/plain", "x".repeat(10_000)));

    assertThatThrownBy(this::get)
        .isInstanceOfSatisfying(
            UnexpectedResponseException.class,
            e -> assertThat(e.bodySnippet()).hasSize(203).endsWith("..."));
  }

  @Test
  void aPlainJsonErrorWithoutTheSchemaUrnIsStillRead() {
    server.then(json(400, "{\"scimType\":\"invalidFilter\",\"detail\":\"bad filter\"}"));

    assertThatThrownBy(this::get)
        .isInstanceOfSatisfying(
            ScimException.class, e -> assertThat(e.scimType()).isEqualTo("invalidFilter"));
  }
}
