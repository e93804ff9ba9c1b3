package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A password is never returned (RFC 7643 §4.1.1), and a search must not answer what a response may
 * not show. Any operator worked on it: {@code password sw "S"}, {@code "S3"}, ... read a stored
 * password a character at a time, and {@code sortBy=password} read it by bisection.
 */
class NeverReturnedAttributesTest {
  private final Scim scim = Servers.client();

  private ScimResponse search(String filter) {
    return scim.get(
        "/Users?attributes=userName&filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
  }

  @Test
  void aPasswordCanBeComparedForEqualityOnly() {
    ScimResponse created =
        scim.post(
            "/Users",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                + "\"userName\":\"pw\",\"password\":\"S3cret!\"}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(Scim.json(created).has("password")).isFalse();

    for (String filter :
        new String[] {
          "password sw \"S\"",
          "password co \"cret\"",
          "password ew \"!\"",
          "password gt \"R\"",
          "userName eq \"pw\" and not (password le \"T\")",
          "urn:ietf:params:scim:schemas:core:2.0:User:password lt \"T\"",
        }) {
      ScimResponse r = search(filter);

      assertThat(r.status()).as(filter).isEqualTo(400);
      JsonNode error = Scim.json(r);
      assertThat(error.get("scimType").stringValue()).isEqualTo("invalidFilter");
      assertThat(error.get("detail").stringValue()).contains("password").contains("equality");
    }
    ScimResponse sorted = scim.get("/Users?sortBy=password");
    ScimResponse rootSorted =
        scim.post(
            "/.search",
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                + "\"sortBy\":\"password\"}");
    for (ScimResponse r : new ScimResponse[] {sorted, rootSorted}) {
      assertThat(r.status()).isEqualTo(400);
      assertThat(Scim.json(r).get("scimType").stringValue()).isEqualTo("invalidValue");
    }

    // what RFC 7643 §4.1.1 allows: compare for equality
    assertThat(Scim.json(search("password eq \"S3cret!\"")).get("totalResults").intValue())
        .isEqualTo(1);
    assertThat(Scim.json(search("password ne \"S3cret!\"")).get("totalResults").intValue())
        .isZero();
    assertThat(search("password pr").status()).isEqualTo(200);
  }

  @Test
  void aValueFilterOrASubAttributeOfAPasswordIsNoWayAroundEqualityOnly() {
    ScimResponse created =
        scim.post(
            "/Users",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                + "\"userName\":\"vf\",\"password\":\"S3cret!\"}");
    assertThat(created.status()).isEqualTo(201);

    // Inside a value filter on a simple attribute, 'value' is the attribute itself: these read
    // the password a character at a time, or by bisection, when the filter was evaluated.
    for (String filter :
        new String[] {
          "password[value sw \"S\"]",
          "password[value gt \"R\"]",
          "userName eq \"vf\" and password[not (value lt \"T\")]",
          "urn:ietf:params:scim:schemas:core:2.0:User:password[value co \"cret\"]",
          "password.value ew \"!\"",
        }) {
      ScimResponse r = search(filter);

      assertThat(r.status()).as(filter).isEqualTo(400);
      JsonNode error = Scim.json(r);
      assertThat(error.get("scimType").stringValue()).isEqualTo("invalidFilter");
      assertThat(error.get("detail").stringValue()).contains("password").contains("equality");
    }
    ScimResponse sorted = scim.get("/Users?sortBy=password.value");
    assertThat(sorted.status()).isEqualTo(400);
    assertThat(Scim.json(sorted).get("scimType").stringValue()).isEqualTo("invalidValue");
    assertThat(search("password[value eq \"S3cret!\"]").status()).isEqualTo(200);
  }
}
