package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.server.spi.AuditListener;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A repository with no capabilities is still fully compliant: the server does the rest. */
class SimpleRepositoryTest {
  private final Scim scim =
      new Scim(
          ScimServer.builder()
              .users(new SimpleRepository())
              .groups(new SimpleRepository())
              .authenticator(BearerTokens.of(Scim.TOKEN))
              .auditListener(AuditListener.none())
              .build());

  @Test
  void theServerFiltersSortsAndPagesForIt() {
    for (String name : new String[] {"carol", "alice", "bob", "dave"}) {
      scim.createUser(name);
    }
    JsonNode filtered = Scim.json(scim.get("/Users?filter=userName+sw+%22a%22"));
    assertThat(filtered.get("totalResults").intValue()).isEqualTo(1);
    JsonNode sorted = Scim.json(scim.get("/Users?sortBy=userName&count=2&startIndex=2"));
    assertThat(sorted.get("totalResults").intValue()).isEqualTo(4);
    assertThat(sorted.get("Resources").get(0).get("userName").stringValue()).isEqualTo("bob");
    assertThat(sorted.get("Resources").get(1).get("userName").stringValue()).isEqualTo("carol");
    JsonNode desc = Scim.json(scim.get("/Users?sortBy=userName&sortOrder=descending&count=1"));
    assertThat(desc.get("Resources").get(0).get("userName").stringValue()).isEqualTo("dave");
  }

  @Test
  void theServerPatchesForIt() {
    String id = scim.createUser("patched");
    ScimResponse r =
        scim.patch(
            "/Users/" + id,
            Scim.patchOp("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"P\"}"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(Scim.json(scim.get("/Users/" + id)).get("displayName").stringValue()).isEqualTo("P");
  }

  @Test
  void aPatchThatChangesNothingIsNotWritten() {
    String id = scim.createUser("steady");
    String op = Scim.patchOp("{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"steady\"}");
    JsonNode before = Scim.json(scim.get("/Users/" + id)).get("meta");
    ScimResponse r = scim.patch("/Users/" + id, op);
    assertThat(r.status()).isEqualTo(200);
    assertThat(Scim.json(r).get("meta")).isEqualTo(before);
  }

  @Test
  void postSearchWorksPerTypeAndAtTheRoot() {
    scim.createUser("searcher");
    scim.createGroup("searchers");
    ScimResponse perType =
        scim.post(
            "/Users/.search",
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                + "\"filter\":\"userName eq \\\"searcher\\\"\",\"attributes\":[\"userName\"]}");
    assertThat(perType.status()).isEqualTo(200);
    assertThat(Scim.json(perType).get("totalResults").intValue()).isEqualTo(1);
    ScimResponse root =
        scim.post(
            "/.search",
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                + "\"filter\":\"displayName sw \\\"search\\\"\"}");
    assertThat(root.status()).isEqualTo(200);
    assertThat(Scim.json(root).get("totalResults").intValue()).isEqualTo(2);
    assertThat(scim.get("/.search").status()).isEqualTo(405);
  }
}
