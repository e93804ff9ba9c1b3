package io.scimworks.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.json.ScimJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStateTest {
  @TempDir Path dir;

  private static ObjectState state(int i, int version) {
    return ObjectState.provisioned(
        "t" + i, ScimJson.readObject("{\"userName\": \"user" + i + "\", \"v\": " + version + "}"));
  }

  private static List<StateEntry> all(ProvisioningState s, ObjectKind kind) {
    try (Stream<StateEntry> entries = s.entries(kind)) {
      return entries.toList();
    }
  }

  private long filesBeside(Path file) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().startsWith("state.json.run-")).count();
    }
  }

  @Test
  void batchesOfChangesAgreeWithAnInMemoryStateBeforeAndAfterReopening() throws Exception {
    Path file = dir.resolve("state.json");
    FileState files = FileState.of(file);
    InMemoryState oracle = new InMemoryState();
    Random random = new Random(42);
    for (int batch = 0; batch < 60; batch++) {
      for (int k = 0; k < 100; k++) {
        int i = random.nextInt(3_000);
        ObjectKind kind = random.nextInt(10) == 0 ? ObjectKind.GROUP : ObjectKind.USER;
        if (random.nextInt(8) == 0) {
          files.remove(kind, "id" + i);
          oracle.remove(kind, "id" + i);
        } else {
          files.put(kind, "id" + i, state(i, batch));
          oracle.put(kind, "id" + i, state(i, batch));
        }
      }
      files.flush();
      // the runs beside the main file stay few: merged as they grow
      assertThat(filesBeside(file)).isLessThanOrEqualTo(8);
    }
    files.job(new JobState(true, "w7", null, 9));
    files.flush();

    for (ProvisioningState s : List.of(files, FileState.of(file))) {
      for (ObjectKind kind : ObjectKind.values()) {
        assertThat(all(s, kind)).isEqualTo(all(oracle, kind));
        assertThat(all(s, kind))
            .extracting(StateEntry::sourceId)
            .isSorted()
            .allSatisfy(id -> assertThat(s.get(kind, id)).isEqualTo(oracle.get(kind, id)));
      }
      for (int i = 0; i < 3_000; i += 7) {
        assertThat(s.get(ObjectKind.USER, "id" + i))
            .isEqualTo(oracle.get(ObjectKind.USER, "id" + i));
      }
      assertThat(s.job()).isEqualTo(new JobState(true, "w7", null, 9));
    }
  }

  @Test
  void entriesSeeChangesNotYetFlushedAndIgnoreRemovedObjects() {
    FileState s = FileState.of(dir.resolve("state.json"));
    s.put(ObjectKind.USER, "b", state(2, 0));
    s.put(ObjectKind.USER, "a", state(1, 0));
    s.put(ObjectKind.GROUP, "a", state(3, 0));
    s.put(ObjectKind.USER, "d \"quoted\"\n\u00e9", state(5, 0));
    s.flush();
    assertThat(FileState.of(dir.resolve("state.json")).get(ObjectKind.USER, "d \"quoted\"\n\u00e9"))
        .isEqualTo(state(5, 0));
    s.remove(ObjectKind.USER, "b");
    s.put(ObjectKind.USER, "c", state(4, 0));

    assertThat(all(s, ObjectKind.USER))
        .extracting(StateEntry::sourceId)
        .containsExactly("a", "c", "d \"quoted\"\n\u00e9");
    assertThat(all(s, ObjectKind.GROUP)).extracting(StateEntry::sourceId).containsExactly("a");
    assertThat(s.get(ObjectKind.USER, "b")).isNull();
  }

  @Test
  void aStateFileOfTheEarlierFormatIsConvertedAndOtherFilesAreRefused() throws Exception {
    Path file = dir.resolve("state.json");
    Files.writeString(
        file,
        "{\"format\":1,\"job\":{\"initialCycleDone\":true,\"watermark\":\"5\",\"cycles\":2},"
            + "\"users\":{\"u1\":{\"targetId\":\"t1\",\"sent\":{\"userName\":\"a\"}}},"
            + "\"groups\":{\"g1\":{\"targetId\":\"t2\",\"sent\":{},\"members\":[\"t1\"]}}}");

    FileState s = FileState.of(file);

    assertThat(s.job()).isEqualTo(new JobState(true, "5", null, 2));
    assertThat(s.get(ObjectKind.USER, "u1").targetId()).isEqualTo("t1");
    assertThat(s.get(ObjectKind.GROUP, "g1").members()).containsExactly("t1");
    assertThat(FileState.of(file).get(ObjectKind.USER, "u1"))
        .isEqualTo(s.get(ObjectKind.USER, "u1"));

    Files.writeString(file, "{\"users\": []}");
    assertThatThrownBy(() -> FileState.of(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a provisioning state file");
    Files.writeString(
        file,
        "{\"format\":2,\"runs\":0}\n{\"kind\":\"user\",\"id\":\"b\",\"sent\":{}}\n"
            + "{\"kind\":\"user\",\"id\":\"a\",\"sent\":{}}\n");
    assertThatThrownBy(() -> FileState.of(file)).hasMessageContaining("not sorted");
  }

  @Test
  void aRunLeftBehindByACrashAfterItWasMergedIsIgnored() throws Exception {
    Path file = dir.resolve("state.json");
    FileState s = FileState.of(file);
    s.put(ObjectKind.USER, "u1", state(1, 0));
    s.flush(); // run 1, merged into the main file at once
    Files.writeString(
        dir.resolve("state.json.run-1"),
        "{\"format\":2,\"run\":1}\n{\"kind\":\"user\",\"id\":\"u1\",\"removed\":true}\n");

    FileState back = FileState.of(file);

    assertThat(back.get(ObjectKind.USER, "u1")).isEqualTo(state(1, 0));
    assertThat(Files.exists(dir.resolve("state.json.run-1"))).isFalse();
  }
}
