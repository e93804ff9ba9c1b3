package io.scimworks.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A value sent twice in a multi-valued attribute is kept once on every write path, by the rule of a
 * PATCH add (RFC 7644 §3.5.2.1: adding a value that is there changes nothing, and succeeds): RFC
 * 7643 §2.4 asks a service provider not to return "the same (type, value) combination more than
 * once per attribute", and a group must never list a member twice. Complex values are the same when
 * their value is (as the schema compares it: members.value and emails.value are not caseExact) and
 * their type is the same or missing on either; the later one's other sub-attributes are merged into
 * the earlier one.
 */
class DuplicateValuesTest {
  private static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";

  private final Scim scim = Servers.client();

  @Test
  void aGroupPostedOrReplacedWithAMemberTwiceListsItOnce() {
    String alice = scim.createUser("alice");
    String bob = scim.createUser("bob");
    String twice =
        "[{\"value\":\""
            + alice
            + "\"},{\"value\":\""
            + bob
            + "\"},{\"value\":\""
            + alice.toUpperCase(java.util.Locale.ROOT)
            + "\",\"display\":\"Alice\"}]";
    String body =
        "{\"schemas\":[\"" + GROUP + "\"],\"displayName\":\"Ops\",\"members\":" + twice + "}";
    ScimResponse created = scim.post("/Groups", body);
    assertThat(created.status()).as(created.bodyText()).isEqualTo(201);
    String g = Scim.json(created).get("id").asString();
    assertMembers(g, alice, bob);
    assertThat(Scim.json(scim.get("/Groups/" + g)).get("members").get(0).get("display").asString())
        .isEqualTo("Alice"); // merged into the first, as a PATCH add merges it

    String other = scim.createGroup("Other");
    assertThat(scim.put("/Groups/" + other, body.replace("Ops", "Other")).status()).isEqualTo(200);
    assertMembers(other, alice, bob);

    String third = scim.createGroup("Third");
    for (String op :
        List.of(
            "{\"op\":\"replace\",\"path\":\"members\",\"value\":" + twice + "}",
            "{\"op\":\"replace\",\"value\":{\"members\":" + twice + "}}",
            "{\"op\":\"add\",\"path\":\"members\",\"value\":" + twice + "}")) {
      ScimResponse r = scim.patch("/Groups/" + third, Scim.patchOp(op));
      assertThat(r.status()).as(op + " " + r.bodyText()).isEqualTo(204); // a group's PATCH
      assertMembers(third, alice, bob);
    }

    JsonNode bulk =
        Scim.json(
            scim.post(
                "/Bulk",
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],"
                    + "\"Operations\":[{\"method\":\"POST\",\"path\":\"/Groups\","
                    + "\"bulkId\":\"g\",\"data\":"
                    + body.replace("Ops", "Bulk")
                    + "}]}"));
    String bulkGroup = bulk.get("Operations").get(0).get("location").asString();
    assertMembers(bulkGroup.substring(bulkGroup.lastIndexOf('/') + 1), alice, bob);

    // and alice's groups list each group once
    List<String> groups = new ArrayList<>();
    Scim.json(scim.get("/Users/" + alice))
        .get("groups")
        .forEach(x -> groups.add(x.get("value").asString()));
    assertThat(groups).doesNotHaveDuplicates().hasSize(4);
  }

  @Test
  void aUserPostedWithTheSameEmailTwiceKeepsItOnceButKeepsItUnderAnotherType() {
    String body =
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"carol\","
            + "\"emails\":["
            + "{\"value\":\"carol@example.com\",\"type\":\"work\",\"primary\":true},"
            + "{\"value\":\"Carol@Example.com\",\"type\":\"work\",\"primary\":true},"
            + "{\"value\":\"carol@example.com\",\"type\":\"home\"},"
            + "{\"value\":\"carol@example.com\",\"type\":\"work\"}],"
            + "\"roles\":[{\"value\":\"admin\"},{\"value\":\"admin\"}]}";
    ScimResponse r = scim.post("/Users", body);
    assertThat(r.status()).as(r.bodyText()).isEqualTo(201);
    JsonNode user = Scim.json(scim.get("/Users/" + Scim.json(r).get("id").asString()));
    JsonNode emails = user.get("emails");
    assertThat(emails).hasSize(2);
    assertThat(emails.get(0).get("type").asString()).isEqualTo("work");
    assertThat(emails.get(0).get("value").asString()).isEqualTo("carol@example.com");
    assertThat(emails.get(0).get("primary").booleanValue()).isTrue();
    assertThat(emails.get(1).get("type").asString()).isEqualTo("home");
    assertThat(user.get("roles")).hasSize(1);

    String id = Scim.json(r).get("id").asString();
    ScimResponse put = scim.put("/Users/" + id, body);
    assertThat(put.status()).as(put.bodyText()).isEqualTo(200);
    assertThat(Scim.json(put).get("emails")).hasSize(2);
  }

  private void assertMembers(String group, String... ids) {
    List<String> values = new ArrayList<>();
    Scim.json(scim.get("/Groups/" + group))
        .get("members")
        .forEach(m -> values.add(m.get("value").asString().toLowerCase(java.util.Locale.ROOT)));
    List<String> expected = new ArrayList<>();
    for (String id : ids) {
      expected.add(id.toLowerCase(java.util.Locale.ROOT));
    }
    assertThat(values).as(group).containsExactlyElementsOf(expected);
  }
}
