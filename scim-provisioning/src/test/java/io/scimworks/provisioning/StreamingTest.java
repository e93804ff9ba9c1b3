package io.scimworks.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A complete source streams through a full cycle in memory bounded by the batch. */
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a safety net only
class StreamingTest {

  /**
   * The state of 20,000 users as the engine used to keep it (every value sent, in memory) would
   * need about 30 MB on its own; the whole cycle now fits in 24. StreamingRun's javadoc has the
   * command for a million users (docs/BENCHMARKS.md has the figure).
   */
  @Test
  void aFullCycleOverTwentyThousandUsersRunsInA24MbHeap() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath =
        System.getProperty("java.class.path")
            + File.pathSeparator
            + System.getProperty("jdk.module.path", "");
    Process p =
        new ProcessBuilder(
                java,
                "-Xmx24m",
                "-XX:+UseSerialGC",
                "-cp",
                classPath,
                StreamingRun.class.getName(),
                "20000")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    assertThat(out)
        .contains("users=20000 outcome=DELETION_THRESHOLD_EXCEEDED done=19997 missing=3");
  }

  @Test
  void theEngineHoldsNoMoreThanABatchOfSourceObjects() {
    try (TestTarget target = new TestTarget()) {
      java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
      ProvisioningEngine engine =
          ProvisioningEngine.builder()
              .client(target.client())
              .source(new LazyDirectory(120, java.util.Set.of(), 25, done::get))
              .mappings(Fixtures.mappings())
              .batchSize(25)
              .listener(
                  new ProvisioningListener() {
                    @Override
                    public void record(ProvisioningRecord r) {}

                    @Override
                    public void progress(Progress pr) {
                      if (pr.phase().equals("users")) {
                        done.set(pr.done());
                      }
                    }
                  })
              .build();

      CycleResult result = engine.runCycle();

      assertThat(result.outcome()).isEqualTo(CycleResult.Outcome.COMPLETED);
      assertThat(result.count(Action.CREATE, Status.SUCCESS)).isEqualTo(120);
      assertThat(target.users()).hasSize(120);
      assertThat(List.of(done.get())).containsExactly(120L);
    }
  }
}
