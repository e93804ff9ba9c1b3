package io.scimworks.client;

import static io.scimworks.client.MisbehavingServer.json;
import static io.scimworks.client.MisbehavingServer.scimError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import io.scimworks.core.resource.User;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A lax service may hand back strings with a UTF-16 surrogate escape and no other half ({@code
 * "\ud800"}), which a SCIMworks server refuses on input: the client reads them as they are, in a
 * resource, a page and an error, and writes them back as the same escapes.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class UnpairedSurrogateResponseTest {
  private static final String USER =
      "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"1\","
          + "\"userName\":\"a\\ud800\",\"displayName\":\"\\udc00b\","
          + "\"emails\":[{\"value\":\"c\\udbff@example.com\",\"type\":\"work\"}]}";

  @AutoClose private final MisbehavingServer server = new MisbehavingServer();
  private final ScimClient client = server.client();

  @Test
  void aResourceAPageAndAnErrorHoldingThemAreReadAsTheyAre() {
    server.then(
        json(200, USER),
        json(
            200,
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],"
                + "\"totalResults\":1,\"startIndex\":1,\"itemsPerPage\":1,\"Resources\":["
                + USER
                + "]}"),
        scimError(400, "invalidValue", "bad \\ud800 value"));

    User one = client.users().get("1");
    User listed = client.users().search().firstPage().resources().get(0);

    assertThat(one.userName()).isEqualTo("a\ud800");
    assertThat(one.displayName()).isEqualTo("\udc00b");
    assertThat(one.emails().get(0).value()).isEqualTo("c\udbff@example.com");
    assertThat(listed).isEqualTo(one);
    assertThatThrownBy(() -> client.users().get("2"))
        .isInstanceOfSatisfying(
            ScimException.class, e -> assertThat(e.detail()).isEqualTo("bad \ud800 value"));
  }

  @Test
  void theyGoBackToTheServiceAsTheSameEscapes() {
    server.then(json(200, USER), json(200, USER));
    User one = client.users().get("1");

    client.users().replace(one);

    MisbehavingServer.Seen put = server.requests().get(1);
    assertThat(put.method()).isEqualTo("PUT");
    assertThat(put.body()).contains("\"userName\":\"a\\uD800\"");
  }
}
