package io.scimworks.client;

import static io.scimworks.client.MisbehavingServer.json;
import static io.scimworks.client.MisbehavingServer.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import io.scimworks.core.resource.ScimResource;
import io.scimworks.core.resource.User;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bodies a broken service sends: each is an {@link UnexpectedResponseException} with the status and
 * the beginning of the body (or, for an error status, a {@link ScimException} with that status),
 * never a {@code NullPointerException}, a {@code ClassCastException}, a {@code StackOverflowError}
 * or a Jackson exception.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class MalformedResponseTest {
  @AutoClose private final MisbehavingServer server = new MisbehavingServer();
  private final ScimClient client = server.client();

  private static UnexpectedResponseException unexpected(Throwable t) {
    assertThat(t).isInstanceOf(UnexpectedResponseException.class);
    return (UnexpectedResponseException) t;
  }

  @Test
  void aSuccessThatIsNotJsonIsAnUnexpectedResponseWithItsBeginning() {
    server.then(respond(200, "text/html", "<html><body>Sign in to continue</body></html>"));

    assertThatThrownBy(() -> client.users().get("1"))
        .satisfies(
            t -> {
              UnexpectedResponseException e = unexpected(t);
              assertThat(e.httpStatus()).isEqualTo(200);
              assertThat(e.status()).isEqualTo(502);
              assertThat(e.contentType()).isEqualTo("text/html");
              assertThat(e.bodySnippet()).contains("Sign in to continue");
              assertThat(e.getMessage()).contains("GET /Users/1 answered 200");
            });
  }

  @Test
  void jsonNestedTenThousandDeepIsAnUnexpectedResponseNotAStackOverflow() {
    String deep = "{\"id\":\"1\",\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    server.then(json(200, deep), json(400, deep), json(200, "{\"Resources\":" + deep + "}"));

    assertThatThrownBy(() -> client.users().get("1"))
        .satisfies(t -> assertThat(unexpected(t).httpStatus()).isEqualTo(200));
    assertThatThrownBy(() -> client.users().get("1"))
        .satisfies(t -> assertThat(unexpected(t).httpStatus()).isEqualTo(400));
    assertThatThrownBy(() -> client.users().search().firstPage())
        .satisfies(t -> assertThat(unexpected(t).httpStatus()).isEqualTo(200));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"userName\":\"bjensen\"}",
        "{\"id\":\"\",\"userName\":\"bjensen\"}",
        "{\"id\":null,\"userName\":\"bjensen\"}",
        "{\"id\":{\"value\":\"1\"},\"userName\":\"bjensen\"}",
        "{\"id\":[\"1\"],\"userName\":\"bjensen\"}"
      })
  void aResourceWithoutAUsableIdIsAnUnexpectedResponse(String body) {
    server.then(json(200, body), json(201, body));

    assertThatThrownBy(() -> client.users().get("1"))
        .satisfies(t -> assertThat(unexpected(t).getMessage()).contains("id"));
    assertThatThrownBy(() -> client.users().create(User.builder().userName("bjensen").build()))
        .satisfies(t -> assertThat(unexpected(t).httpStatus()).isEqualTo(201));
  }

  /** A type of the caller's own, bound by Jackson. */
  record Person(String id, int age) {}

  @Test
  void aResourceTheCodecCannotReadIsAnUnexpectedResponseNotAnInvalidSyntaxOfOurs() {
    server.then(json(200, "{\"id\":\"1\",\"age\":\"not a number\"}"));

    assertThatThrownBy(() -> client.resources("/People", Person.class).get("1"))
        .satisfies(
            t -> {
              UnexpectedResponseException e = unexpected(t);
              assertThat(e.status()).isEqualTo(502);
              assertThat(e.httpStatus()).isEqualTo(200);
            });
  }

  @Test
  void aCreatedAnsweredWithoutABodyIsAnUnexpectedResponse() {
    server.then(respond(201, null, "", "Location", server.baseUri() + "/Users/9"));

    assertThatThrownBy(() -> client.users().create(User.builder().userName("bjensen").build()))
        .satisfies(
            t -> {
              UnexpectedResponseException e = unexpected(t);
              assertThat(e.httpStatus()).isEqualTo(201);
              assertThat(e.getMessage()).contains("empty body");
            });
  }

  @Test
  void resourcesThatAreNotAnArrayAreAnUnexpectedResponse() {
    server.then(json(200, "{\"totalResults\":1,\"Resources\":\"1\"}"));

    assertThatThrownBy(() -> client.resources("/Users").search().firstPage())
        .satisfies(t -> assertThat(unexpected(t).httpStatus()).isEqualTo(200));
  }

  @ParameterizedTest
  @ValueSource(strings = {"409", "\"abc\"", "null", "{}", "[400]", "1e400"})
  void theStatusInAnErrorBodyNeverMattersOnlyTheHttpStatus(String status) {
    server.then(
        json(
            409,
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":"
                + status
                + ",\"scimType\":\"uniqueness\",\"detail\":\"taken\"}"));

    ErrorMappingTest.assertScimError(
        () -> client.resources("/Users").get("1"), 409, "uniqueness", "taken");
  }

  @Test
  void anErrorBodyWhoseDetailIsNotTextFallsBackToTheRequest() {
    server.then(json(400, "{\"detail\":{\"a\":1},\"scimType\":[1]}"));

    ErrorMappingTest.assertScimError(
        () -> client.resources("/Users").get("1"), 400, null, "GET /Users/1 failed");
  }

  @Test
  void aPatchAnsweredWithAResourceWithoutAnIdIsAnUnexpectedResponse() {
    server.then(json(200, "{\"userName\":\"x\"}"));

    assertThatThrownBy(
            () ->
                client
                    .resources("/Users", ScimResource.class)
                    .patch("1")
                    .replace("active", false)
                    .execute())
        .satisfies(t -> assertThat(unexpected(t).httpStatus()).isEqualTo(200));
  }

  @Test
  void aCreatedIdIsNeverTakenFromALocationOnAnotherHostOrWithoutOne() {
    server.then(
        respond(201, null, "", "Location", "https://elsewhere.example/scim/v2/Users/stolen"),
        respond(201, null, ""),
        respond(201, null, "", "Location", server.baseUri() + "/Users/good"));
    BulkBuilder bulk = client.bulk();
    String elsewhere = bulk.create(client.users(), User.builder().userName("a").build());
    String none = bulk.create(client.users(), User.builder().userName("b").build());
    String good = bulk.create(client.users(), User.builder().userName("c").build());

    BulkResult result = bulk.execute();

    assertThat(result.createdId(elsewhere)).isEmpty();
    assertThat(result.result(elsewhere).orElseThrow().location()).isNull();
    assertThat(result.createdId(none)).isEmpty(); // not "Users", from the collection's URI
    assertThat(result.createdId(good)).contains("good");
  }

  @Test
  void aSchemaListWithAnEntryThatIsNotASchemaIsAnUnexpectedResponse() {
    server.then(json(200, "{\"Resources\":[{\"id\":7,\"attributes\":\"none\"}]}"));

    assertThatThrownBy(() -> client.discovery().schemas())
        .satisfies(
            t -> {
              UnexpectedResponseException e = unexpected(t);
              assertThat(e.httpStatus()).isEqualTo(200);
              assertThat(e.getMessage()).contains("GET /Schemas answered 200");
            });
  }
}
