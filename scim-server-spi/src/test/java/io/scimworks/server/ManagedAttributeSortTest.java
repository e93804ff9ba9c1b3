package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Sorting by what the server, not the store, gives a resource ({@code groups}, {@code
 * meta.resourceType}): the sort compared the stored resources, where such an attribute is absent,
 * so every resource tied and the list came back in store order, a user without groups first where
 * it belongs last.
 */
class ManagedAttributeSortTest {
  private final Scim scim = Servers.client();

  private static List<String> names(JsonNode list, String member) {
    List<String> out = new ArrayList<>();
    list.get("Resources").forEach(r -> out.add(r.get(member).stringValue()));
    return out;
  }

  @Test
  void usersSortByTheGroupsTheServerGivesThem() {
    String none = scim.createUser("a-no-groups");
    String inZeta = scim.createUser("b-in-zeta");
    String inAlpha = scim.createUser("c-in-alpha");
    scim.post(
        "/Groups",
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"zeta\","
            + "\"members\":[{\"value\":\""
            + inZeta
            + "\"}]}");
    scim.post(
        "/Groups",
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"alpha\","
            + "\"members\":[{\"value\":\""
            + inAlpha
            + "\"}]}");

    JsonNode ascending = Scim.json(scim.get("/Users?sortBy=groups.display&attributes=userName"));
    JsonNode descending =
        Scim.json(
            scim.get("/Users?sortBy=groups.display&sortOrder=descending&attributes=userName"));
    JsonNode page =
        Scim.json(
            scim.get("/Users?sortBy=groups.display&startIndex=2&count=1&attributes=userName"));

    assertThat(names(ascending, "userName"))
        .containsExactly("c-in-alpha", "b-in-zeta", "a-no-groups");
    assertThat(names(descending, "userName"))
        .containsExactly("a-no-groups", "b-in-zeta", "c-in-alpha");
    assertThat(names(page, "userName")).containsExactly("b-in-zeta");
    assertThat(none).isNotNull();
  }

  @Test
  void aRootSearchSortsByTheResourceTypeTheServerGivesEach() {
    scim.createGroup("g");
    scim.createUser("u");

    JsonNode list =
        Scim.json(
            scim.post(
                "/.search",
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                    + "\"sortBy\":\"meta.resourceType\",\"attributes\":[\"meta.resourceType\"]}"));

    List<String> types = new ArrayList<>();
    list.get("Resources").forEach(r -> types.add(r.get("meta").get("resourceType").stringValue()));
    assertThat(types).containsExactly("Group", "User"); // users come first unsorted
  }
}
