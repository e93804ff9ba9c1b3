package io.scimworks.server.http.jdk;

import java.util.concurrent.TimeUnit;

/**
 * Counts exchanges handed to the workers and not yet finished, so that stopping can wait for
 * exactly those (the JDK 17 server's own {@code stop(delay)} waits the whole delay whenever a
 * keep-alive connection is idle).
 */
final class ActiveExchanges {
  private int active;

  synchronized void begin() {
    active++;
  }

  synchronized void end() {
    if (--active == 0) {
      notifyAll();
    }
  }

  /** Waits until no exchange is active or {@code timeoutNanos} have passed. */
  synchronized boolean awaitNone(long timeoutNanos) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutNanos;
    while (active > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return true;
  }
}
