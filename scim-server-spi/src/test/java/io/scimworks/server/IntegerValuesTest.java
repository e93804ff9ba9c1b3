package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import io.scimworks.core.schema.Schemas;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An integer attribute takes a whole number however JSON writes it (RFC 7643 §2.3.4, "a decimal
 * number with no fractional part"; RFC 8259 §6 has one number type): {@code 1e3} and {@code 1000.0}
 * are stored and answered as {@code 1000} on every write path; {@code 1.5}, {@code 1e400} and
 * numbers beyond the signed 64-bit range are 400 {@code invalidValue} naming the attribute.
 */
class IntegerValuesTest {
  private static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";

  private final Scim scim =
      new Scim(
          Servers.builder()
              .schema(
                  Schemas.user().toBuilder()
                      .attribute(
                          AttributeDefinition.builder("seats", AttributeType.INTEGER).build())
                      .build())
              .build());

  @Test
  void aWholeNumberWrittenWithAnExponentOrAFractionOfZerosIsStoredAsTheInteger() {
    String u = scim.createUser("counted");
    for (String n : List.of("1e3", "1000.0", "10000E-1", "1.0e+3")) {
      ScimResponse created = scim.post("/Users", body("n" + n, n));
      assertThat(created.status()).as(n + " " + created.bodyText()).isEqualTo(201);
      assertThat(created.bodyText()).contains("\"seats\":1000,");
      assertSeats(scim.put("/Users/" + u, body("counted", n)), n);
      for (String op :
          List.of(
              "{\"op\":\"replace\",\"path\":\"seats\",\"value\":" + n + "}",
              "{\"op\":\"add\",\"value\":{\"seats\":" + n + "}}")) {
        scim.patch("/Users/" + u, Scim.patchOp("{\"op\":\"remove\",\"path\":\"seats\"}"));
        assertSeats(scim.patch("/Users/" + u, Scim.patchOp(op)), op);
      }
      JsonNode bulk =
          Scim.json(
              scim.post(
                  "/Bulk",
                  "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],"
                      + "\"Operations\":[{\"method\":\"PUT\",\"path\":\"/Users/"
                      + u
                      + "\",\"data\":"
                      + body("counted", n)
                      + "}]}"));
      assertThat(bulk.at("/Operations/0/status").asString()).as(n).isEqualTo("200");
      assertThat(Scim.json(scim.get("/Users/" + u)).get("seats").isInt()).isTrue();
      assertThat(Scim.json(scim.get("/Users?filter=seats+eq+1000")).get("totalResults").intValue())
          .as(n)
          .isEqualTo(2 + List.of("1e3", "1000.0", "10000E-1", "1.0e+3").indexOf(n));
    }
  }

  @Test
  void aFractionOrANumberBeyondTheRangeIsRefusedNamingTheAttribute() {
    String u = scim.createUser("kept");
    for (String n :
        List.of("1.5", "15e-1", "1e400", "1e19", "9223372036854775808", "-9223372036854775809")) {
      for (ScimResponse r :
          List.of(
              scim.post("/Users", body("x", n)),
              scim.put("/Users/" + u, body("kept", n)),
              scim.patch(
                  "/Users/" + u,
                  Scim.patchOp("{\"op\":\"replace\",\"path\":\"seats\",\"value\":" + n + "}")))) {
        assertThat(r.status()).as(n + " " + r.bodyText()).isEqualTo(400);
        JsonNode error = Scim.json(r);
        assertThat(error.get("scimType").asString()).isEqualTo("invalidValue");
        assertThat(error.get("detail").asString()).as(n).contains("seats");
      }
    }
    assertThat(Scim.json(scim.get("/Users/" + u)).has("seats")).isFalse();
    assertThat(Scim.json(scim.get("/Users")).get("totalResults").intValue()).isEqualTo(1);
  }

  private static void assertSeats(ScimResponse r, String why) {
    assertThat(r.status()).as(why + " " + r.bodyText()).isEqualTo(200);
    assertThat(r.bodyText()).as(why).contains("\"seats\":1000,");
  }

  private static String body(String userName, String seats) {
    return "{\"schemas\":[\""
        + USER
        + "\"],\"userName\":\""
        + userName
        + "\",\"seats\":"
        + seats
        + "}";
  }
}
