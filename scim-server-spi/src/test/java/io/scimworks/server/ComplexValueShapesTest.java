package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.patch.PatchOptions;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import io.scimworks.core.schema.Schema;
import io.scimworks.core.schema.Schemas;
import io.scimworks.core.validation.ValidationOptions;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A single-valued complex attribute takes a JSON object. The one documented leniency, {@code
 * complexValueShorthands} (Entra ID's {@code manager} as a bare id or a one-element array), applies
 * only to attributes with a {@code value} sub-attribute: an array for {@code name}, or for an
 * application's complex attribute without {@code value}, is 400 {@code invalidValue} on every write
 * path, with and without the leniency, and the resource is left as it was.
 */
class ComplexValueShapesTest {
  private static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  @Test
  void anArrayForASingleValuedComplexAttributeWithoutValueIsRefusedOnEveryWritePath() {
    for (boolean lenient : List.of(true, false)) {
      Scim scim = client(lenient);
      String u = scim.createUser("kept");
      for (String attribute : List.of("name", "badge")) {
        String array = "[{\"" + (attribute.equals("name") ? "givenName" : "code") + "\":\"A\"}]";
        String body =
            "{\"schemas\":[\""
                + USER
                + "\"],\"userName\":\"x\",\""
                + attribute
                + "\":"
                + array
                + "}";
        String why = attribute + (lenient ? " (defaults)" : " (strict)");
        assertInvalid(scim.post("/Users", body), attribute + " is single-valued", why);
        assertInvalid(scim.put("/Users/" + u, body), attribute + " is single-valued", why);
        JsonNode bulk =
            Scim.json(
                scim.post(
                    "/Bulk",
                    "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],"
                        + "\"Operations\":[{\"method\":\"POST\",\"path\":\"/Users\","
                        + "\"bulkId\":\"u\",\"data\":"
                        + body
                        + "}]}"));
        assertThat(bulk.at("/Operations/0/status").asString()).as(why).isEqualTo("400");
        assertThat(bulk.at("/Operations/0/response/scimType").asString()).isEqualTo("invalidValue");
        for (String op :
            List.of(
                "{\"op\":\"replace\",\"path\":\"" + attribute + "\",\"value\":" + array + "}",
                "{\"op\":\"add\",\"path\":\"" + attribute + "\",\"value\":" + array + "}",
                "{\"op\":\"replace\",\"value\":{\"" + attribute + "\":" + array + "}}")) {
          assertInvalid(scim.patch("/Users/" + u, Scim.patchOp(op)), "'" + attribute + "'", op);
        }
      }
      JsonNode stored = Scim.json(scim.get("/Users/" + u));
      assertThat(stored.has("name")).isFalse();
      assertThat(stored.has("badge")).isFalse();
      assertThat(Scim.json(scim.get("/Users")).get("totalResults").intValue()).isEqualTo(1);
    }
  }

  @Test
  void aManagerAsAOneElementArrayIsEntraIdsShorthandAndOnlyWhenTheLeniencyIsOn() {
    String body =
        "{\"schemas\":[\""
            + USER
            + "\",\""
            + ENTERPRISE
            + "\"],\"userName\":\"x\",\""
            + ENTERPRISE
            + "\":{\"manager\":[{\"value\":\"m1\"}]}}";
    Scim lenient = client(true);
    ScimResponse created = lenient.post("/Users", body);
    assertThat(created.status()).as(created.bodyText()).isEqualTo(201);
    assertThat(Scim.json(created).at("/" + ENTERPRISE + "/manager/value").asString())
        .isEqualTo("m1");
    String u = Scim.json(created).get("id").asString();
    ScimResponse patched =
        lenient.patch(
            "/Users/" + u,
            Scim.patchOp(
                "{\"op\":\"replace\",\"path\":\""
                    + ENTERPRISE
                    + ":manager\",\"value\":[{\"value\":\"m2\"}]}"));
    assertThat(patched.status()).as(patched.bodyText()).isEqualTo(200);
    assertThat(Scim.json(patched).at("/" + ENTERPRISE + "/manager/value").asString())
        .isEqualTo("m2");

    Scim strict = client(false);
    assertInvalid(strict.post("/Users", body), "manager is single-valued", "strict");
  }

  @Test
  void theShorthandAppliesToAnApplicationsComplexAttributeWithAValue() {
    Scim scim = client(true);
    ScimResponse created =
        scim.post(
            "/Users",
            "{\"schemas\":[\"" + USER + "\"],\"userName\":\"x\",\"sponsor\":[{\"value\":\"s1\"}]}");
    assertThat(created.status()).as(created.bodyText()).isEqualTo(201);
    assertThat(Scim.json(created).at("/sponsor/value").asString()).isEqualTo("s1");
  }

  private static void assertInvalid(ScimResponse r, String detail, String why) {
    assertThat(r.status()).as(why + ": " + r.bodyText()).isEqualTo(400);
    JsonNode body = Scim.json(r);
    assertThat(body.get("scimType").asString()).as(why).isEqualTo("invalidValue");
    assertThat(body.get("detail").asString()).as(why).contains(detail);
  }

  /** A server whose users have {@code badge} (no {@code value}) and {@code sponsor} (a value). */
  private static Scim client(boolean lenient) {
    Schema core = Schemas.user();
    Schema user =
        core.toBuilder()
            .attribute(
                AttributeDefinition.builder("badge", AttributeType.COMPLEX)
                    .subAttributes(
                        AttributeDefinition.builder("code", AttributeType.STRING).build(),
                        AttributeDefinition.builder("floor", AttributeType.INTEGER).build())
                    .build())
            .attribute(
                AttributeDefinition.builder("sponsor", AttributeType.COMPLEX)
                    .subAttributes(
                        AttributeDefinition.builder("value", AttributeType.STRING).build(),
                        AttributeDefinition.builder("display", AttributeType.STRING).build())
                    .build())
            .build();
    ServerOptions options =
        lenient
            ? ServerOptions.defaults()
            : ServerOptions.defaults().toBuilder()
                .validationOptions(ValidationOptions.strict())
                .patchOptions(PatchOptions.strict())
                .build();
    return new Scim(Servers.builder().schema(user).options(options).build());
  }
}
