package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A request's and a response's headers as decorators and bindings read them: looked up in any case,
 * in the order given, one value per name, immutable, and equal to any map of the same names and
 * values.
 */
class ScimResponseHeadersTest {

  @Test
  void headersAreFoundInAnyCaseAndKeepTheirOrder() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("Location", "http://h/Users/1");
    given.put("Content-Type", ScimResponse.SCIM_JSON);
    given.put("ETag", "W/\"1\"");
    ScimResponse r = new ScimResponse(201, given, new byte[0]);

    assertThat(r.header("etag")).isEqualTo("W/\"1\"");
    assertThat(r.header("CONTENT-TYPE")).isEqualTo(ScimResponse.SCIM_JSON);
    assertThat(r.headers().containsKey("location")).isTrue();
    assertThat(r.header("Retry-After")).isNull();
    assertThat(List.copyOf(r.headers().keySet()))
        .containsExactly("Location", "Content-Type", "ETag");
    assertThat(r.headers()).isEqualTo(given).hasSameHashCodeAs(given);
  }

  @Test
  void theServerWritesAResourcesHeadersInOneOrder() {
    Scim scim = Servers.client();
    ScimResponse created =
        scim.post(
            "/Users",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"o\"}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(List.copyOf(created.headers().keySet()))
        .containsExactly("Content-Type", "ETag", "Location");
    ScimResponse read = scim.get("/Users/" + Scim.json(created).get("id").stringValue());
    assertThat(read.status()).isEqualTo(200);
    assertThat(List.copyOf(read.headers().keySet())).containsExactly("Content-Type", "ETag");
  }

  @Test
  void aNameGivenTwiceInDifferentCasesKeepsItsFirstSpellingAndItsLastValue() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("Content-Type", "application/json");
    given.put("content-type", ScimResponse.SCIM_JSON);
    ScimResponse r = new ScimResponse(200, given, new byte[0]);

    assertThat(r.headers()).hasSize(1).containsEntry("Content-Type", ScimResponse.SCIM_JSON);
  }

  @Test
  void withHeaderAddsOrReplacesOneHeaderAndChecksIt() {
    ScimResponse r =
        new ScimResponse(200, Map.of("Content-Type", ScimResponse.SCIM_JSON), new byte[] {'x'});

    ScimResponse tagged = r.withHeader("ETag", "W/\"1\"").withHeader("etag", "W/\"2\"");

    assertThat(List.copyOf(tagged.headers().keySet())).containsExactly("Content-Type", "ETag");
    assertThat(tagged.header("ETAG")).isEqualTo("W/\"2\"");
    assertThat(tagged.status()).isEqualTo(200);
    assertThat(tagged.body()).isSameAs(r.body());
    assertThat(r.header("ETag")).isNull();
    assertThatThrownBy(() -> r.withHeader("Location", "http://h/\r\nSet-Cookie: x=1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> r.withHeader("Bad Name", "v"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void requestHeadersAreFoundInAnyCaseKeepTheirOrderAndMergeNamesDifferingInCase() {
    Map<String, List<String>> given = new LinkedHashMap<>();
    given.put("Host", List.of("h"));
    given.put("Accept", List.of("application/scim+json"));
    given.put("accept", List.of("application/json"));
    ScimRequest r = new ScimRequest("GET", "/Users", null, given, new byte[0], null);

    assertThat(List.copyOf(r.headers().keySet())).containsExactly("Host", "Accept");
    assertThat(r.headers().get("ACCEPT"))
        .containsExactly("application/scim+json", "application/json");
    assertThat(r.header("host")).isEqualTo("h");
    assertThat(r.header("Authorization")).isNull();
    assertThatThrownBy(() -> r.headers().put("X", List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(new ScimRequest("GET", "/Users", null, r.headers(), new byte[0], null).headers())
        .isSameAs(r.headers());
  }

  @Test
  void theHeadersCannotBeChangedAfterwards() {
    Map<String, String> given = new LinkedHashMap<>(Map.of("ETag", "W/\"1\""));
    ScimResponse r = new ScimResponse(200, given, new byte[0]);
    given.put("Set-Cookie", "x=1");

    assertThat(r.headers()).doesNotContainKey("Set-Cookie");
    assertThatThrownBy(() -> r.headers().put("Set-Cookie", "x=1"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.headers().entrySet().iterator().next().setValue("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aHeaderNameMustBeAnHttpToken() {
    String token = "X-a_Z.0!#$%&'*+^`|~";
    assertThat(new ScimResponse(200, Map.of(token, "v"), new byte[0]).header(token)).isEqualTo("v");
    for (String name :
        new String[] {"", "Set Cookie", "X:Y", "X(", "X\"", "Ünï", "X\u007f", "X/"}) {
      assertThatThrownBy(() -> new ScimResponse(200, Map.of(name, "v"), new byte[0]))
          .as(name)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aCopiedResponseKeepsItsCheckedHeaders() {
    ScimResponse r = new ScimResponse(200, Map.of("ETag", "W/\"1\""), new byte[0]);
    ScimResponse copy = new ScimResponse(304, r.headers(), new byte[0]);

    assertThat(copy.headers()).isEqualTo(r.headers());
    assertThatThrownBy(
            () -> new ScimResponse(200, Map.of("X", "a\r\nSet-Cookie: x=1"), new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("control character");
  }
}
