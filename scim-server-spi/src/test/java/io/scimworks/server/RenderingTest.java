package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.json.ScimJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What a client reads is the stored resource with {@code id}, {@code groups} and {@code meta},
 * projected as asked, in the same order and form whether read alone, listed or searched.
 */
class RenderingTest {
  private final Scim scim = Servers.client();

  private JsonNode read(String pathAndQuery) {
    ScimResponse r = scim.get(pathAndQuery);
    assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
    return Scim.json(r);
  }

  private static List<String> names(JsonNode o) {
    List<String> names = new ArrayList<>();
    o.propertyNames().forEach(names::add);
    return names;
  }

  @Test
  void aUserIsWrittenWithItsManagedMembersLastAndItsGroups() {
    String id = scim.createUser("ann");
    String group = scim.createGroup("Staff");
    scim.patch(
        "/Groups/" + group,
        Scim.patchOp(
            "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + id + "\"}]}"));
    JsonNode user = read("/Users/" + id);
    assertThat(names(user))
        .containsExactly("schemas", "id", "userName", "displayName", "active", "groups", "meta");
    assertThat(user.get("groups").get(0).get("value").stringValue()).isEqualTo(group);
    assertThat(user.get("groups").get(0).get("display").stringValue()).isEqualTo("Staff");
    assertThat(names(user.get("meta")))
        .containsExactly("resourceType", "created", "lastModified", "location", "version");
    assertThat(user.get("meta").get("location").stringValue())
        .isEqualTo("http://scim.example.com/scim/v2/Users/" + id);
    assertThat(user.get("meta").get("version").stringValue())
        .isEqualTo(scim.get("/Users/" + id).header("ETag"));
  }

  @Test
  void metaAndIdFollowTheProjection() {
    String id = scim.createUser("bob");
    JsonNode noLocation = read("/Users/" + id + "?excludedAttributes=meta.location,displayName");
    assertThat(names(noLocation)).containsExactly("schemas", "id", "userName", "active", "meta");
    assertThat(names(noLocation.get("meta")))
        .containsExactly("resourceType", "created", "lastModified", "version");
    JsonNode versionOnly = read("/Users/" + id + "?attributes=meta.version");
    assertThat(names(versionOnly)).containsExactly("schemas", "id", "meta");
    assertThat(names(versionOnly.get("meta"))).containsExactly("version");
    assertThat(names(read("/Users/" + id + "?excludedAttributes=meta,groups,id")))
        .containsExactly("schemas", "id", "userName", "displayName", "active");
  }

  @Test
  void aListedOrSearchedUserIsWrittenAsWhenReadAlone() {
    String id = scim.createUser("cy");
    JsonNode alone = read("/Users/" + id + "?attributes=userName,meta.created");
    JsonNode listed =
        read("/Users?filter=userName%20eq%20%22cy%22&attributes=userName,meta.created");
    assertThat(listed.get("totalResults").intValue()).isEqualTo(1);
    assertThat(names(listed))
        .containsExactly("schemas", "totalResults", "itemsPerPage", "startIndex", "Resources");
    assertThat(listed.get("Resources").get(0)).isEqualTo(alone);
    ScimResponse searched =
        scim.post(
            "/.search",
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                + "\"filter\":\"userName eq \\\"cy\\\"\","
                + "\"attributes\":[\"userName\",\"meta.created\"]}");
    assertThat(searched.status()).as(searched.bodyText()).isEqualTo(200);
    JsonNode root = Scim.json(searched);
    assertThat(root.get("Resources").get(0)).isEqualTo(alone);
    assertThat(ScimJson.write(root.get("Resources").get(0))).isEqualTo(ScimJson.write(alone));
  }
}
