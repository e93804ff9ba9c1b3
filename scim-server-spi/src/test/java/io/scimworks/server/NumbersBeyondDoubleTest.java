package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import io.scimworks.core.schema.Schema;
import io.scimworks.server.memory.InMemoryRepository;
import io.scimworks.server.spi.AuditListener;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A JSON number beyond a double's range ({@code 1e400}) was read as infinity, accepted as a
 * decimal, stored, and returned as the string {@code "Infinity"}: a resource its own schema refuses
 * (a PUT of what GET returned was a 400), found by no filter on the number it was sent as.
 */
class NumbersBeyondDoubleTest {
  private static final String EXT = "urn:example:params:scim:schemas:extension:sizes:User";

  private final Scim scim =
      new Scim(
          ScimServer.builder()
              .users(InMemoryRepository.forUsers())
              .optionalExtension(
                  "User",
                  Schema.builder(EXT)
                      .name("Sizes")
                      .attribute(
                          AttributeDefinition.builder("weight", AttributeType.DECIMAL).build())
                      .build())
              .authenticator(BearerTokens.of(Scim.TOKEN))
              .auditListener(AuditListener.none())
              .build());

  private static String user(String userName, String weight) {
    return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\",\""
        + EXT
        + "\"],\"userName\":\""
        + userName
        + "\",\""
        + EXT
        + "\":{\"weight\":"
        + weight
        + "}}";
  }

  @Test
  void aDecimalBeyondADoublesRangeIsInvalidValueOnEveryWritePath() {
    String id = scim.createUser("kept");

    ScimResponse post = scim.post("/Users", user("big", "1e400"));
    ScimResponse negative = scim.post("/Users", user("small", "-1E+999"));
    ScimResponse put = scim.put("/Users/" + id, user("kept", "1e400"));
    ScimResponse patch =
        scim.patch(
            "/Users/" + id,
            Scim.patchOp("{\"op\":\"add\",\"path\":\"" + EXT + ":weight\",\"value\":1e400}"));
    ScimResponse bulk =
        scim.post(
            "/Bulk",
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],"
                + "\"Operations\":[{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"b\","
                + "\"data\":"
                + user("bulk", "1e400")
                + "}]}");

    for (ScimResponse r : new ScimResponse[] {post, negative, put, patch, bulk}) {
      assertThat(r.status()).as(r.bodyText()).isEqualTo(400);
      JsonNode error = Scim.json(r);
      assertThat(error.get("scimType").stringValue()).isEqualTo("invalidValue");
      assertThat(error.get("detail").stringValue())
          .containsAnyOf(
              EXT + ".weight' holds", "'Operations[0].value' (for '" + EXT + ":weight') holds")
          .contains("beyond the range of a double");
    }
    assertThat(Scim.json(scim.get("/Users")).get("totalResults").intValue()).isEqualTo(1);
    assertThat(Scim.json(scim.get("/Users/" + id)).has(EXT)).isFalse();
  }

  @Test
  void theLargestDoubleIsKeptAsANumberAndFound() {
    ScimResponse created = scim.post("/Users", user("max", "1.7976931348623157E308"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(Scim.json(created).get(EXT).get("weight").isNumber()).isTrue();
    JsonNode found = Scim.json(scim.get("/Users?filter=" + EXT + ":weight+gt+1e308"));
    assertThat(found.get("totalResults").intValue()).isEqualTo(1);
  }
}
