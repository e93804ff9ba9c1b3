package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GroupsEndpointTest {
  private final Scim scim = Servers.client();

  @Test
  void groupPatchAnswers204WithoutTheMemberList() {
    String g = scim.createGroup("Sales");
    String u = scim.createUser("u1");
    ScimResponse r =
        scim.patch(
            "/Groups/" + g,
            Scim.patchOp(
                "{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"$ref\":null,\"value\":\""
                    + u
                    + "\"}]}"));
    assertThat(r.status()).isEqualTo(204);
    assertThat(r.body()).isEmpty();
  }

  @Test
  void groupPatchAnswers200WhenTheClientAsksForAttributes() {
    String g = scim.createGroup("Ops");
    ScimResponse r =
        scim.patch(
            "/Groups/" + g + "?attributes=displayName",
            Scim.patchOp("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Ops2\"}"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(Scim.json(r).get("displayName").stringValue()).isEqualTo("Ops2");
  }

  @Test
  void aUsersGroupsAreComputedFromMembershipsAndAreReadOnly() {
    String g = scim.createGroup("Eng");
    String u = scim.createUser("dev");
    scim.patch(
        "/Groups/" + g,
        Scim.patchOp(
            "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + u + "\"}]}"));
    JsonNode user = Scim.json(scim.get("/Users/" + u));
    assertThat(user.get("groups").get(0).get("value").stringValue()).isEqualTo(g);
    assertThat(user.get("groups").get(0).get("display").stringValue()).isEqualTo("Eng");
    // a client cannot write groups on a user
    scim.put(
        "/Users/" + u,
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"dev\","
            + "\"groups\":[{\"value\":\"other\"}]}");
    assertThat(Scim.json(scim.get("/Users/" + u)).get("groups")).hasSize(1);
  }

  @Test
  void deletingAUserRemovesItFromEveryGroup() {
    String g1 = scim.createGroup("A");
    String g2 = scim.createGroup("B");
    String u = scim.createUser("leaver");
    String stay = scim.createUser("stayer");
    for (String g : new String[] {g1, g2}) {
      scim.patch(
          "/Groups/" + g,
          Scim.patchOp(
              "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
                  + u
                  + "\"},{\"value\":\""
                  + stay
                  + "\"}]}"));
    }
    assertThat(scim.delete("/Users/" + u).status()).isEqualTo(204);
    for (String g : new String[] {g1, g2}) {
      JsonNode members = Scim.json(scim.get("/Groups/" + g)).get("members");
      assertThat(members).hasSize(1);
      assertThat(members.get(0).get("value").stringValue()).isEqualTo(stay);
    }
  }

  @Test
  void deletingAUserRemovesItsMembershipsWrittenInAnotherCase() {
    // members.value is caseExact false (RFC 7643 §8.7.1): the search that finds the user's groups
    // matches an id written in upper case, and so must the clean-up that removes it
    String g = scim.createGroup("Case");
    String u = scim.createUser("cased");
    String stay = scim.createUser("staying");
    scim.patch(
        "/Groups/" + g,
        Scim.patchOp(
            "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
                + u.toUpperCase(java.util.Locale.ROOT)
                + "\"},{\"value\":\""
                + stay
                + "\"}]}"));
    assertThat(Scim.json(scim.get("/Users/" + u)).get("groups")).hasSize(1);

    assertThat(scim.delete("/Users/" + u).status()).isEqualTo(204);

    JsonNode members = Scim.json(scim.get("/Groups/" + g)).get("members");
    assertThat(members).hasSize(1);
    assertThat(members.get(0).get("value").stringValue()).isEqualTo(stay);
    String filter = "members.value eq \"" + u + "\"";
    assertThat(
            Scim.json(
                    scim.get(
                        "/Groups?filter="
                            + java.net.URLEncoder.encode(
                                filter, java.nio.charset.StandardCharsets.UTF_8)))
                .get("totalResults")
                .intValue())
        .isZero();
  }

  @Test
  void groupsMayContainGroups() {
    String parent = scim.createGroup("Parent");
    String child = scim.createGroup("Child");
    ScimResponse r =
        scim.patch(
            "/Groups/" + parent,
            Scim.patchOp(
                "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
                    + child
                    + "\",\"type\":\"Group\"}]}"));
    assertThat(r.status()).isEqualTo(204);
    scim.delete("/Groups/" + child);
    JsonNode members = Scim.json(scim.get("/Groups/" + parent)).get("members");
    assertThat(members == null || members.isEmpty()).isTrue();
  }

  @Test
  void aDuplicateDisplayNameIs409() {
    scim.createGroup("Unique");
    ScimResponse r =
        scim.post(
            "/Groups",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"UNIQUE\"}");
    assertThat(r.status()).isEqualTo(409);
    assertThat(Scim.json(r).get("scimType").stringValue()).isEqualTo("uniqueness");
  }

  @Test
  void excludedMembersAreNotReturned() {
    String g = scim.createGroup("Hidden");
    String u = scim.createUser("m");
    scim.patch(
        "/Groups/" + g,
        Scim.patchOp(
            "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + u + "\"}]}"));
    JsonNode body = Scim.json(scim.get("/Groups/" + g + "?excludedAttributes=members"));
    assertThat(body.has("members")).isFalse();
    JsonNode list =
        Scim.json(
            scim.get("/Groups?excludedAttributes=members&filter=displayName+eq+%22hidden%22"));
    assertThat(list.get("totalResults").intValue()).isEqualTo(1);
    assertThat(list.get("Resources").get(0).has("members")).isFalse();
  }
}
