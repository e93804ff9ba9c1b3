package io.scimworks.benchmarks.jdbc;

import java.util.Arrays;

/** Per-request latencies in nanoseconds, and their summary. */
final class Latencies {
  private final long[] samples;
  private int size;

  Latencies(int capacity) {
    this.samples = new long[capacity];
  }

  void add(long nanos) {
    samples[size++] = nanos;
  }

  /** The {@code p}-th percentile (0-100) in microseconds. */
  double percentile(double p) {
    long[] sorted = Arrays.copyOf(samples, size);
    Arrays.sort(sorted);
    int at = (int) Math.min(size - 1, Math.max(0, Math.ceil(p / 100 * size) - 1));
    return sorted[at] / 1000.0;
  }

  double meanMicros() {
    long sum = 0;
    for (int i = 0; i < size; i++) {
      sum += samples[i];
    }
    return sum / 1000.0 / Math.max(1, size);
  }

  String summary() {
    return String.format(
        "median %8.1f µs  p90 %8.1f  p99 %8.1f  mean %8.1f  (%d requests)",
        percentile(50), percentile(90), percentile(99), meanMicros(), size);
  }
}
