package io.scimworks.benchmarks.server;

import io.scimworks.server.ScimServer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Measures the heap the in-memory repository uses per stored typical Entra ID user: retained heap
 * after loading {@code N} users through {@code handle()} (default 1,000,000), divided by N.
 *
 * <pre>
 * java -Xmx6g -cp scim-benchmarks/target/benchmarks.jar io.scimworks.benchmarks.server.HeapPerUser 1000000
 * </pre>
 */
public final class HeapPerUser {
  private HeapPerUser() {}

  /** Runs the measurement. */
  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    ScimServer server = EntraUsers.server();
    EntraUsers.load(server, -1000, 1000); // warm up classes and caches before the baseline
    long before = settledUsedHeap(memory);
    String[] ids = EntraUsers.load(server, 0, count);
    long after = settledUsedHeap(memory);
    // ids are held by this benchmark only; subtract what the array and the id strings cost.
    long idsCost = 16L + 4L * ids.length + ids.length * (24L + 16L + 36L);
    double perUser = (after - before - idsCost) / (double) count;
    System.out.printf(
        "users=%d heapBefore=%d MB heapAfter=%d MB bytesPerUser=%.0f%n",
        count, before >> 20, after >> 20, perUser);
    if (ids.length != count || server.options() == null) {
      throw new AssertionError();
    }
  }

  private static long settledUsedHeap(MemoryMXBean memory) {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
