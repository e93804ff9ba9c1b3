package io.scimworks.server.spi;

/**
 * Receives an {@link AuditEvent} for every write, after it is answered. Implementations must be
 * fast and thread-safe; an exception they throw is logged and otherwise ignored.
 *
 * <pre>{@code
 * ScimServer.builder().auditListener(event -> auditLog.append(event))...
 * }</pre>
 */
@FunctionalInterface
public interface AuditListener {

  /**
   * Called once per write (refused ones included) on the request's thread, once the response is
   * decided; an exception it throws is logged and does not change the response.
   *
   * @param event the write and how it ended; never null
   */
  void onEvent(AuditEvent event);

  /**
   * Logs each event through {@link System.Logger} {@code io.scimworks.audit}, as {@link
   * AuditEvent#summary()}: successes at {@code DEBUG} (a first provisioning cycle writes
   * thousands), refused writes (4xx) at {@code INFO}, server failures (5xx) at {@code WARNING}.
   * Turn {@code DEBUG} on for that logger to see every write.
   *
   * @return a new listener that logs each event
   */
  static AuditListener logging() {
    System.Logger log = System.getLogger("io.scimworks.audit");
    return e -> {
      System.Logger.Level level =
          switch (e.outcome()) {
            case SUCCESS -> System.Logger.Level.DEBUG;
            case FAILURE -> System.Logger.Level.INFO;
            case ERROR -> System.Logger.Level.WARNING;
          };
      log.log(level, e::summary);
    };
  }

  /**
   * Ignores every event.
   *
   * @return a listener that does nothing
   */
  static AuditListener none() {
    return e -> {};
  }
}
