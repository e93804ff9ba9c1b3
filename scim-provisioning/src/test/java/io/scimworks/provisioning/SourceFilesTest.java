package io.scimworks.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {
  @TempDir Path dir;

  private static <T> List<T> all(Stream<T> s) {
    try (s) {
      return s.toList();
    }
  }

  @Test
  void jsonSnapshotsStreamUsersAndGroupsAndAssignUsersThroughGroups() throws Exception {
    Path f = dir.resolve("dir.json");
    Files.writeString(
        f,
        """
        {"meta": {"exported": "today"},
         "users": [
          {"id": "u1", "attributes": {"upn": "a@x"}},
          {"id": "u2", "assigned": false, "softDeleted": true, "attributes": {"upn": "b@x"}},
          {"id": "u3", "assigned": false}
         ],
         "groups": [{"id": "g1", "members": ["u2"], "attributes": {"displayName": "G"}}]}
        """);
    JsonDirectory d = JsonDirectory.of(f);
    List<SourceUser> users = all(d.users(null));
    assertThat(users).extracting(SourceUser::id).containsExactly("u1", "u2", "u3");
    assertThat(users).extracting(SourceUser::assigned).containsExactly(true, true, false);
    assertThat(users.get(1).softDeleted()).isTrue();
    assertThat(all(d.groups(null)).get(0).members()).containsExactly("u2");
    assertThat(d.userCount().getAsLong()).isEqualTo(3);
    assertThat(d.complete("anything")).isTrue();
  }

  @Test
  void badJsonSnapshotsNameTheLine() throws Exception {
    Path f = dir.resolve("dir.json");
    Files.writeString(f, "{\"users\": [\n {\"id\": \"u1\"},\n {\"attributes\": {}}\n]}");
    assertThatThrownBy(() -> all(JsonDirectory.of(f).users(null)))
        .hasMessageContaining("line 3")
        .hasMessageContaining("\"id\"");
    Files.writeString(f, "{\"users\": [\n {\"id\": \"u1\", \"assigned\": \"yes\"}]}");
    assertThatThrownBy(() -> all(JsonDirectory.of(f).users(null)))
        .hasMessageContaining("line 2")
        .hasMessageContaining("true or false");
    Files.writeString(f, "{\"users\": [\n {\"id\": \"u1\",,}]}");
    assertThatThrownBy(() -> all(JsonDirectory.of(f).users(null))).hasMessageContaining("line 2");
  }

  @Test
  void csvSnapshotsHandleQuotesAndMembers() throws Exception {
    Path u = dir.resolve("users.csv");
    Path g = dir.resolve("groups.csv");
    Files.writeString(
        u,
        "id,userPrincipalName,displayName,assigned,softDeleted\n"
            + "u1,a@x,\"Smith, Alice\",true,false\n"
            + "u2,b@x,\"Bob \"\"the\"\" Builder\",false,\n"
            + "\n"
            + "u3,c@x,\"two\nlines\",,true\n");
    Files.writeString(g, "id,displayName,members\ng1,Sales,u1;u2\n");
    CsvDirectory d = CsvDirectory.of(u, g);
    List<SourceUser> users = all(d.users(null));
    assertThat(users).extracting(SourceUser::id).containsExactly("u1", "u2", "u3");
    assertThat(users.get(0).attributes().path("displayName").asString()).isEqualTo("Smith, Alice");
    assertThat(users.get(1).attributes().path("displayName").asString())
        .isEqualTo("Bob \"the\" Builder");
    assertThat(users.get(1).assigned()).isTrue(); // through g1
    assertThat(users.get(2).attributes().path("displayName").asString()).isEqualTo("two\nlines");
    assertThat(users.get(2).softDeleted()).isTrue();
    assertThat(users.get(0).attributes().has("assigned")).isFalse();
    assertThat(all(d.groups(null)).get(0).members()).containsExactly("u1", "u2");
  }

  @Test
  void badCsvNamesTheLine() throws Exception {
    Path u = dir.resolve("users.csv");
    Files.writeString(u, "id,upn\nu1,a\nu2,b,extra\n");
    assertThatThrownBy(() -> all(CsvDirectory.of(u, null).users(null)))
        .hasMessageContaining("line 3")
        .hasMessageContaining("more cells");
    Files.writeString(u, "upn\na\n");
    assertThatThrownBy(() -> all(CsvDirectory.of(u, null).users(null)))
        .hasMessageContaining("\"id\" column");
    Files.writeString(u, "id,upn\nu1,\"never closed\n");
    assertThatThrownBy(() -> all(CsvDirectory.of(u, null).users(null)))
        .hasMessageContaining("line 2")
        .hasMessageContaining("never closed");
  }

  @Test
  void fileStateSurvivesARoundTripAndRefusesOtherFiles() throws Exception {
    Path f = dir.resolve("state.json");
    FileState s = FileState.of(f);
    var sent =
        io.scimworks.core.json.ScimJson.readObject("{\"userName\": \"a\", \"active\": true}");
    s.put(ObjectKind.USER, "u1", ObjectState.provisioned("t1", sent).withDisabled(true));
    s.put(
        ObjectKind.GROUP,
        "g1",
        ObjectState.provisioned("t9", sent)
            .withMembers(List.of("t1"))
            .withFailure(java.time.Instant.parse("2026-01-01T00:00:00Z"), "500: boom"));
    s.job(new JobState(true, "42", null, 3));
    s.flush();

    FileState back = FileState.of(f);
    assertThat(back.get(ObjectKind.USER, "u1")).isEqualTo(s.get(ObjectKind.USER, "u1"));
    assertThat(back.get(ObjectKind.GROUP, "g1")).isEqualTo(s.get(ObjectKind.GROUP, "g1"));
    assertThat(back.job()).isEqualTo(s.job());

    Files.writeString(f, "{\"users\": []}");
    assertThatThrownBy(() -> FileState.of(f)).hasMessageContaining("not a provisioning state file");
  }
}
