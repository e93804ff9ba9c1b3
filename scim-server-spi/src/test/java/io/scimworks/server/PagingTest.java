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

  /** A long run of leading zeros was refused though the number is a whole one. */
  @Test
  void countAndStartIndexWithManyLeadingZerosAreTheirNumbers() {
    for (int i = 0; i < 4; i++) {
      scim.createUser("zeros" + i);
    }
    String zeros = "0".repeat(10_000);
    ScimResponse r = scim.get("/Users?count=" + zeros + "2&startIndex=%2B" + zeros + "3");
    assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
    JsonNode page = Scim.json(r);
    assertThat(page.get("itemsPerPage").intValue()).isEqualTo(2);
    assertThat(page.get("startIndex").intValue()).isEqualTo(3);
    for (String bad : List.of(zeros + "5x", zeros + "1" + zeros + "0", "-%2B" + zeros + "5")) {
      ScimResponse refused = scim.get("/Users?count=" + bad);
      assertThat(refused.status()).isEqualTo(400);
      assertThat(Scim.json(refused).get("scimType").asString()).isEqualTo("invalidValue");
      assertThat(Scim.json(refused).get("detail").asString()).hasSizeLessThan(200);
    }
  }

  /**
   * count and startIndex are integers (RFC 7644 §3.4.2.4, §3.4.3), and an integer is a whole number
   * (RFC 7643 §2.3.4) whichever way JSON writes it (RFC 8259 §6 has one number type): "count": 1e3
   * in a .search body was a 400 though it is 1000. Query text and body now read every form alike:
   * the same status and the same page for each.
   */
  @Test
  void countAndStartIndexReadAWholeNumberAlikeInTheQueryAndTheBody() {
    for (int i = 0; i < 4; i++) {
      scim.createUser("whole" + i);
    }
    record Case(String number, int status, int itemsPerPage) {}
    List<Case> cases =
        List.of(
            new Case("2", 200, 2),
            new Case("2e0", 200, 2),
            new Case("2E+0", 200, 2),
            new Case("2.0", 200, 2),
            new Case("20e-1", 200, 2),
            new Case("0.2e1", 200, 2),
            new Case("1e3", 200, 4),
            new Case("0e5", 200, 0),
            new Case("-1e0", 200, 0), // a negative count is read as 0 (RFC 7644 §3.4.2.4)
            new Case("1.5", 400, 0),
            new Case("15e-1", 400, 0),
            new Case("1e-1", 400, 0),
            new Case("1e10", 400, 0), // beyond an int
            new Case("1e400", 400, 0),
            new Case("1e999999999999", 400, 0));
    for (Case c : cases) {
      ScimResponse query = scim.get("/Users?count=" + c.number().replace("+", "%2B"));
      ScimResponse body =
          scim.post(
              "/Users/.search",
              "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                  + "\"count\":"
                  + c.number()
                  + "}");
      for (ScimResponse r : List.of(query, body)) {
        assertThat(r.status()).as(c + " " + r.bodyText()).isEqualTo(c.status());
        JsonNode json = Scim.json(r);
        if (c.status() == 200) {
          assertThat(json.get("itemsPerPage").intValue())
              .as(c.toString())
              .isEqualTo(c.itemsPerPage());
        } else {
          assertThat(json.get("scimType").asString()).isEqualTo("invalidValue");
          assertThat(json.get("detail").asString()).as(c.toString()).contains("'count'");
        }
      }
    }
    JsonNode fromThird = Scim.json(scim.get("/Users?startIndex=3e0&count=1"));
    assertThat(fromThird.get("startIndex").intValue()).isEqualTo(3);
    JsonNode fromThirdBody =
        Scim.json(
            scim.post(
                "/Users/.search",
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                    + "\"startIndex\":3.0,\"count\":1}"));
    assertThat(fromThirdBody.get("Resources")).isEqualTo(fromThird.get("Resources"));
  }
}
