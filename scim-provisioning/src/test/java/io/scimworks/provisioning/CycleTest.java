package io.scimworks.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.node.ObjectNode;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CycleTest {
  private final TestTarget target = new TestTarget();
  private final ConcurrentLinkedQueue<ProvisioningRecord> log = new ConcurrentLinkedQueue<>();

  @AfterEach
  void stop() {
    target.close();
  }

  private ProvisioningEngine.Builder engine(SourceDirectory dir) {
    return ProvisioningEngine.builder()
        .client(target.client())
        .source(dir)
        .mappings(Fixtures.mappings())
        .listener(log::add);
  }

  @Test
  void initialCycleCreatesUsersAndGroupsWithTheirMembers() {
    InMemoryDirectory dir = Fixtures.directory(20, 3);
    CycleResult result = engine(dir).build().runCycle();

    assertThat(result.outcome()).isEqualTo(CycleResult.Outcome.COMPLETED);
    assertThat(result.initial()).isTrue();
    assertThat(result.count(Action.CREATE, Status.SUCCESS)).isEqualTo(23);
    Map<String, ObjectNode> users = target.users();
    assertThat(users).hasSize(20);
    ObjectNode u10 = users.get("user10@contoso.com");
    assertThat(u10.path("userType").asString()).isEqualTo("admin");
    assertThat(u10.path("externalId").asString()).isEqualTo("u10");
    assertThat(u10.path("active").asBoolean()).isTrue();
    assertThat(u10.path("title").asString()).isEqualTo("Staff");
    assertThat(u10.path("locale").asString()).isEqualTo("en-US");
    assertThat(u10.path("name").path("givenName").asString()).isEqualTo("Given10");
    assertThat(u10.path("emails").get(0).path("value").asString()).isEqualTo("user10@contoso.com");
    assertThat(
            u10.path("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")
                .path("department")
                .asString())
        .isEqualTo("Engineering");
    assertThat(users.get("user11@contoso.com").path("userType").asString()).isEqualTo("member");
    Map<String, ObjectNode> groups = target.groups();
    assertThat(groups).containsOnlyKeys("Group 0", "Group 1", "Group 2");
    assertThat(memberNames(groups.get("Group 1"), users))
        .containsExactlyInAnyOrder(
            "user1@contoso.com",
            "user4@contoso.com",
            "user7@contoso.com",
            "user10@contoso.com",
            "user13@contoso.com",
            "user16@contoso.com",
            "user19@contoso.com");
  }

  @Test
  void aSecondCycleWithNothingChangedSendsNoWrite() {
    InMemoryDirectory dir = Fixtures.directory(30, 3);
    ProvisioningEngine engine = engine(dir).build();
    engine.runCycle();
    target.clearLog();

    CycleResult second = engine.runCycle();

    assertThat(second.initial()).isFalse();
    assertThat(second.outcome()).isEqualTo(CycleResult.Outcome.COMPLETED);
    assertThat(target.writes()).isEmpty();
  }

  @Test
  void changedUsersGetOnePatchEachWithOnlyWhatChanged() {
    InMemoryDirectory dir = Fixtures.directory(30, 3);
    ProvisioningEngine engine = engine(dir).build();
    engine.runCycle();
    target.clearLog();
    SourceUser u5 = dir.user("u5").orElseThrow();
    ObjectNode a = u5.attributes();
    a.put("jobTitle", "Engineer");
    a.put("givenName", "Renamed");
    dir.putUser(u5.withAttributes(a));

    engine.runCycle();

    assertThat(target.writes()).hasSize(1);
    String patch = target.writes().get(0);
    assertThat(patch).startsWith("PATCH /Users ");
    assertThat(patch).contains("\"title\"", "\"name.givenName\"", "Engineer", "Renamed");
    assertThat(patch).doesNotContain("userName", "displayName", "department");
    ObjectNode stored = target.users().get("user5@contoso.com");
    assertThat(stored.path("title").asString()).isEqualTo("Engineer");
    assertThat(stored.path("name").path("givenName").asString()).isEqualTo("Renamed");
  }

  @Test
  void leavingScopeDisablesReturningEnablesHardDeleteDeletes() {
    InMemoryDirectory dir = Fixtures.directory(6, 1);
    ProvisioningEngine engine = engine(dir).build();
    engine.runCycle();

    dir.putUser(dir.user("u1").orElseThrow().withAssigned(false));
    dir.putUser(dir.user("u2").orElseThrow().withSoftDeleted(true));
    ObjectNode contractor = dir.user("u3").orElseThrow().attributes();
    contractor.put("department", "Contractors");
    dir.putUser(dir.user("u3").orElseThrow().withAttributes(contractor));
    dir.putUser(dir.user("u4").orElseThrow().asHardDeleted());
    CycleResult second = engine.runCycle();

    assertThat(second.count(Action.DISABLE, Status.SUCCESS)).isEqualTo(3);
    assertThat(second.count(Action.DELETE, Status.SUCCESS)).isEqualTo(1);
    Map<String, ObjectNode> users = target.users();
    assertThat(users).doesNotContainKey("user4@contoso.com");
    assertThat(users.get("user1@contoso.com").path("active").asBoolean()).isFalse();
    assertThat(users.get("user2@contoso.com").path("active").asBoolean()).isFalse();
    assertThat(users.get("user3@contoso.com").path("active").asBoolean()).isFalse();
    assertThat(users.get("user0@contoso.com").path("active").asBoolean()).isTrue();
    // as Entra: disabled users stay members of their groups; only the deleted one leaves
    assertThat(memberNames(target.groups().get("Group 0"), users))
        .containsExactlyInAnyOrder(
            "user0@contoso.com",
            "user1@contoso.com",
            "user2@contoso.com",
            "user3@contoso.com",
            "user5@contoso.com");

    dir.putUser(dir.user("u1").orElseThrow().withAssigned(true));
    dir.putUser(dir.user("u2").orElseThrow().withSoftDeleted(false));
    target.clearLog();
    CycleResult third = engine.runCycle();

    assertThat(third.count(Action.UPDATE, Status.SUCCESS)).isEqualTo(2);
    assertThat(target.count("PATCH /Groups")).isZero();
    users = target.users();
    assertThat(users.get("user1@contoso.com").path("active").asBoolean()).isTrue();
    assertThat(users.get("user2@contoso.com").path("active").asBoolean()).isTrue();
    assertThat(users.get("user3@contoso.com").path("active").asBoolean()).isFalse();
    assertThat(memberNames(target.groups().get("Group 0"), users))
        .containsExactlyInAnyOrder(
            "user0@contoso.com",
            "user1@contoso.com",
            "user2@contoso.com",
            "user3@contoso.com",
            "user5@contoso.com");
  }

  @Test
  void disabledUsersCanBeRemovedFromTheirGroupsAndComeBackWhenEnabled() {
    InMemoryDirectory dir = Fixtures.directory(4, 1);
    ProvisioningEngine engine = engine(dir).removeDisabledUsersFromGroups(true).build();
    engine.runCycle();
    dir.putUser(dir.user("u1").orElseThrow().withSoftDeleted(true));

    engine.runCycle();

    Map<String, ObjectNode> users = target.users();
    assertThat(users.get("user1@contoso.com").path("active").asBoolean()).isFalse();
    assertThat(memberNames(target.groups().get("Group 0"), users))
        .containsExactlyInAnyOrder("user0@contoso.com", "user2@contoso.com", "user3@contoso.com");

    dir.putUser(dir.user("u1").orElseThrow().withSoftDeleted(false));
    engine.runCycle();

    assertThat(memberNames(target.groups().get("Group 0"), target.users())).hasSize(4);
  }

  @Test
  void skippingOutOfScopeDeletionsLeavesUsersEnabled() {
    InMemoryDirectory dir = Fixtures.directory(3, 1);
    ProvisioningEngine engine = engine(dir).skipOutOfScopeDeletions(true).build();
    engine.runCycle();
    dir.putUser(dir.user("u1").orElseThrow().withAssigned(false));
    target.clearLog();

    CycleResult second = engine.runCycle();

    assertThat(second.count(Action.DISABLE, Status.SKIPPED)).isEqualTo(1);
    assertThat(target.users().get("user1@contoso.com").path("active").asBoolean()).isTrue();
  }

  @Test
  void groupMembershipChangesAreSentAsExactAddsAndRemoves() {
    InMemoryDirectory dir = Fixtures.directory(10, 1);
    ProvisioningEngine engine = engine(dir).build();
    engine.runCycle();
    SourceGroup g = dir.group("g0").orElseThrow();
    dir.putGroup(g.withMembers(List.of("u0", "u1", "u2", "u3", "u4", "u7", "u9", "u8")));
    ObjectNode renamed = g.attributes();
    renamed.put("displayName", "Group Zero");
    dir.putGroup(dir.group("g0").orElseThrow().withAttributes(renamed));
    target.clearLog();

    engine.runCycle();

    Map<String, ObjectNode> users = target.users();
    assertThat(target.groups()).containsOnlyKeys("Group Zero");
    assertThat(memberNames(target.groups().get("Group Zero"), users))
        .containsExactlyInAnyOrder(
            "user0@contoso.com",
            "user1@contoso.com",
            "user2@contoso.com",
            "user3@contoso.com",
            "user4@contoso.com",
            "user7@contoso.com",
            "user8@contoso.com",
            "user9@contoso.com");
    assertThat(target.writes()).allMatch(w -> w.startsWith("PATCH /Groups"));
    assertThat(String.join("\n", target.writes())).doesNotContain("\"op\":\"Add\"");
    assertThat(target.count("PATCH /Groups")).isEqualTo(2); // rename; remove u5 and u6
  }

  @Test
  void accidentalDeletionPreventionStopsACycleThatWouldDeleteHalfTheUsers() {
    InMemoryDirectory dir = Fixtures.directory(20, 2);
    ProvisioningEngine engine = engine(dir).deletionThreshold(5).build();
    engine.runCycle();
    for (int i = 0; i < 10; i++) {
      dir.putUser(dir.user("u" + i).orElseThrow().asHardDeleted());
    }
    target.clearLog();

    CycleResult stopped = engine.runCycle();

    assertThat(stopped.outcome()).isEqualTo(CycleResult.Outcome.DELETION_THRESHOLD_EXCEEDED);
    assertThat(target.writes()).isEmpty();
    assertThat(target.users()).hasSize(20);
    assertThat(log)
        .anyMatch(
            r ->
                r.detail().contains("accidental-deletion prevention") && r.detail().contains("10"));

    CycleResult again = engine.runCycle();
    assertThat(again.outcome()).isEqualTo(CycleResult.Outcome.DELETION_THRESHOLD_EXCEEDED);
  }

  static List<String> memberNames(ObjectNode group, Map<String, ObjectNode> users) {
    Map<String, String> byId = new java.util.HashMap<>();
    users.values().forEach(u -> byId.put(u.path("id").asString(), u.path("userName").asString()));
    List<String> names = new java.util.ArrayList<>();
    group.path("members").forEach(m -> names.add(byId.get(m.path("value").asString())));
    return names;
  }
}
