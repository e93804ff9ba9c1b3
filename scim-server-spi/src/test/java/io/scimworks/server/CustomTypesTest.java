package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.Schema;
import io.scimworks.core.schema.Schemas;
import io.scimworks.server.memory.InMemoryRepository;
import io.scimworks.server.spi.AuditListener;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CustomTypesTest {
  private static final String DEVICE = "urn:example:params:scim:schemas:Device";
  private static final String WORKSPACE =
      "urn:example:params:scim:schemas:extension:workspace:User";

  private final Scim scim =
      new Scim(
          ScimServer.builder()
              .users(InMemoryRepository.forUsers())
              .optionalExtension(
                  "User",
                  Schemas.fromJson(
                      "{\"id\":\""
                          + WORKSPACE
                          + "\",\"name\":\"Workspace\",\"attributes\":[{\"name\":\"seat\","
                          + "\"type\":\"string\",\"multiValued\":false,\"required\":false,"
                          + "\"caseExact\":false,\"mutability\":\"readWrite\",\"returned\":\"default\","
                          + "\"uniqueness\":\"none\"}]}"))
              .schema(
                  Schema.builder(DEVICE)
                      .name("Device")
                      .attribute(
                          AttributeDefinition.builder("serial", AttributeType.STRING)
                              .required(true)
                              .build())
                      .attribute(
                          AttributeDefinition.builder("kind", AttributeType.STRING)
                              .canonicalValues("laptop", "phone")
                              .enforceCanonicalValues(true)
                              .build())
                      .build())
              .resourceType(
                  ResourceType.builder("Device", "/Devices", DEVICE).build(),
                  InMemoryRepository.builder().unique("serial").build())
              .authenticator(BearerTokens.of(Scim.TOKEN))
              .auditListener(AuditListener.none())
              .build());

  @Test
  void aCustomTypeIsServedAtItsEndpointWithItsRules() {
    ScimResponse created =
        scim.post(
            "/Devices", "{\"schemas\":[\"" + DEVICE + "\"],\"serial\":\"X1\",\"kind\":\"laptop\"}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(Scim.json(created).get("meta").get("resourceType").stringValue())
        .isEqualTo("Device");
    assertThat(
            scim.post("/Devices", "{\"schemas\":[\"" + DEVICE + "\"],\"serial\":\"x1\"}").status())
        .isEqualTo(409);
    ScimResponse wrongKind =
        scim.post(
            "/Devices", "{\"schemas\":[\"" + DEVICE + "\"],\"serial\":\"Y\",\"kind\":\"toaster\"}");
    assertThat(wrongKind.status()).isEqualTo(400);
    assertThat(Scim.json(wrongKind).get("scimType").stringValue()).isEqualTo("invalidValue");
    JsonNode found = Scim.json(scim.get("/Devices?filter=serial+eq+%22X1%22"));
    assertThat(found.get("totalResults").intValue()).isEqualTo(1);
    assertThat(Scim.json(scim.get("/ResourceTypes")).get("totalResults").intValue()).isEqualTo(2);
    assertThat(scim.get("/Schemas/" + DEVICE).status()).isEqualTo(200);
  }

  @Test
  void anExtensionAddedByTheAppIsStoredAndAdvertised() {
    ScimResponse r =
        scim.post(
            "/Users",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"ext\",\""
                + WORKSPACE
                + "\":{\"seat\":\"A-12\"}}");
    assertThat(r.status()).isEqualTo(201);
    assertThat(Scim.json(r).get(WORKSPACE).get("seat").stringValue()).isEqualTo("A-12");
    assertThat(Scim.json(r).get("schemas").toString()).contains(WORKSPACE);
    JsonNode type = Scim.json(scim.get("/ResourceTypes/User"));
    assertThat(type.toString()).contains(WORKSPACE);
  }
}
