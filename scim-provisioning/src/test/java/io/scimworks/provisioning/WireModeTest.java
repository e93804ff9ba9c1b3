package io.scimworks.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.patch.PatchOptions;
import io.scimworks.server.ServerOptions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WireModeTest {

  /**
   * Initial cycle, then a rename, a title change, a disable, a group rename and a member removal.
   */
  private static String run(TestTarget target, WireMode mode, String query) {
    InMemoryDirectory dir = Fixtures.directory(8, 2);
    ProvisioningEngine engine =
        ProvisioningEngine.builder()
            .client(target.clientBuilder().baseUri(target.baseUri() + query).build())
            .source(dir)
            .mappings(Fixtures.mappings())
            .wireMode(mode)
            .build();
    assertThat(engine.runCycle().outcome()).isEqualTo(CycleResult.Outcome.COMPLETED);
    ObjectNode a = dir.user("u3").orElseThrow().attributes();
    a.put("givenName", "Third");
    a.put("jobTitle", "Lead");
    a.remove("mail");
    dir.putUser(dir.user("u3").orElseThrow().withAttributes(a));
    dir.putUser(dir.user("u4").orElseThrow().withAssigned(false));
    SourceGroup g = dir.group("g1").orElseThrow();
    ObjectNode ga = g.attributes();
    ga.put("displayName", "Group One");
    dir.putGroup(g.withAttributes(ga).withMembers(List.of("u1", "u5")));
    CycleResult second = engine.runCycle();
    assertThat(second.outcome()).isEqualTo(CycleResult.Outcome.COMPLETED);
    assertThat(second.counts()).doesNotContainKey("UPDATE FAILURE");
    return endState(target);
  }

  /** Users and groups without ids, timestamps and versions, members as userNames. */
  private static String endState(TestTarget target) {
    Map<String, ObjectNode> users = target.users();
    Map<String, Object> out = new TreeMap<>();
    users.forEach(
        (name, u) -> {
          ObjectNode copy = u.deepCopy();
          copy.remove(List.of("id", "meta", "groups"));
          out.put(name, copy.toString());
        });
    target
        .groups()
        .forEach(
            (name, g) ->
                out.put(
                    name,
                    CycleTest.memberNames(g, users).stream().sorted().toList()
                        + " "
                        + g.path("externalId").asString()));
    return out.toString();
  }

  @Test
  void bothEntraModesAndTheStandardModeEndInTheSameState() {
    String entra;
    String flag;
    String standard;
    try (TestTarget t = new TestTarget()) {
      entra = run(t, WireMode.ENTRA, "");
    }
    try (TestTarget t = new TestTarget()) {
      flag = run(t, WireMode.ENTRA_FLAG, "?aadOptscim062020");
    }
    try (TestTarget t = new TestTarget()) {
      standard = run(t, WireMode.STANDARD, "");
    }
    assertThat(flag).isEqualTo(entra);
    assertThat(standard).isEqualTo(entra);
    assertThat(entra).contains("Third", "Lead", "Group One");
  }

  @Test
  void entraModeSendsCapitalisedOpsStringBooleansAndRemovesMembersByValueArray() {
    try (TestTarget t = new TestTarget()) {
      run(t, WireMode.ENTRA, "");
      String writes = String.join("\n", t.writes());
      assertThat(writes)
          .contains("\"op\":\"Replace\"", "\"value\":\"False\"", "\"op\":\"Remove\"")
          .contains("ADSCIM/2.0/Group")
          .contains("\"path\":\"members\",\"value\":[{\"$ref\":null,\"value\":")
          .doesNotContain("\"op\":\"replace\"", "members[value eq");
    }
  }

  @Test
  void flagModeSendsOneNoPathReplaceWithDottedKeysAndRealBooleans() {
    try (TestTarget t = new TestTarget()) {
      run(t, WireMode.ENTRA_FLAG, "?aadOptscim062020");
      String writes = String.join("\n", t.writes());
      assertThat(writes)
          .contains(
              "{\"op\":\"replace\",\"value\":{\"name.givenName\":\"Third\",\"title\":\"Lead\"}}")
          .contains("{\"op\":\"replace\",\"value\":{\"active\":false}}")
          .contains("members[value eq ")
          .doesNotContain("\"op\":\"Replace\"", "\"False\"");
    }
  }

  @Test
  void standardModeWorksAgainstAServerThatRejectsEntrasQuirks() {
    ServerOptions strict = ServerOptions.builder().patchOptions(PatchOptions.strict()).build();
    try (TestTarget t = new TestTarget(strict, UnaryOperator.identity())) {
      assertThat(run(t, WireMode.STANDARD, "")).contains("Third", "Group One");
      String writes = String.join("\n", t.writes());
      assertThat(writes).contains("\"path\":\"name.givenName\"", "\"value\":false");
    }
    try (TestTarget t = new TestTarget(strict, UnaryOperator.identity())) {
      InMemoryDirectory dir = Fixtures.directory(2, 1);
      ProvisioningEngine entra =
          ProvisioningEngine.builder()
              .client(t.client())
              .source(dir)
              .mappings(Fixtures.mappings())
              .wireMode(WireMode.ENTRA)
              .build();
      CycleResult result = entra.runCycle();
      assertThat(result.count(Action.UPDATE, Status.FAILURE)).isEqualTo(1); // the members PATCH
      JsonNode none = t.groups().get("Group 0").path("members");
      assertThat(none.isMissingNode() || none.isEmpty()).isTrue();
    }
  }
}
