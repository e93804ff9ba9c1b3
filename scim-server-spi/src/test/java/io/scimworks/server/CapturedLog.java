package io.scimworks.server;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what the library logs under {@code io.scimworks} while a test provokes a failure on
 * purpose, so that the test can assert it and the build output stays free of stack traces.
 *
 * <pre>{@code
 * try (CapturedLog log = CapturedLog.start()) {
 *   ... // provoke the failure
 *   assertThat(log.messages()).anyMatch(m -> m.contains("Unexpected failure"));
 * }
 * }</pre>
 */
public final class CapturedLog implements AutoCloseable {
  private final Logger logger = Logger.getLogger("io.scimworks");
  private final boolean usedParentHandlers;
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private CapturedLog() {
    usedParentHandlers = logger.getUseParentHandlers();
    handler.setLevel(Level.ALL);
    logger.addHandler(handler);
    logger.setUseParentHandlers(false);
  }

  /** Starts capturing; {@link #close()} stops and lets logging through again. */
  public static CapturedLog start() {
    return new CapturedLog();
  }

  /** The records captured so far. */
  public List<LogRecord> records() {
    return List.copyOf(records);
  }

  /** The raw messages captured so far. */
  public List<String> messages() {
    return records.stream().map(LogRecord::getMessage).toList();
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
    logger.setUseParentHandlers(usedParentHandlers);
  }
}
