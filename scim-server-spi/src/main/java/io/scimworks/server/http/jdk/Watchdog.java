package io.scimworks.server.http.jdk;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Bounds how long a worker thread may block on a client's socket.
 *
 * <p>The JDK server reads and writes in blocking mode on a {@code SocketChannel}, which has no read
 * timeout; but a blocked channel operation ends when its thread is interrupted (the channel is
 * closed and the operation throws {@code ClosedByInterruptException}). So a worker arms a deadline
 * while it talks to the client, and disarms it while the handler works: only the network phases are
 * timed, and a handler is never interrupted.
 */
final class Watchdog {
  private final ScheduledThreadPoolExecutor timer;
  private final ThreadLocal<@Nullable Deadline> current = new ThreadLocal<>();

  Watchdog() {
    timer =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "scimworks-http-watchdog");
              t.setDaemon(true);
              return t;
            });
    timer.setRemoveOnCancelPolicy(true);
  }

  /**
   * Starts timing the current thread's network phase; replaces any deadline it had. Once the
   * watchdog is {@linkplain #shutdown() shut down} (the binding stopped while a worker was still
   * picking up an exchange on a kept-alive connection), the deadline expires at once: the network
   * operation that follows ends and the connection is closed, as for a client too slow to answer.
   */
  void arm(Duration timeout) {
    disarm();
    Deadline d = new Deadline(Thread.currentThread());
    current.set(d);
    try {
      d.future = timer.schedule(d::expire, timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException stopped) {
      d.expire();
    }
  }

  /**
   * Stops timing the current thread.
   *
   * @return {@code true} unless the deadline had already expired (the connection is then closed)
   */
  boolean disarm() {
    Deadline d = current.get();
    if (d == null) {
      return true;
    }
    current.remove();
    boolean inTime = d.cancel();
    if (!inTime) {
      Thread.interrupted(); // the interrupt was for the network operation, not for what follows
    }
    return inTime;
  }

  void shutdown() {
    timer.shutdownNow();
  }

  private static final class Deadline {
    private final Thread thread;
    private @Nullable ScheduledFuture<?> future;
    private boolean done;

    Deadline(Thread thread) {
      this.thread = thread;
    }

    synchronized void expire() {
      if (!done) {
        done = true;
        thread.interrupt();
      }
    }

    /** Returns whether the deadline was cancelled before it expired. */
    synchronized boolean cancel() {
      if (done) {
        return false;
      }
      done = true;
      if (future != null) {
        future.cancel(false);
      }
      return true;
    }
  }
}
