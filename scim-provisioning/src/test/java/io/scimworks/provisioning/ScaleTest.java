package io.scimworks.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.node.ObjectNode;

@Timeout(value = 10, unit = TimeUnit.MINUTES) // a safety net only: seconds on a quiet machine
class ScaleTest {

  @Test
  void tenThousandUsersAndAHundredGroupsArriveThenOnlyChangesAreSent() {
    try (TestTarget target = new TestTarget()) {
      InMemoryDirectory dir = Fixtures.directory(10_000, 100);
      ProvisioningEngine engine =
          ProvisioningEngine.builder()
              .client(target.client())
              .source(dir)
              .mappings(Fixtures.mappings())
              .parallelism(8)
              .build();

      CycleResult initial = engine.runCycle();

      assertThat(initial.outcome()).isEqualTo(CycleResult.Outcome.COMPLETED);
      assertThat(initial.count(Action.CREATE, Status.SUCCESS)).isEqualTo(10_100);
      assertThat(initial.counts()).containsOnlyKeys("CREATE SUCCESS", "UPDATE SUCCESS");
      Map<String, ObjectNode> users = target.users();
      assertThat(users).hasSize(10_000);
      assertThat(users.get("user4242@contoso.com").path("name").path("givenName").asString())
          .isEqualTo("Given4242");
      Map<String, ObjectNode> groups = target.groups();
      assertThat(groups).hasSize(100);
      assertThat(groups.values())
          .allSatisfy(g -> assertThat(g.path("members").size()).isEqualTo(100));
      assertThat(CycleTest.memberNames(groups.get("Group 42"), users))
          .contains("user9942@contoso.com");
      assertThat(target.count("POST /Users")).isEqualTo(10_000);
      assertThat(target.count("PATCH /Groups")).isEqualTo(100);

      target.clearLog();
      CycleResult quiet = engine.runCycle();
      assertThat(quiet.outcome()).isEqualTo(CycleResult.Outcome.COMPLETED);
      assertThat(target.writes()).isEmpty();

      for (int i = 0; i < 10_000; i += 100) {
        SourceUser u = dir.user("u" + i).orElseThrow();
        ObjectNode a = u.attributes();
        a.put("jobTitle", "Title " + i);
        dir.putUser(u.withAttributes(a));
      }
      target.clearLog();
      CycleResult changed = engine.runCycle();

      assertThat(changed.count(Action.UPDATE, Status.SUCCESS)).isEqualTo(100);
      assertThat(target.counts()).isEqualTo(Map.of("PATCH /Users", 100L));
      assertThat(target.users().get("user4200@contoso.com").path("title").asString())
          .isEqualTo("Title 4200");
    }
  }
}
