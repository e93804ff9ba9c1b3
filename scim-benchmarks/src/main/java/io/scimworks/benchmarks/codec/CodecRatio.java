package io.scimworks.benchmarks.codec;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * A cross-check of {@link CodecBenchmark} for shared, overloaded machines: alternates the two
 * benchmark methods in batches and compares the per-thread CPU time each batch took, which
 * scheduling delays do not inflate the way they inflate wall-clock time. Prints the best batch of
 * each and the ratio of the means over the second half of the batches.
 *
 * <pre>
 * java -cp scim-benchmarks/target/benchmarks.jar io.scimworks.benchmarks.codec.CodecRatio
 * </pre>
 */
public final class CodecRatio {
  private static final int BATCHES = 200;
  private static final int PER_BATCH = 5_000;

  private CodecRatio() {}

  /**
   * Runs the comparison.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    CodecBenchmark b = new CodecBenchmark();
    long sink = 0;
    double bestJackson = Double.MAX_VALUE;
    double bestOurs = Double.MAX_VALUE;
    double sumJackson = 0;
    double sumOurs = 0;
    for (int batch = 0; batch < BATCHES; batch++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < PER_BATCH; i++) {
        sink += b.jacksonTreeParseWrite().length;
      }
      long t1 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < PER_BATCH; i++) {
        sink += b.scimworksDecodeValidateEncode().length;
      }
      long t2 = cpu.getCurrentThreadCpuTime();
      bestJackson = Math.min(bestJackson, (t1 - t0) / (double) PER_BATCH);
      bestOurs = Math.min(bestOurs, (t2 - t1) / (double) PER_BATCH);
      if (batch >= BATCHES / 2) {
        sumJackson += t1 - t0;
        sumOurs += t2 - t1;
      }
    }
    System.out.printf(
        "CPU time per operation, best batch: Jackson tree %.2f us, SCIMworks %.2f us, ratio %.2f;"
            + " ratio of means (second half) %.2f [%d]%n",
        bestJackson / 1000,
        bestOurs / 1000,
        bestOurs / bestJackson,
        sumOurs / sumJackson,
        sink % 10);
  }
}
