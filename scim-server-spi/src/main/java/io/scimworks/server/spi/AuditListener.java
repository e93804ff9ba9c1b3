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

  /** Called once per write. */
  void onEvent(AuditEvent event);

  /** Logs each event at {@code INFO} through {@link System.Logger} {@code io.scimworks.audit}. */
  static AuditListener logging() {
    System.Logger log = System.getLogger("io.scimworks.audit");
    return e ->
        log.log(
            System.Logger.Level.INFO,
            () ->
                String.format(
                    "%s %s/%s by %s in %s: %s %d in %d ms",
                    e.operation(),
                    e.resourceType(),
                    e.id(),
                    e.principal(),
                    e.tenant(),
                    e.outcome(),
                    e.status(),
                    e.duration().toMillis()));
  }

  /** Ignores every event. */
  static AuditListener none() {
    return e -> {};
  }
}
