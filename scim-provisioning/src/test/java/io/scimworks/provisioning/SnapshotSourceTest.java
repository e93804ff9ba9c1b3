package io.scimworks.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SnapshotSourceTest {
  @TempDir Path dir;

  private static String snapshot(int users) {
    StringBuilder sb = new StringBuilder("{\"users\": [\n");
    for (int i = 0; i < users; i++) {
      sb.append(i == 0 ? "" : ",\n")
          .append("{\"id\": \"u")
          .append(i)
          .append("\", \"attributes\": {\"userPrincipalName\": \"user")
          .append(i)
          .append("@contoso.com\", \"displayName\": \"User ")
          .append(i)
          .append("\", \"department\": \"Sales\"}}");
    }
    return sb.append("\n]}").toString();
  }

  @Test
  void aUserGoneFromACompleteSnapshotIsDeletedAndProgressIsReported() throws Exception {
    Path file = dir.resolve("dir.json");
    Files.writeString(file, snapshot(12));
    ConcurrentLinkedQueue<Progress> progress = new ConcurrentLinkedQueue<>();
    try (TestTarget target = new TestTarget()) {
      ProvisioningEngine engine =
          ProvisioningEngine.builder()
              .client(target.client())
              .source(JsonDirectory.of(file))
              .mappings(Fixtures.mappings())
              .state(FileState.of(dir.resolve("state.json")))
              .batchSize(5)
              .listener(
                  new ProvisioningListener() {
                    @Override
                    public void record(ProvisioningRecord r) {}

                    @Override
                    public void progress(Progress p) {
                      progress.add(p);
                    }
                  })
              .build();
      assertThat(engine.runCycle().count(Action.CREATE, Status.SUCCESS)).isEqualTo(12);
      assertThat(progress)
          .filteredOn(p -> p.phase().equals("users"))
          .extracting(Progress::done, Progress::remaining)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(5L, 7L),
              org.assertj.core.groups.Tuple.tuple(10L, 2L),
              org.assertj.core.groups.Tuple.tuple(12L, 0L));
      assertThat(List.copyOf(progress)).allSatisfy(p -> assertThat(p.perSecond()).isPositive());

      Files.writeString(file, snapshot(10)); // u10 and u11 are gone
      target.clearLog();
      CycleResult second = engine.runCycle();

      assertThat(second.count(Action.DELETE, Status.SUCCESS)).isEqualTo(2);
      assertThat(target.counts()).containsOnlyKeys("DELETE /Users");
      assertThat(target.users()).hasSize(10).doesNotContainKey("user11@contoso.com");
    }
  }
}
