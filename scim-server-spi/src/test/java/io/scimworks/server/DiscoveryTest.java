package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
  }

  /**
   * RFC 7644 §4: "Query parameters described in Section 3.4.2, such as filtering, sorting, and
   * pagination, SHALL be ignored": a list holds every item whatever count, startIndex, sortBy or
   * cursor say (count=1&startIndex=2 answered the second schema alone), and those parameters are
   * not even read (a count that is no number, or one given twice, is no error here).
   */
  @Test
  void discoveryListsIgnorePagingAndSorting() {
    for (String list : List.of("/Schemas", "/ResourceTypes")) {
      JsonNode all = Scim.json(scim.get(list));
      int n = all.get("totalResults").intValue();
      for (String query :
          List.of(
              "?count=1&startIndex=2",
              "?count=0",
              "?startIndex=99",
              "?sortBy=name&sortOrder=descending",
              "?cursor",
              "?count=x&count=y")) {
        ScimResponse r = scim.get(list + query);
        assertThat(r.status()).as(list + query).isEqualTo(200);
        JsonNode page = Scim.json(r);
        assertThat(page.get("totalResults").intValue()).as(list + query).isEqualTo(n);
        assertThat(page.get("itemsPerPage").intValue()).as(list + query).isEqualTo(n);
        assertThat(page.get("startIndex").intValue()).as(list + query).isEqualTo(1);
        assertThat(page.get("Resources")).as(list + query).isEqualTo(all.get("Resources"));
      }
    }
  }

  /**
   * attributes and excludedAttributes apply to the discovery resources as to any resource returned
   * (RFC 7644 §3.9, §3.4.2.5; §4 returns a single item "in the same way that a single User or Group
   * is retrieved"), by their own schemas (RFC 7643 §5-7): id and schemas always come back. They
   * were ignored, so a client asking for the names of the schemas got every definition.
   */
  @Test
  void discoveryEndpointsReturnTheAttributesAskedFor() {
    JsonNode names = Scim.json(scim.get("/Schemas?attributes=name"));
    assertThat(names.get("totalResults").intValue()).isEqualTo(3);
    for (JsonNode s : names.get("Resources")) {
      assertThat(fieldNames(s)).containsExactlyInAnyOrder("schemas", "id", "name");
    }
    JsonNode userSchema =
        Scim.json(
            scim.get(
                "/Schemas/urn:ietf:params:scim:schemas:core:2.0:User?attributes=attributes.name"));
    assertThat(fieldNames(userSchema)).containsExactlyInAnyOrder("schemas", "id", "attributes");
    for (JsonNode a : userSchema.get("attributes")) {
      assertThat(fieldNames(a)).containsExactly("name"); // no type, no subAttributes
    }

    JsonNode types = Scim.json(scim.get("/ResourceTypes?excludedAttributes=schemaExtensions,meta"));
    for (JsonNode t : types.get("Resources")) {
      assertThat(t.has("schemaExtensions")).isFalse();
      assertThat(t.has("meta")).isFalse();
      assertThat(t.get("endpoint").isString()).isTrue();
    }
    JsonNode user = Scim.json(scim.get("/ResourceTypes/User?attributes=endpoint"));
    assertThat(fieldNames(user)).containsExactlyInAnyOrder("schemas", "id", "endpoint");

    JsonNode config =
        Scim.json(scim.get("/ServiceProviderConfig?attributes=patch,bulk.maxOperations"));
    assertThat(fieldNames(config)).containsExactlyInAnyOrder("schemas", "patch", "bulk");
    assertThat(fieldNames(config.get("bulk"))).containsExactly("maxOperations");
    JsonNode lessConfig =
        Scim.json(
            scim.get("/ServiceProviderConfig?excludedAttributes=authenticationSchemes,schemas"));
    assertThat(lessConfig.has("authenticationSchemes")).isFalse();
    assertThat(lessConfig.has("schemas")).isTrue(); // returned always
    assertThat(lessConfig.get("patch").get("supported").booleanValue()).isTrue();
  }

  @Test
  void aBadAttributeListOnADiscoveryEndpointIsAnInvalidPath() {
    for (String path :
        List.of(
            "/Schemas?attributes=name..x",
            "/Schemas/urn:ietf:params:scim:schemas:core:2.0:User?excludedAttributes=%01",
            "/ResourceTypes?attributes=a%20b",
            "/ServiceProviderConfig?attributes=patch[supported",
            "/ResourceTypes/Nope?attributes=name..x")) {
      ScimResponse r = scim.get(path);
      assertThat(r.status()).as(path).isEqualTo(400);
      assertThat(Scim.json(r).get("scimType").asString()).as(path).isEqualTo("invalidPath");
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.propertyNames().forEach(names::add);
    return names;
  }

  @Test
  void discoveryIsReadOnly() {
    ScimResponse r = scim.post("/Schemas", "{}");
    assertThat(r.status()).isEqualTo(405);
    assertThat(r.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
  }
}
