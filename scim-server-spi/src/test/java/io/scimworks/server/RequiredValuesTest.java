package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A required attribute must have a value (RFC 7643 §2.2, §7): missing, {@code null} or {@code ""}
 * is 400 {@code invalidValue} naming it, on every write path; a PATCH that removes it is 400 {@code
 * mutability} (RFC 7644 §3.5.2.2). A group's {@code displayName} is required (RFC 7643 §4.2, and
 * §8.7.1 as corrected by verified erratum 5368), like a user's {@code userName}.
 */
class RequiredValuesTest {
  private static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";

  private final Scim scim = Servers.client();

  @Test
  void aGroupWithoutADisplayNameIsRefusedOnEveryCreateAndReplace() {
    String g = scim.createGroup("Named");
    for (String body :
        List.of(
            "{\"schemas\":[\"" + GROUP + "\"],\"displayName\":\"\"}",
            "{\"schemas\":[\"" + GROUP + "\"],\"displayName\":null}",
            "{\"schemas\":[\"" + GROUP + "\"]}")) {
      assertInvalidValue(scim.post("/Groups", body), "displayName is required");
      assertInvalidValue(scim.put("/Groups/" + g, body), "displayName is required");
      JsonNode bulk =
          Scim.json(
              scim.post(
                  "/Bulk",
                  "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],"
                      + "\"Operations\":[{\"method\":\"POST\",\"path\":\"/Groups\","
                      + "\"bulkId\":\"g\",\"data\":"
                      + body
                      + "},{\"method\":\"PUT\",\"path\":\"/Groups/"
                      + g
                      + "\",\"data\":"
                      + body
                      + "}]}"));
      for (JsonNode op : bulk.get("Operations")) {
        assertThat(op.get("status").asString()).as(body).isEqualTo("400");
        assertThat(op.get("response").get("scimType").asString()).isEqualTo("invalidValue");
      }
    }
    // posted twice, "" made two groups with no name
    assertThat(Scim.json(scim.get("/Groups")).get("totalResults").intValue()).isEqualTo(1);
    assertThat(Scim.json(scim.get("/Groups/" + g)).get("displayName").asString())
        .isEqualTo("Named");
  }

  @Test
  void aPatchCannotEmptyAGroupsDisplayName() {
    String g = scim.createGroup("Kept");
    for (String op :
        List.of(
            "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"\"}",
            "{\"op\":\"add\",\"path\":\"displayName\",\"value\":\"\"}",
            "{\"op\":\"replace\",\"value\":{\"displayName\":\"\"}}",
            "{\"op\":\"Replace\",\"value\":{\"DISPLAYNAME\":\"\"}}")) {
      assertInvalidValue(scim.patch("/Groups/" + g, Scim.patchOp(op)), "displayName is required");
    }
    for (String op :
        List.of(
            "{\"op\":\"remove\",\"path\":\"displayName\"}",
            "{\"op\":\"replace\",\"value\":{\"displayName\":null}}")) {
      ScimResponse r = scim.patch("/Groups/" + g, Scim.patchOp(op));
      assertThat(r.status()).as(op).isEqualTo(400);
      assertThat(Scim.json(r).get("scimType").asString()).as(op).isEqualTo("mutability");
    }
    assertThat(Scim.json(scim.get("/Groups/" + g)).get("displayName").asString()).isEqualTo("Kept");
  }

  @Test
  void aUserNameOfOnlyWhiteSpaceIsRefusedOnEveryWritePath() {
    String u = scim.createUser("kept");
    // spaces, a tab and line break, no-break and ideographic spaces: Unicode White_Space
    for (String blank : List.of("   ", " \\t\\n ", "\u00a0", "\u3000 \u2003")) {
      String body = Scim.user(blank);
      assertInvalidValue(scim.post("/Users", body), "userName is required");
      assertInvalidValue(scim.put("/Users/" + u, body), "userName is required");
      JsonNode bulk =
          Scim.json(
              scim.post(
                  "/Bulk",
                  "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],"
                      + "\"Operations\":[{\"method\":\"POST\",\"path\":\"/Users\","
                      + "\"bulkId\":\"u\",\"data\":"
                      + body
                      + "},{\"method\":\"PUT\",\"path\":\"/Users/"
                      + u
                      + "\",\"data\":"
                      + body
                      + "}]}"));
      for (JsonNode op : bulk.get("Operations")) {
        assertThat(op.get("status").asString()).as(blank).isEqualTo("400");
        assertThat(op.get("response").get("scimType").asString()).isEqualTo("invalidValue");
      }
      String value = "\"" + blank + "\""; // blank is JSON text (its escapes are JSON's)
      for (String op :
          List.of(
              "{\"op\":\"replace\",\"path\":\"userName\",\"value\":" + value + "}",
              "{\"op\":\"add\",\"path\":\"userName\",\"value\":" + value + "}",
              "{\"op\":\"replace\",\"value\":{\"userName\":" + value + "}}")) {
        assertInvalidValue(
            scim.patch("/Users/" + u, Scim.patchOp(op)),
            "userName is required and cannot be only white space");
      }
    }
    assertThat(Scim.json(scim.get("/Users")).get("totalResults").intValue()).isEqualTo(1);
    assertThat(Scim.json(scim.get("/Users/" + u)).get("userName").asString()).isEqualTo("kept");
  }

  /**
   * Blank is one rule (BlankText): white space, and characters that show as nothing. A userName of
   * a zero-width space was stored, named nobody and still took the unique name.
   */
  @Test
  void aUserNameOfOnlyInvisibleCharactersIsRefusedOnEveryWritePath() {
    String u = scim.createUser("kept");
    String g = scim.createGroup("Kept");
    // JSON text: zero-width space, joiners, word joiner, BOM, soft hyphen, Hangul filler, mixed
    for (String blank :
        List.of(
            "\\u200B",
            "\\u200C\\u200D",
            "\\u2060",
            "\\uFEFF",
            "\\u00AD",
            "\\u3164",
            " \\u200B\\t\\u00a0\\u200E")) {
      String body = Scim.user(blank);
      assertInvalidValue(scim.post("/Users", body), "userName is required");
      assertInvalidValue(scim.put("/Users/" + u, body), "userName is required");
      JsonNode bulk =
          Scim.json(
              scim.post(
                  "/Bulk",
                  "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],"
                      + "\"Operations\":[{\"method\":\"POST\",\"path\":\"/Users\","
                      + "\"bulkId\":\"u\",\"data\":"
                      + body
                      + "}]}"));
      assertThat(bulk.at("/Operations/0/status").asString()).as(blank).isEqualTo("400");
      String value = "\"" + blank + "\"";
      for (String op :
          List.of(
              "{\"op\":\"replace\",\"path\":\"userName\",\"value\":" + value + "}",
              "{\"op\":\"replace\",\"value\":{\"userName\":" + value + "}}")) {
        assertInvalidValue(
            scim.patch("/Users/" + u, Scim.patchOp(op)),
            "userName is required and cannot be only white space or invisible characters");
      }
      assertInvalidValue(
          scim.patch(
              "/Groups/" + g,
              Scim.patchOp(
                  "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":" + value + "}")),
          "displayName is required");
      assertInvalidValue(
          scim.patch(
              "/Groups/" + g,
              Scim.patchOp(
                  "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":" + value + "}]}")),
          "value is required");
    }
    // visible text with invisible characters around it is a value, stored as sent
    ScimResponse marked = scim.post("/Users", Scim.user("\\u200Bann"));
    assertThat(marked.status()).as(marked.bodyText()).isEqualTo(201);
    assertThat(Scim.json(marked).get("userName").asString()).isEqualTo("\u200Bann");
    assertThat(Scim.json(scim.get("/Users")).get("totalResults").intValue()).isEqualTo(2);
    assertThat(Scim.json(scim.get("/Users/" + u)).get("userName").asString()).isEqualTo("kept");
  }

  /** A unique attribute that is not required may be "" (no value) but not a blank value. */
  @Test
  void aUniqueAttributeCannotHoldABlankValue() {
    String device = "urn:example:params:scim:schemas:Device";
    Scim devices =
        new Scim(
            Servers.builder()
                .schema(
                    io.scimworks.core.schema.Schema.builder(device)
                        .name("Device")
                        .attribute(
                            io.scimworks.core.schema.AttributeDefinition.builder(
                                    "tag", io.scimworks.core.schema.AttributeType.STRING)
                                .uniqueness(io.scimworks.core.schema.Uniqueness.SERVER)
                                .build())
                        .build())
                .resourceType(
                    io.scimworks.core.schema.ResourceType.builder("Device", "/Devices", device)
                        .build(),
                    io.scimworks.server.memory.InMemoryRepository.builder().unique("tag").build())
                .build());
    String prefix = "{\"schemas\":[\"" + device + "\"],\"tag\":";
    for (String blank : List.of("\" \"", "\"\\u200B\"", "\"\\uFEFF\\u2060\"")) {
      assertInvalidValue(
          devices.post("/Devices", prefix + blank + "}"),
          "tag is unique and cannot be only white space or invisible characters");
    }
    assertThat(devices.post("/Devices", prefix + "\"A1\"}").status()).isEqualTo(201);
    assertThat(devices.post("/Devices", prefix + "\"\"}").status()).isEqualTo(201);
  }

  @Test
  void aGroupDisplayNameOfOnlyWhiteSpaceIsRefusedLikeAnEmptyOne() {
    String g = scim.createGroup("Named");
    String body = "{\"schemas\":[\"" + GROUP + "\"],\"displayName\":\" \\t \"}";
    assertInvalidValue(scim.post("/Groups", body), "displayName is required");
    assertInvalidValue(scim.put("/Groups/" + g, body), "displayName is required");
    assertInvalidValue(
        scim.patch(
            "/Groups/" + g,
            Scim.patchOp("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"  \"}")),
        "displayName is required and cannot be only white space");
    assertThat(Scim.json(scim.get("/Groups/" + g)).get("displayName").asString())
        .isEqualTo("Named");
  }

  /**
   * A member is a reference: its value is the id of a SCIM resource (RFC 7643 §4.2), and "Service
   * providers MAY require clients to provide a non-empty value by setting the "required" attribute
   * characteristic" of members.value, which the Group schema now does. A member without one
   * ({"display":"x"}) was stored, listed by no filter on members.value and never cleaned up.
   */
  @Test
  void aGroupMemberWithoutAValueIsRefusedOnEveryWritePath() {
    String alice = scim.createUser("alice");
    String g = scim.createGroup("Kept");
    String member = "{\"value\":\"" + alice + "\"}";
    assertThat(
            scim.patch(
                    "/Groups/" + g,
                    Scim.patchOp(
                        "{\"op\":\"add\",\"path\":\"members\",\"value\":[" + member + "]}"))
                .status())
        .isEqualTo(204);
    for (String bad :
        List.of(
            "{\"display\":\"x\"}",
            "{\"value\":\"\"}",
            "{\"value\":\"   \"}",
            "{\"value\":null,\"display\":\"x\"}",
            "{\"type\":\"User\",\"$ref\":\"https://example.com/v2/Users/" + alice + "\"}")) {
      String members = "[" + member + "," + bad + "]";
      String body =
          "{\"schemas\":[\"" + GROUP + "\"],\"displayName\":\"New\",\"members\":" + members + "}";
      assertInvalidValue(scim.post("/Groups", body), "members[1].value is required");
      assertInvalidValue(scim.put("/Groups/" + g, body), "members[1].value is required");
      JsonNode bulk =
          Scim.json(
              scim.post(
                  "/Bulk",
                  "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],"
                      + "\"Operations\":[{\"method\":\"POST\",\"path\":\"/Groups\","
                      + "\"bulkId\":\"g\",\"data\":"
                      + body
                      + "}]}"));
      JsonNode op0 = bulk.get("Operations").get(0);
      assertThat(op0.get("status").asString()).as(bad).isEqualTo("400");
      assertThat(op0.get("response").get("scimType").asString()).isEqualTo("invalidValue");
      for (String op :
          List.of(
              "{\"op\":\"add\",\"path\":\"members\",\"value\":[" + bad + "]}",
              "{\"op\":\"add\",\"value\":{\"members\":[" + bad + "]}}",
              "{\"op\":\"replace\",\"path\":\"members\",\"value\":" + members + "}")) {
        ScimResponse r = scim.patch("/Groups/" + g, Scim.patchOp(op));
        assertThat(r.status()).as(op + " " + r.bodyText()).isEqualTo(400);
        assertThat(Scim.json(r).get("scimType").asString()).as(op).isEqualTo("invalidValue");
        assertThat(Scim.json(r).get("detail").asString()).as(op).contains(".value is required");
      }
    }
    assertThat(Scim.json(scim.get("/Groups")).get("totalResults").intValue()).isEqualTo(1);
    JsonNode members = Scim.json(scim.get("/Groups/" + g)).get("members");
    assertThat(members).hasSize(1);
    assertThat(members.get(0).get("value").asString()).isEqualTo(alice);
    JsonNode schema = Scim.json(scim.get("/Schemas/" + GROUP)).get("attributes").get(1);
    assertThat(schema.get("name").asString()).isEqualTo("members");
    assertThat(schema.get("subAttributes").get(0).get("name").asString()).isEqualTo("value");
    assertThat(schema.get("subAttributes").get(0).get("required").booleanValue()).isTrue();
  }

  @Test
  void theGroupSchemaSaysDisplayNameIsRequired() {
    JsonNode schema = Scim.json(scim.get("/Schemas/" + GROUP));
    JsonNode displayName = schema.get("attributes").get(0);
    assertThat(displayName.get("name").asString()).isEqualTo("displayName");
    assertThat(displayName.get("required").booleanValue()).isTrue();
  }

  private static void assertInvalidValue(ScimResponse r, String detail) {
    assertThat(r.status()).as(r.bodyText()).isEqualTo(400);
    JsonNode error = Scim.json(r);
    assertThat(error.get("scimType").asString()).isEqualTo("invalidValue");
    assertThat(error.get("detail").asString()).contains(detail);
  }
}
