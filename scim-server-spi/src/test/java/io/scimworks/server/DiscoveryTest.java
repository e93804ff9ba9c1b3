package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DiscoveryTest {
  private final Scim scim = Servers.client();

  @Test
  void serviceProviderConfigAdvertisesLimitsAndPagination() {
    JsonNode c = Scim.json(scim.get("/ServiceProviderConfig"));
    assertThat(c.get("patch").get("supported").booleanValue()).isTrue();
    assertThat(c.get("bulk").get("maxOperations").intValue())
        .isEqualTo(ServerOptions.defaults().maxBulkOperations());
    assertThat(c.get("bulk").get("maxPayloadSize").longValue())
        .isEqualTo(ServerOptions.defaults().maxBulkPayloadBytes());
    assertThat(c.get("filter").get("maxResults").intValue())
        .isEqualTo(ServerOptions.defaults().maxCount());
    assertThat(c.get("pagination").get("cursor").booleanValue()).isTrue();
    assertThat(c.get("pagination").get("index").booleanValue()).isTrue();
    assertThat(c.get("etag").get("supported").booleanValue()).isTrue();
    assertThat(c.get("authenticationSchemes").get(0).get("type").stringValue())
        .isEqualTo("oauthbearertoken");
  }

  @Test
  void resourceTypesListsServedTypesAndOneByName() {
    JsonNode list = Scim.json(scim.get("/ResourceTypes"));
    assertThat(list.get("totalResults").intValue()).isEqualTo(2);
    ScimResponse user = scim.get("/ResourceTypes/User");
    assertThat(user.status()).isEqualTo(200);
    assertThat(Scim.json(user).get("endpoint").stringValue()).isEqualTo("/Users");
    assertThat(scim.get("/ResourceTypes/Nope").status()).isEqualTo(404);
  }

  @Test
  void schemasIsAListResponseWithoutNullsAndOneByUrn() {
    ScimResponse r = scim.get("/Schemas");
    JsonNode list = Scim.json(r);
    assertThat(list.get("schemas").get(0).stringValue())
        .isEqualTo("urn:ietf:params:scim:api:messages:2.0:ListResponse");
    assertThat(list.get("totalResults").intValue()).isEqualTo(3);
    assertThat(r.bodyText()).doesNotContain(":null");
    ScimResponse one = scim.get("/Schemas/urn:ietf:params:scim:schemas:core:2.0:User");
    assertThat(one.status()).isEqualTo(200);
    assertThat(Scim.json(one).get("attributes").isArray()).isTrue();
    JsonNode paged = Scim.json(scim.get("/Schemas?count=1&startIndex=2"));
    assertThat(paged.get("itemsPerPage").intValue()).isEqualTo(1);
    assertThat(paged.get("startIndex").intValue()).isEqualTo(2);
  }

  @Test
  void discoveryIsReadOnly() {
    ScimResponse r = scim.post("/Schemas", "{}");
    assertThat(r.status()).isEqualTo(405);
    assertThat(r.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
  }
}
