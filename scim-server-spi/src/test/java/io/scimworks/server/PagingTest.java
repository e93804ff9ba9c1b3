package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
  void aCursorWithAStartIndexIsInvalidValueNamingBoth() {
    // answered 400 without a scimType (RFC 7644 §3.12 names invalidValue)
    String search =
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
            + "\"cursor\":\"\",\"startIndex\":3}";
    List<ScimResponse> answers =
        List.of(
            scim.get("/Users?cursor=&startIndex=2"),
            scim.post("/Groups/.search", search),
            scim.post("/.search", search));

    for (ScimResponse r : answers) {
      assertThat(r.status()).as(r.toString()).isEqualTo(400);
      JsonNode error = Scim.json(r);
      assertThat(error.get("scimType").stringValue()).isEqualTo("invalidValue");
      assertThat(error.get("detail").stringValue()).contains("'cursor'", "'startIndex'");
    }
  }

  @Test
  void anEmptyResultIsA200ListWithEmptyResources() {
    JsonNode body = Scim.json(scim.get("/Groups"));
    assertThat(body.get("totalResults").intValue()).isZero();
    assertThat(body.get("Resources")).isEmpty();
  }

  @Test
  void rootSearchPagesAcrossResourceTypesAndCountsThemAll() {
    for (String name : new String[] {"root-u1", "root-u2", "root-u3"}) {
      scim.createUser(name);
    }
    scim.createGroup("root-g1");
    scim.createGroup("root-g2");
    ScimResponse r =
        scim.post(
            "/.search",
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                + "\"startIndex\":3,\"count\":2}");
    assertThat(r.status()).isEqualTo(200);
    JsonNode page = Scim.json(r);
    assertThat(page.get("totalResults").intValue()).isEqualTo(5);
    assertThat(page.get("startIndex").intValue()).isEqualTo(3);
    assertThat(page.get("itemsPerPage").intValue()).isEqualTo(2);
    assertThat(page.get("Resources").get(0).get("meta").get("resourceType").stringValue())
        .isEqualTo("User");
    assertThat(page.get("Resources").get(1).get("meta").get("resourceType").stringValue())
        .isEqualTo("Group");
  }

  @Test
  void rootSearchSortsAcrossResourceTypesWhenAskedTo() {
    // it ignored sortBy and sortOrder: users then groups, each in store order
    scim.createUser("m-user");
    scim.createGroup("B-group");
    scim.createUser("a-user");
    scim.createGroup("z-group");
    JsonNode ascending = rootSearch("\"sortBy\":\"displayName\",\"attributes\":[\"displayName\"]");
    JsonNode descending =
        rootSearch(
            "\"sortBy\":\"displayName\",\"sortOrder\":\"descending\","
                + "\"attributes\":[\"displayName\"]");
    JsonNode secondPage =
        rootSearch(
            "\"sortBy\":\"displayName\",\"startIndex\":2,\"count\":2,"
                + "\"attributes\":[\"displayName\"]");

    assertThat(names(ascending)).containsExactly("a-user", "B-group", "m-user", "z-group");
    assertThat(names(descending)).containsExactly("z-group", "m-user", "B-group", "a-user");
    assertThat(names(secondPage)).containsExactly("B-group", "m-user");
    assertThat(
            Scim.json(
                    scim.post(
                        "/.search",
                        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                            + "\"sortBy\":\"name\"}"))
                .get("scimType")
                .stringValue())
        .isEqualTo("invalidValue"); // as on /Users: a complex attribute without value
  }

  @Test
  void rootSearchPagesByCursorAcrossResourceTypes() {
    // it ignored the cursor: index paging, no nextCursor, so a cursor client stopped at page one
    for (String name : new String[] {"rc-u1", "rc-u2", "rc-u3"}) {
      scim.createUser(name);
    }
    scim.createGroup("rc-g1");
    scim.createGroup("rc-g2");
    Set<String> seen = new HashSet<>();
    String cursor = "";
    int pages = 0;
    while (cursor != null) {
      JsonNode page =
          Scim.json(
              scim.post(
                  "/.search",
                  "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                      + "\"count\":2,\"cursor\":\""
                      + cursor
                      + "\"}"));
      assertThat(page.has("startIndex")).isFalse();
      assertThat(page.get("totalResults").intValue()).isEqualTo(5);
      page.get("Resources").forEach(r -> assertThat(seen.add(r.get("id").stringValue())).isTrue());
      cursor = page.has("nextCursor") ? page.get("nextCursor").stringValue() : null;
      pages++;
    }
    String fromUsers =
        Scim.json(scim.get("/Users?count=1&cursor=")).get("nextCursor").stringValue();
    ScimResponse foreign =
        scim.post(
            "/.search",
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                + "\"count\":1,\"cursor\":\""
                + fromUsers
                + "\"}");

    assertThat(seen).hasSize(5);
    assertThat(pages).isEqualTo(3);
    assertThat(Scim.json(foreign).get("scimType").stringValue()).isEqualTo("invalidCursor");
  }

  private JsonNode rootSearch(String members) {
    ScimResponse r =
        scim.post(
            "/.search",
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                + members
                + "}");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return Scim.json(r);
  }

  private static List<String> names(JsonNode listResponse) {
    List<String> out = new ArrayList<>();
    for (JsonNode r : listResponse.get("Resources")) {
      out.add(r.get("displayName").stringValue());
    }
    return out;
  }
}
