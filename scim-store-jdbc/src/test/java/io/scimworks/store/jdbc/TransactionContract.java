package io.scimworks.store.jdbc;

import static io.scimworks.store.jdbc.Client.encode;
import static io.scimworks.store.jdbc.Client.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.server.ScimResponse;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Multi-row writes commit whole or not at all, with faults injected in the middle of the
 * transaction (a failing statement, a killed connection), on each database.
 */
abstract class TransactionContract {
  /** A database whose connections are not pooled, so a killed one is never handed out again. */
  abstract DataSource unpooled();

  final FaultyDataSource faults = new FaultyDataSource(unpooled());
  final JdbcStore store = JdbcStore.builder().dataSource(faults).build();
  final Client scim = Client.of(store.users(), store.groups());

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aUserDeleteAndItsRemovalFromEveryGroupAreOneTransaction() {
    String u = scim.createUser("leaver");
    String g1 = groupWith("Readers", u);
    String g2 = groupWith("Writers", u);
    String v1 = scim.get("/Groups/" + g1).header("ETag");
    String v2 = scim.get("/Groups/" + g2).header("ETag");
    // the second group's update dies after the user row and the first group were written
    faults.failOn("UPDATE scim_resource", 2, true);

    ScimResponse failed = scim.delete("/Users/" + u);

    assertThat(faults.fired()).isEqualTo(1);
    assertThat(failed.status()).isEqualTo(503);
    assertThat(failed.bodyText()).doesNotContain("scim_", "UPDATE");
    assertThat(scim.get("/Users/" + u).status()).isEqualTo(200);
    assertThat(memberIds(g1)).containsExactly(u);
    assertThat(memberIds(g2)).containsExactly(u);
    assertThat(scim.get("/Groups/" + g1).header("ETag")).isEqualTo(v1);
    assertThat(scim.get("/Groups/" + g2).header("ETag")).isEqualTo(v2);
    assertThat(groupsFilteredByMember(u)).isEqualTo(2);

    assertThat(scim.delete("/Users/" + u).status()).isEqualTo(204);
    assertThat(memberIds(g1)).isEmpty();
    assertThat(memberIds(g2)).isEmpty();
    assertThat(groupsFilteredByMember(u)).isZero();
  }

  @Test
  void aMembershipChangeWhoseSecondStatementFailsChangesNothing() {
    String a = scim.createUser("ann");
    String b = scim.createUser("ben");
    String g = scim.createGroup("Admins");
    String version = scim.get("/Groups/" + g).header("ETag");
    faults.failOn("INSERT INTO scim_member", 1, false);

    ScimResponse failed = scim.patch("/Groups/" + g, addMembers(a, b));

    assertThat(failed.status()).isEqualTo(503);
    assertThat(memberIds(g)).isEmpty();
    assertThat(scim.get("/Groups/" + g).header("ETag")).isEqualTo(version);
    assertThat(groupsFilteredByMember(a)).isZero();
    assertThat(scim.patch("/Groups/" + g, addMembers(a, b)).status()).isIn(200, 204);
    assertThat(memberIds(g)).containsExactlyInAnyOrder(a, b);
  }

  @Test
  void byDefaultABulkKeepsTheOperationsDoneBeforeTheErrorLimit() {
    JsonNode results = json(scim.post("/Bulk", bulkOfThreeWhoseSecondFails())).get("Operations");

    assertThat(statuses(results)).containsExactly("201", "409");
    assertThat(results.get(0).get("location").stringValue()).contains("/Users/");
    assertThat(usersNamed("first")).isEqualTo(1);
    assertThat(usersNamed("third")).isZero();
  }

  @Test
  void anAtomicBulkReachingItsErrorLimitRollsEverythingBack() {
    Client atomic = Client.atomicBulk(store.users(), store.groups());
    atomic.createUser("taken");
    String existing = atomic.createUser("doomed");
    String g = atomic.createGroup("Everyone");
    String ops =
        op("POST", "/Users", "u1", Client.user("first", null))
            + ","
            + op("PATCH", "/Groups/" + g, null, addMembers("bulkId:u1"))
            + ","
            + op("DELETE", "/Users/" + existing, null, null)
            + ","
            + op("POST", "/Users", "u2", Client.user("TAKEN", null))
            + ","
            + op("POST", "/Users", "u3", Client.user("third", null));

    ScimResponse r = atomic.post("/Bulk", bulk(1, ops));

    assertThat(r.status()).isEqualTo(200);
    JsonNode results = json(r).get("Operations");
    assertThat(statuses(results)).containsExactly("424", "424", "424", "409");
    JsonNode undone = results.get(0);
    assertThat(undone.get("bulkId").stringValue()).isEqualTo("u1");
    assertThat(undone.has("location")).isFalse();
    assertThat(undone.get("response").get("detail").stringValue())
        .contains("operation 4 (bulkId 'u2')", "failOnErrors (1)", "no operation");
    assertThat(json(atomic.get("/Users")).get("totalResults").intValue()).isEqualTo(2);
    assertThat(atomic.get("/Users/" + existing).status()).isEqualTo(200);
    assertThat(memberIds(atomic, g)).isEmpty();
  }

  @Test
  void anAtomicBulkBelowItsErrorLimitCommitsAllButTheFailedOperation() {
    Client atomic = Client.atomicBulk(store.users(), store.groups());
    String g = atomic.createGroup("Staff");
    String ops =
        op("POST", "/Users", "u1", Client.user("first", null))
            + ","
            + op("POST", "/Users", "u2", Client.user("FIRST", null))
            + ","
            + op("PATCH", "/Groups/" + g, null, addMembers("bulkId:u1"))
            + ","
            + op("POST", "/Users", "u3", Client.user("third", null));
    // the PATCH's membership insert fails after its row update: that operation alone is undone
    faults.failOn("INSERT INTO scim_member", 1, false);

    JsonNode results = json(atomic.post("/Bulk", bulk(3, ops))).get("Operations");

    assertThat(statuses(results)).containsExactly("201", "409", "503", "201");
    assertThat(json(atomic.get("/Users")).get("totalResults").intValue()).isEqualTo(2);
    assertThat(memberIds(atomic, g)).isEmpty();
    assertThat(atomic.get("/Groups/" + g).header("ETag")).endsWith("\"1\"");
  }

  @Test
  void anAtomicBulkWhoseConnectionIsKilledWritesNothing() {
    Client atomic = Client.atomicBulk(store.users(), store.groups());
    String ops =
        op("POST", "/Users", "u1", Client.user("first", null))
            + ","
            + op("POST", "/Users", "u2", Client.user("second", null));
    faults.failOn("INSERT INTO scim_resource", 2, true);

    ScimResponse r = atomic.post("/Bulk", bulk(1, ops));

    assertThat(r.status()).isEqualTo(200);
    assertThat(statuses(json(r).get("Operations"))).containsExactly("424", "503");
    assertThat(json(atomic.get("/Users")).get("totalResults").intValue()).isZero();
  }

  @Test
  void anAtomicBulkWithoutErrorsCommitsEveryOperation() {
    Client atomic = Client.atomicBulk(store.users(), store.groups());
    String ops =
        op("POST", "/Users", "u1", Client.user("first", null))
            + ","
            + op(
                "POST",
                "/Groups",
                "g1",
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                    + "\"displayName\":\"New\",\"members\":[{\"value\":\"bulkId:u1\"}]}");

    JsonNode results = json(atomic.post("/Bulk", bulk(1, ops))).get("Operations");

    assertThat(statuses(results)).containsExactly("201", "201");
    String user = json(atomic.get("/Users")).get("Resources").get(0).get("id").stringValue();
    assertThat(groupsFilteredByMember(atomic, user)).isEqualTo(1);
  }

  private String groupWith(String name, String member) {
    String g = scim.createGroup(name);
    assertThat(scim.patch("/Groups/" + g, addMembers(member)).status()).isIn(200, 204);
    return g;
  }

  private List<String> memberIds(String group) {
    return memberIds(scim, group);
  }

  private static List<String> memberIds(Client c, String group) {
    List<String> ids = new ArrayList<>();
    JsonNode members = json(c.get("/Groups/" + group)).get("members");
    if (members != null) {
      members.forEach(m -> ids.add(m.get("value").stringValue()));
    }
    return ids;
  }

  private int groupsFilteredByMember(String user) {
    return groupsFilteredByMember(scim, user);
  }

  private static int groupsFilteredByMember(Client c, String user) {
    return json(c.get("/Groups?filter=" + encode("members.value eq \"" + user + "\"")))
        .get("totalResults")
        .intValue();
  }

  private int usersNamed(String userName) {
    return json(scim.get("/Users?filter=" + encode("userName eq \"" + userName + "\"")))
        .get("totalResults")
        .intValue();
  }

  private static List<String> statuses(JsonNode results) {
    List<String> out = new ArrayList<>();
    results.forEach(r -> out.add(r.get("status").stringValue()));
    return out;
  }

  private static String bulkOfThreeWhoseSecondFails() {
    return bulk(
        1,
        op("POST", "/Users", "u1", Client.user("first", null))
            + ","
            + op("POST", "/Users", "u2", Client.user("FIRST", null))
            + ","
            + op("POST", "/Users", "u3", Client.user("third", null)));
  }

  static String addMembers(String... ids) {
    StringBuilder values = new StringBuilder();
    for (String id : ids) {
      values.append(values.length() == 0 ? "" : ",").append("{\"value\":\"").append(id);
      values.append("\"}");
    }
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
        + "{\"op\":\"add\",\"path\":\"members\",\"value\":["
        + values
        + "]}]}";
  }

  static String op(String method, String path, String bulkId, String data) {
    return "{\"method\":\""
        + method
        + "\",\"path\":\""
        + path
        + "\""
        + (bulkId == null ? "" : ",\"bulkId\":\"" + bulkId + "\"")
        + (data == null ? "" : ",\"data\":" + data)
        + "}";
  }

  static String bulk(int failOnErrors, String ops) {
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],"
        + "\"failOnErrors\":"
        + failOnErrors
        + ",\"Operations\":["
        + ops
        + "]}";
  }
}
