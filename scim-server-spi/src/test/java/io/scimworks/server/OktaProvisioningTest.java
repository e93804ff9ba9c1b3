package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The Okta calls of ENTRA.md, in process. */
class OktaProvisioningTest {
  private final Scim scim = Servers.client();

  @Test
  void oktaFirstContactAndExistenceCheckWithPercent20() {
    assertThat(scim.get("/Users?startIndex=1&count=2").status()).isEqualTo(200);
    assertThat(scim.get("/Groups?startIndex=1&count=100").status()).isEqualTo(200);
    scim.createUser("okta.user@example.com");
    JsonNode body =
        Scim.json(
            scim.get(
                "/Users?filter=userName%20eq%20%22OKTA.USER%40example.com%22&startIndex=1&count=100"));
    assertThat(body.get("totalResults").intValue()).isEqualTo(1);
  }

  @Test
  void oktaDeactivatesWithAPathlessReplace() {
    String id = scim.createUser("deact");
    ScimResponse r =
        scim.patch(
            "/Users/" + id, Scim.patchOp("{\"op\":\"replace\",\"value\":{\"active\":false}}"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(Scim.json(r).get("active").booleanValue()).isFalse();
  }

  @Test
  void oktaPagesStablyByHundreds() {
    for (int i = 0; i < 250; i++) {
      scim.createUser("p" + i);
    }
    Set<String> seen = new HashSet<>();
    for (int start = 1; start <= 250; start += 100) {
      JsonNode page = Scim.json(scim.get("/Users?startIndex=" + start + "&count=100"));
      for (JsonNode r : page.get("Resources")) {
        assertThat(seen.add(r.get("id").stringValue())).isTrue();
      }
    }
    assertThat(seen).hasSize(250);
  }

  @Test
  void oktaGroupPushReplacesMembersAndName() {
    ScimResponse created =
        scim.post(
            "/Groups",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"push\",\"members\":[]}");
    assertThat(created.status()).isEqualTo(201);
    String g = Scim.json(created).get("id").stringValue();
    String u = scim.createUser("member");
    ScimResponse r =
        scim.patch(
            "/Groups/" + g,
            Scim.patchOp(
                "{\"op\":\"replace\",\"path\":\"members\",\"value\":[{\"value\":\""
                    + u
                    + "\",\"display\":\"member\"}]},"
                    + "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"pushed\"}"));
    assertThat(r.status()).isEqualTo(204);
    JsonNode group = Scim.json(scim.get("/Groups/" + g));
    assertThat(group.get("displayName").stringValue()).isEqualTo("pushed");
    assertThat(group.get("members")).hasSize(1);
  }

  @Test
  void oktaMadeUpIdIs404() {
    assertThat(scim.get("/Users/00u-made-up").status()).isEqualTo(404);
  }
}
