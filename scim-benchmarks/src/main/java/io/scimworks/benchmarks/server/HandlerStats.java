package io.scimworks.benchmarks.server;

import io.scimworks.server.ScimHandler;
import io.scimworks.server.ScimRequest;
import io.scimworks.server.ScimResponse;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a handler costs inside a running binding: wraps it, counts the CPU time and heap bytes of
 * each call on the calling worker thread, and prints per-request averages for each interval
 * together with the whole process's CPU time and garbage collection per request. The difference
 * between the process's CPU per request and the handler's is what the binding (and the JVM) spends
 * around the handler. The two clock reads per request add about a microsecond to both.
 */
final class HandlerStats implements ScimHandler {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final ScimHandler handler;
  private final LongAdder requests = new LongAdder();
  private final LongAdder cpuNanos = new LongAdder();
  private final LongAdder bytes = new LongAdder();

  HandlerStats(ScimHandler handler) {
    this.handler = handler;
  }

  @Override
  public ScimResponse handle(ScimRequest request) {
    long b = THREADS.getCurrentThreadAllocatedBytes();
    long c = THREADS.getCurrentThreadCpuTime();
    try {
      return handler.handle(request);
    } finally {
      cpuNanos.add(THREADS.getCurrentThreadCpuTime() - c);
      bytes.add(THREADS.getCurrentThreadAllocatedBytes() - b);
      requests.increment();
    }
  }

  /** Prints a line every {@code seconds} seconds from a daemon thread. */
  void report(int seconds) {
    Thread t =
        new Thread(
            () -> {
              long n0 = 0;
              long c0 = 0;
              long b0 = 0;
              long p0 = OS.getProcessCpuTime();
              long g0 = gcMillis();
              while (true) {
                try {
                  Thread.sleep(seconds * 1000L);
                } catch (InterruptedException e) {
                  return;
                }
                long n = requests.sum();
                long c = cpuNanos.sum();
                long b = bytes.sum();
                long p = OS.getProcessCpuTime();
                long g = gcMillis();
                long dn = n - n0;
                if (dn > 0) {
                  System.out.printf(
                      "STATS %d requests  handler %.2f us CPU %,d bytes  process %.2f us CPU"
                          + "  GC %.3f ms/1000 requests%n",
                      dn,
                      (c - c0) / 1e3 / dn,
                      (b - b0) / dn,
                      (p - p0) / 1e3 / dn,
                      (g - g0) * 1000.0 / dn);
                  System.out.flush();
                }
                n0 = n;
                c0 = c;
                b0 = b;
                p0 = p;
                g0 = g;
              }
            },
            "handler-stats");
    t.setDaemon(true);
    t.start();
  }

  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }
}
