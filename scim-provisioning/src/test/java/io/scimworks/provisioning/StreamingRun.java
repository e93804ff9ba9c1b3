package io.scimworks.provisioning;

import io.scimworks.client.ScimClient;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A full cycle over a complete source of {@code N} users that streams through: the state of an
 * earlier cycle (every user provisioned as the source has it now) is written to a {@link
 * FileState}, then a cycle reads the {@code N} users lazily, minus three that are gone. Nothing
 * changed, so nothing is sent (the client points at a closed port); the three missing users exceed
 * a deletion threshold of 2, so the cycle stops and reports them, still sending nothing. Prints the
 * outcome, the time and the heap's peak use. Run with a small heap:
 *
 * <pre>
 * java -Xmx64m -cp ... io.scimworks.provisioning.StreamingRun 1000000
 * </pre>
 */
final class StreamingRun {
  private StreamingRun() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    int batch = 500;
    Path dir = Files.createTempDirectory("scimworks-streaming-run");
    try {
      long t0 = System.nanoTime();
      Mappings mappings = Fixtures.mappings();
      MappedValues users = new MappedValues(mappings.users());
      FileState state = FileState.of(dir.resolve("state.json"));
      for (int i = 0; i < n; i++) {
        SourceUser u = Fixtures.user(i);
        state.put(
            ObjectKind.USER,
            u.id(),
            ObjectState.provisioned("t" + i, users.values(SourceValues.of(u), false)));
        if (i % batch == batch - 1) {
          state.flush();
        }
      }
      state.job(new JobState(true, null, null, 1));
      state.flush();
      long t1 = System.nanoTime();

      AtomicLong done = new AtomicLong();
      AtomicLong held = new AtomicLong(-1);
      ProvisioningEngine engine =
          ProvisioningEngine.builder()
              .client(ScimClient.builder().baseUri("http://127.0.0.1:9/scim/v2").build())
              .source(new LazyDirectory(n, Set.of(7, n / 2, n - 1), batch, done::get))
              .mappings(mappings)
              .state(FileState.of(dir.resolve("state.json")))
              .batchSize(batch)
              .deletionThreshold(2)
              .listener(
                  new ProvisioningListener() {
                    @Override
                    public void record(ProvisioningRecord r) {
                      if (r.detail().contains("accidental-deletion prevention")) {
                        held.set(Long.parseLong(r.detail().replaceAll(".*delete (\\d+) .*", "$1")));
                      }
                    }

                    @Override
                    public void progress(Progress p) {
                      if (p.phase().equals("users")) {
                        done.set(p.done());
                      }
                    }
                  })
              .build();
      CycleResult result = engine.runCycle();
      long t2 = System.nanoTime();
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      System.out.printf(
          "users=%d outcome=%s done=%d missing=%d stateSeconds=%.1f cycleSeconds=%.1f"
              + " peakHeapMB=%.1f maxHeapMB=%.1f%n",
          n,
          result.outcome(),
          done.get(),
          held.get(),
          (t1 - t0) / 1e9,
          (t2 - t1) / 1e9,
          peak / 1048576.0,
          Runtime.getRuntime().maxMemory() / 1048576.0);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
