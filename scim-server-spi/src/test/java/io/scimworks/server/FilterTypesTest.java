package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.validation.ValidationOptions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A filter comparing an attribute with a literal of another type is a 400 invalidFilter (RFC 7644
 * §3.4.2.2), not a search that silently finds nothing; Entra ID's {@code "True"} for a boolean is
 * read as {@code true} as long as validation reads it so in bodies.
 */
class FilterTypesTest {
  private static ScimResponse search(Scim scim, String filter) {
    return scim.get("/Users?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
  }

  private static int found(Scim scim, String filter) {
    ScimResponse r = search(scim, filter);
    assertThat(r.status()).as(filter + " " + r.bodyText()).isEqualTo(200);
    return Scim.json(r).get("totalResults").intValue();
  }

  @Test
  void mismatchedLiteralsAre400InvalidFilterNamingTheMismatch() {
    Scim scim = Servers.client();
    scim.createUser("alice");
    String[][] cases = {
      {"userName gt 5", "a string attribute compares with a quoted string, not a number"},
      {"active eq \"yes\"", "a boolean attribute compares with true or false"},
      {"meta.created gt 5", "RFC 3339 date-time"},
      {"title eq true", "not a boolean"},
      {"emails[primary eq \"maybe\"]", "a boolean attribute"},
    };
    for (String[] c : cases) {
      ScimResponse r = search(scim, c[0]);
      assertThat(r.status()).as(c[0]).isEqualTo(400);
      JsonNode error = Scim.json(r);
      assertThat(error.get("scimType").stringValue()).isEqualTo("invalidFilter");
      assertThat(error.get("detail").stringValue()).as(c[0]).contains(c[1]);
    }
  }

  @Test
  void theDetailQuotesNumbersAsTheClientWroteThem() {
    Scim scim = Servers.client();
    String[][] cases = {
      {"userName eq 1e400", "'userName eq 1e400'"},
      {"title gt 1.50", "'title gt 1.50'"},
      {"emails[value eq -0.0e-0]", "'value eq -0.0e-0'"},
      {"active eq 1e3", "'active eq 1e3'"},
    };
    for (String[] c : cases) {
      ScimResponse r = search(scim, c[0]);
      assertThat(r.status()).as(c[0]).isEqualTo(400);
      assertThat(Scim.json(r).get("detail").stringValue()).contains(c[1]);
    }
    ScimResponse patch =
        scim.patch(
            "/Users/" + scim.createUser("bob"),
            Scim.patchOp(
                "{\"op\":\"remove\",\"path\":\"emails[value eq 1e400 and type eq 1.0]\"}"));
    assertThat(patch.status()).isEqualTo(400);
    assertThat(Scim.json(patch).get("detail").stringValue()).contains("value eq 1e400");
  }

  @Test
  void entraBooleanStringsFindWhatTheBooleanFindsUnlessValidationIsStrict() {
    Scim scim = Servers.client();
    scim.createUser("alice"); // active: true
    assertThat(found(scim, "active eq \"True\"")).isEqualTo(1);
    assertThat(found(scim, "active eq \"false\"")).isZero();
    assertThat(found(scim, "active ne \"FALSE\" and userName eq \"alice\"")).isEqualTo(1);

    Scim strict =
        new Scim(
            Servers.builder()
                .options(
                    ServerOptions.builder().validationOptions(ValidationOptions.strict()).build())
                .build());
    strict.createUser("bob");
    assertThat(search(strict, "active eq \"True\"").status()).isEqualTo(400);
    assertThat(found(strict, "active eq true")).isEqualTo(1);
  }
}
