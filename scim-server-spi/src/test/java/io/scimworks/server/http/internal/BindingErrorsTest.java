package io.scimworks.server.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.server.ScimResponse;
import org.junit.jupiter.api.Test;

class BindingErrorsTest {
  @Test
  void errorsUseTheScimErrorFormatWithTheStatusAsAString() {
    ScimResponse r = BindingErrors.overloaded(3);

    assertThat(r.status()).isEqualTo(503);
    assertThat(r.header("content-type")).isEqualTo("application/scim+json");
    assertThat(r.header("retry-after")).isEqualTo("3");
    assertThat(r.bodyText())
        .startsWith(
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"503\"");
  }

  @Test
  void detailsAreEscapedAsJsonStrings() {
    assertThat(BindingErrors.quote("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
    assertThat(BindingErrors.notFound("No SCIM endpoint at /x\"y").bodyText())
        .contains("\"detail\":\"No SCIM endpoint at /x\\\"y\"");
  }
}
