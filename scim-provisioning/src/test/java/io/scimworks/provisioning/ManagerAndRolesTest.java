package io.scimworks.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.json.ScimJson;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ManagerAndRolesTest {
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  private static final String MAPPING =
      """
      {"users": {"mappings": [
        {"target": "userName", "source": "userPrincipalName", "matching": 1},
        {"target": "displayName", "source": "displayName"},
        {"target": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",
         "source": "manager"},
        {"target": "roles", "expression": "AppRoleAssignmentsComplex([appRoleAssignments])"}
      ]}}
      """;

  private final TestTarget target = new TestTarget();

  @AfterEach
  void close() {
    target.close();
  }

  private static SourceUser user(String id, String manager, String roles) {
    ObjectNode a = ScimJson.object();
    a.put("userPrincipalName", id + "@contoso.com");
    a.put("displayName", "User " + id);
    if (manager != null) {
      a.put("manager", manager);
    }
    if (roles != null) {
      a.set("appRoleAssignments", ScimJson.read(roles));
    }
    return SourceUser.of(id, a);
  }

  private ProvisioningEngine engine(InMemoryDirectory dir, String mapping, WireMode mode) {
    return ProvisioningEngine.builder()
        .client(target.client())
        .source(dir)
        .mappings(Mappings.fromJson(mapping))
        .wireMode(mode)
        .parallelism(1) // the employee before the manager, every time
        .batchSize(1)
        .build();
  }

  private String managerOf(Map<String, ObjectNode> users, String userName) {
    JsonNode m = users.get(userName).path(ENTERPRISE).path("manager").path("value");
    return m.isMissingNode() || m.asString().isEmpty() ? null : m.asString();
  }

  @ParameterizedTest
  @EnumSource(WireMode.class)
  void aManagerProvisionedAfterItsReportIsSetInAFollowUpUpdate(WireMode mode) {
    InMemoryDirectory dir = new InMemoryDirectory();
    dir.putUser(user("boss", null, null));
    dir.putUser(user("ann", "carl", null)); // carl comes after ann
    dir.putUser(user("carl", "boss", null));
    ProvisioningEngine engine = engine(dir, MAPPING, mode);

    CycleResult first = engine.runCycle();

    Map<String, ObjectNode> users = target.users();
    String bossId = users.get("boss@contoso.com").path("id").asString();
    String carlId = users.get("carl@contoso.com").path("id").asString();
    assertThat(managerOf(users, "carl@contoso.com")).isEqualTo(bossId); // known when created
    assertThat(managerOf(users, "ann@contoso.com")).isEqualTo(carlId); // set afterwards
    assertThat(first.count(Action.CREATE, Status.SUCCESS)).isEqualTo(3);
    assertThat(first.count(Action.UPDATE, Status.SUCCESS)).isEqualTo(1);
    assertThat(target.writes())
        .filteredOn(w -> w.startsWith("POST /Users") && w.contains("ann@"))
        .singleElement()
        .satisfies(w -> assertThat(w).doesNotContain("manager"));

    target.clearLog();
    engine.runCycle();
    assertThat(target.writes()).isEmpty();

    dir.putUser(user("ann", "boss", null));
    dir.putUser(user("carl", null, null));
    target.clearLog();
    CycleResult changed = engine.runCycle();

    assertThat(changed.count(Action.UPDATE, Status.SUCCESS)).isEqualTo(2);
    assertThat(target.counts()).isEqualTo(Map.of("PATCH /Users", 2L));
    users = target.users();
    assertThat(managerOf(users, "ann@contoso.com")).isEqualTo(bossId);
    assertThat(managerOf(users, "carl@contoso.com")).isNull();
  }

  @Test
  void aManagerNeverProvisionedLeavesTheManagerUnsetWithAWarning() {
    InMemoryDirectory dir = new InMemoryDirectory();
    dir.putUser(user("ann", "ghost", null));

    CycleResult result = engine(dir, MAPPING, WireMode.ENTRA).runCycle();

    assertThat(result.count(Action.UPDATE, Status.WARNING)).isEqualTo(1);
    assertThat(managerOf(target.users(), "ann@contoso.com")).isNull();
  }

  @ParameterizedTest
  @EnumSource(WireMode.class)
  void appRoleAssignmentsBecomeRolesAndAnUnassignedRoleIsRemoved(WireMode mode) {
    InMemoryDirectory dir = new InMemoryDirectory();
    dir.putUser(
        user("ann", null, "[\"Admin\", {\"value\": \"Reader\", \"displayName\": \"Readers\"}]"));
    ProvisioningEngine engine = engine(dir, MAPPING, mode);

    engine.runCycle();

    JsonNode roles = target.users().get("ann@contoso.com").path("roles");
    assertThat(roles).hasSize(2);
    assertThat(roles.get(0).path("value").asString()).isEqualTo("Admin");
    assertThat(roles.get(0).path("primary").asBoolean()).isTrue();
    assertThat(roles.get(0).path("type").asString()).isEqualTo("WindowsAzureActiveDirectoryRole");
    assertThat(roles.get(1).path("value").asString()).isEqualTo("Reader");
    assertThat(roles.get(1).path("display").asString()).isEqualTo("Readers");

    dir.putUser(user("ann", null, "[\"Reader\"]"));
    target.clearLog();
    engine.runCycle();

    assertThat(target.counts()).isEqualTo(Map.of("PATCH /Users", 1L));
    roles = target.users().get("ann@contoso.com").path("roles");
    assertThat(roles).hasSize(1);
    assertThat(roles.get(0).path("value").asString()).isEqualTo("Reader");
  }

  @Test
  void aSingleAppRoleAssignmentGoesToThePrimaryRole() {
    String mapping =
        MAPPING.replace(
            "{\"target\": \"roles\", \"expression\": \"AppRoleAssignmentsComplex([appRoleAssignments])\"}",
            "{\"target\": \"roles[primary eq \\\"True\\\"].value\","
                + " \"expression\": \"SingleAppRoleAssignment([appRoleAssignments])\"}");
    InMemoryDirectory dir = new InMemoryDirectory();
    dir.putUser(user("ann", null, "[\"Admin\"]"));
    ProvisioningEngine engine = engine(dir, mapping, WireMode.ENTRA);

    engine.runCycle();

    // the update (Replace roles[primary eq "True"].value) is not asserted: the workspace server
    // stores primary as a boolean and its filter does not match the string "True"
    JsonNode roles = target.users().get("ann@contoso.com").path("roles");
    assertThat(roles).hasSize(1);
    assertThat(roles.get(0).path("value").asString()).isEqualTo("Admin");
    assertThat(roles.get(0).path("primary").asBoolean()).isTrue();
  }
}
