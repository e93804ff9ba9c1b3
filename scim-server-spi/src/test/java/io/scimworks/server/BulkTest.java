package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BulkTest {
  private final Scim scim = Servers.client();

  private static String bulk(String failOnErrors, String ops) {
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"]"
        + failOnErrors
        + ",\"Operations\":["
        + ops
        + "]}";
  }

  private static String createUser(String bulkId, String userName) {
    return "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\""
        + bulkId
        + "\",\"data\":"
        + Scim.user(userName)
        + "}";
  }

  @Test
  void forwardAndNestedBulkIdReferencesResolve() {
    String ops =
        "{\"method\":\"POST\",\"path\":\"/Groups\",\"bulkId\":\"outer\",\"data\":{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
            + "\"displayName\":\"outer\",\"members\":[{\"value\":\"bulkId:inner\",\"type\":\"Group\"}]}},"
            + "{\"method\":\"POST\",\"path\":\"/Groups\",\"bulkId\":\"inner\",\"data\":{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
            + "\"displayName\":\"inner\",\"members\":[{\"value\":\"bulkId:u1\"}]}},"
            + createUser("u1", "bulk.user");
    ScimResponse r = scim.post("/Bulk", bulk("", ops));
    assertThat(r.status()).isEqualTo(200);
    JsonNode results = Scim.json(r).get("Operations");
    assertThat(results).hasSize(3);
    results.forEach(op -> assertThat(op.get("status").stringValue()).isEqualTo("201"));
    String outer = results.get(0).get("location").stringValue();
    JsonNode group = Scim.json(scim.get(outer.substring(outer.indexOf("/Groups"))));
    String innerLocation = results.get(1).get("location").stringValue();
    assertThat(innerLocation).endsWith(group.get("members").get(0).get("value").stringValue());
  }

  @Test
  void cyclesAreRejected() {
    String ops =
        "{\"method\":\"POST\",\"path\":\"/Groups\",\"bulkId\":\"a\",\"data\":{\"displayName\":\"a\",\"members\":[{\"value\":\"bulkId:b\"}]}},"
            + "{\"method\":\"POST\",\"path\":\"/Groups\",\"bulkId\":\"b\",\"data\":{\"displayName\":\"b\",\"members\":[{\"value\":\"bulkId:a\"}]}}";
    JsonNode results = Scim.json(scim.post("/Bulk", bulk("", ops))).get("Operations");
    assertThat(results).hasSize(2);
    results.forEach(op -> assertThat(op.get("status").stringValue()).isEqualTo("409"));
    assertThat(Scim.json(scim.get("/Groups")).get("totalResults").intValue()).isZero();
  }

  @Test
  void failOnErrorsStopsProcessing() {
    String ops =
        createUser("x1", "dup") + "," + createUser("x2", "dup") + "," + createUser("x3", "third");
    JsonNode results =
        Scim.json(scim.post("/Bulk", bulk(",\"failOnErrors\":1", ops))).get("Operations");
    assertThat(results).hasSize(2);
    assertThat(results.get(1).get("status").stringValue()).isEqualTo("409");
    assertThat(results.get(1).get("response").get("scimType").stringValue())
        .isEqualTo("uniqueness");
    assertThat(
            Scim.json(scim.get("/Users?filter=userName+eq+%22third%22"))
                .get("totalResults")
                .intValue())
        .isZero();
  }

  @Test
  void patchAndDeleteRunInBulk() {
    String id = scim.createUser("bulkpatch");
    String ops =
        "{\"method\":\"PATCH\",\"path\":\"/Users/"
            + id
            + "\",\"data\":"
            + Scim.patchOp("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Boss\"}")
            + "},{\"method\":\"DELETE\",\"path\":\"/Users/"
            + id
            + "\"},{\"method\":\"DELETE\",\"path\":\"/Users/"
            + id
            + "\"}";
    JsonNode results = Scim.json(scim.post("/Bulk", bulk("", ops))).get("Operations");
    assertThat(results.get(0).get("status").stringValue()).isEqualTo("200");
    assertThat(results.get(1).get("status").stringValue()).isEqualTo("204");
    assertThat(results.get(2).get("status").stringValue()).isEqualTo("404");
  }

  @Test
  void maxOperationsAndMaxPayloadSizeAreEnforcedWith413() {
    Scim small =
        new Scim(
            Servers.builder()
                .options(
                    ServerOptions.builder().maxBulkOperations(2).maxBulkPayloadBytes(2000).build())
                .build());
    String three = createUser("a", "a") + "," + createUser("b", "b") + "," + createUser("c", "c");
    assertThat(small.post("/Bulk", bulk("", three)).status()).isEqualTo(413);
    String big = createUser("a", "x".repeat(3000));
    assertThat(small.post("/Bulk", bulk("", big)).status()).isEqualTo(413);
  }

  @Test
  void anUnknownBulkIdFailsThatOperation() {
    String ops =
        "{\"method\":\"POST\",\"path\":\"/Groups\",\"bulkId\":\"g\",\"data\":{\"displayName\":\"g\",\"members\":[{\"value\":\"bulkId:nope\"}]}}";
    JsonNode results = Scim.json(scim.post("/Bulk", bulk("", ops))).get("Operations");
    assertThat(results.get(0).get("status").stringValue()).isEqualTo("400");
  }

  @Test
  void aChainOfReferencesAsLongAsTheRequestAllowsRunsWithoutExhaustingTheStack()
      throws InterruptedException {
    // each operation refers to the next: it recursed once per link, and 10,000 links on a
    // worker's stack were a StackOverflowError, a 500 for the whole request
    int links = 10_000;
    Scim big =
        new Scim(
            Servers.builder()
                .options(
                    ServerOptions.builder()
                        .maxBulkOperations(links)
                        .maxBulkPayloadBytes(10_000_000)
                        .maxRequestBytes(10_000_000)
                        .build())
                .build());
    StringBuilder ops = new StringBuilder();
    for (int i = 0; i < links; i++) {
      ops.append(i == 0 ? "" : ",")
          .append("{\"method\":\"POST\",\"path\":\"/Groups\",\"bulkId\":\"g")
          .append(i)
          .append("\",\"data\":{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],")
          .append("\"displayName\":\"link ")
          .append(i)
          .append('"');
      if (i + 1 < links) {
        ops.append(",\"members\":[{\"value\":\"bulkId:g").append(i + 1).append("\"}]");
      }
      ops.append("}}");
    }
    ScimResponse[] reply = new ScimResponse[1];
    Thread worker =
        new Thread(
            null, () -> reply[0] = big.post("/Bulk", bulk("", ops.toString())), "bulk", 256 * 1024);
    worker.start();
    worker.join();

    assertThat(reply[0].status()).isEqualTo(200);
    JsonNode results = Scim.json(reply[0]).get("Operations");
    assertThat(results).hasSize(links);
    results.forEach(op -> assertThat(op.get("status").stringValue()).isEqualTo("201"));
    String first = results.get(0).get("location").stringValue();
    String second = results.get(1).get("location").stringValue();
    JsonNode head = Scim.json(big.get(first.substring(first.indexOf("/Groups"))));
    assertThat(second).endsWith("/" + head.get("members").get(0).get("value").stringValue());
  }

  @Test
  void anOperationMemberOfTheWrongJsonTypeIsInvalidSyntaxNotIgnored() {
    // a version sent as a number was read as absent: the write went through unconditionally
    String id = scim.createUser("versioned");
    String patch = Scim.patchOp("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Boss\"}");

    for (String op :
        new String[] {
          "{\"method\":\"PATCH\",\"path\":\"/Users/"
              + id
              + "\",\"version\":7,\"data\":"
              + patch
              + "}",
          "{\"method\":[\"PATCH\"],\"path\":\"/Users/" + id + "\",\"data\":" + patch + "}",
          "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":1,\"data\":" + Scim.user("n") + "}",
        }) {
      ScimResponse r = scim.post("/Bulk", bulk("", op));

      assertThat(r.status()).as(op).isEqualTo(400);
      assertThat(Scim.json(r).get("scimType").stringValue()).isEqualTo("invalidSyntax");
      assertThat(Scim.json(r).get("detail").stringValue()).contains("must be a string");
    }
    assertThat(Scim.json(scim.get("/Users/" + id)).has("title")).isFalse();
    ScimResponse nulls =
        scim.post(
            "/Bulk",
            bulk(
                "",
                "{\"method\":\"PATCH\",\"path\":\"/Users/"
                    + id
                    + "\",\"version\":null,\"bulkId\":null,\"data\":"
                    + patch
                    + "}"));
    assertThat(Scim.json(nulls).get("Operations").get(0).get("status").stringValue())
        .isEqualTo("200"); // null is absent
  }

  @Test
  void bulkIdInsideProseIsTextNotAReference() {
    // "ask about bulkId:x" was read as a reference to an unknown bulkId: 400 in bulk, 201 alone
    String ops =
        "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"u\",\"data\":"
            + "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"prose\","
            + "\"title\":\"ask about bulkId:x\"}},"
            + "{\"method\":\"POST\",\"path\":\"/Groups\",\"bulkId\":\"g\",\"data\":"
            + "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"team\","
            + "\"members\":[{\"value\":\"bulkId:u\"}]}},"
            + "{\"method\":\"PATCH\",\"path\":\"/Groups/bulkId:g\",\"data\":"
            + Scim.patchOp("{\"op\":\"remove\",\"path\":\"members[value eq \\\"bulkId:u\\\"]\"}")
            + "}";

    JsonNode results = Scim.json(scim.post("/Bulk", bulk("", ops))).get("Operations");

    assertThat(results.get(0).get("status").stringValue()).isEqualTo("201");
    assertThat(results.get(1).get("status").stringValue()).isEqualTo("201");
    assertThat(results.get(2).get("status").stringValue()).isEqualTo("200");
    String user = results.get(0).get("location").stringValue();
    assertThat(
            Scim.json(scim.get(user.substring(user.indexOf("/Users")))).get("title").stringValue())
        .isEqualTo("ask about bulkId:x");
    String group = results.get(1).get("location").stringValue();
    assertThat(Scim.json(scim.get(group.substring(group.indexOf("/Groups")))).has("members"))
        .isFalse();
  }

  @Test
  void aDataMemberThatIsNoObjectIsInvalidSyntaxNotReadAsAbsent() {
    // read as absent, "bulkId:b1" still counted as a reference: its own, so 409 circular
    String id = scim.createUser("kept");
    for (String op :
        new String[] {
          "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"b1\",\"data\":\"bulkId:b1\"}",
          "{\"method\":\"PATCH\",\"path\":\"/Users/"
              + id
              + "\",\"data\":["
              + Scim.patchOp("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Boss\"}")
              + "]}",
          "{\"method\":\"DELETE\",\"path\":\"/Users/" + id + "\",\"data\":7}",
        }) {
      ScimResponse r = scim.post("/Bulk", bulk("", op));

      assertThat(r.status()).as(op).isEqualTo(400);
      assertThat(Scim.json(r).get("scimType").stringValue()).isEqualTo("invalidSyntax");
      assertThat(Scim.json(r).get("detail").stringValue()).contains("'data' must be an object");
    }
    assertThat(scim.get("/Users/" + id).status()).isEqualTo(200); // the DELETE did not run
    ScimResponse nullData =
        scim.post(
            "/Bulk",
            bulk("", "{\"method\":\"DELETE\",\"path\":\"/Users/" + id + "\",\"data\":null}"));
    assertThat(Scim.json(nullData).get("Operations").get(0).get("status").stringValue())
        .isEqualTo("204"); // null is absent
  }
}
