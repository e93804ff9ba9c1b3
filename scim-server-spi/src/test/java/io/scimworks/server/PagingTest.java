package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Index paging and RFC 9865 cursors. */
class PagingTest {
  private final Scim scim = Servers.client();

  @Test
  void cursorsWalkEveryResourceOnce() {
    for (int i = 0; i < 7; i++) {
      scim.createUser("cursor" + i);
    }
    Set<String> seen = new HashSet<>();
    String cursor = "";
    int pages = 0;
    while (cursor != null) {
      JsonNode page = Scim.json(scim.get("/Users?count=3&cursor=" + cursor));
      assertThat(page.has("startIndex")).isFalse();
      page.get("Resources").forEach(r -> assertThat(seen.add(r.get("id").stringValue())).isTrue());
      cursor = page.has("nextCursor") ? page.get("nextCursor").stringValue() : null;
      pages++;
    }
    assertThat(seen).hasSize(7);
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void aTamperedCursorIsInvalidCursor() {
    for (int i = 0; i < 4; i++) {
      scim.createUser("t" + i);
    }
    String next = Scim.json(scim.get("/Users?count=2&cursor=")).get("nextCursor").stringValue();
    String tampered = "0" + next.substring(1);
    ScimResponse r = scim.get("/Users?count=2&cursor=" + tampered);
    assertThat(r.status()).isEqualTo(400);
    assertThat(Scim.json(r).get("scimType").stringValue()).isEqualTo("invalidCursor");
    assertThat(scim.get("/Users?count=2&cursor=garbage").status()).isEqualTo(400);
  }

  @Test
  void aCursorIsBoundToItsQuery() {
    for (int i = 0; i < 4; i++) {
      scim.createUser("q" + i);
    }
    String next = Scim.json(scim.get("/Users?count=2&cursor=")).get("nextCursor").stringValue();
    ScimResponse r = scim.get("/Groups?count=2&cursor=" + next);
    assertThat(Scim.json(r).get("scimType").stringValue()).isEqualTo("invalidCursor");
  }

  @Test
  void anEmptyResultIsA200ListWithEmptyResources() {
    JsonNode body = Scim.json(scim.get("/Groups"));
    assertThat(body.get("totalResults").intValue()).isZero();
    assertThat(body.get("Resources")).isEmpty();
  }
}
