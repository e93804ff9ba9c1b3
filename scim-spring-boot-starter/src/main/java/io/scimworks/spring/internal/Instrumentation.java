package io.scimworks.spring.internal;

import io.scimworks.server.ScimHandler;
import io.scimworks.server.spi.AuditListener;
import io.scimworks.server.spi.ServerMetrics;

/** What observes the SCIM endpoint: wraps its handler and its audit listener. */
public interface Instrumentation {

  /** Observes nothing. */
  Instrumentation NONE =
      new Instrumentation() {
        @Override
        public ScimHandler handler(ScimHandler handler) {
          return handler;
        }

        @Override
        public AuditListener audit(AuditListener audit) {
          return audit;
        }

        @Override
        public ServerMetrics serverMetrics() {
          return ServerMetrics.NONE;
        }
      };

  /** {@code handler}, observed. */
  ScimHandler handler(ScimHandler handler);

  /** {@code audit}, observed. */
  AuditListener audit(AuditListener audit);

  /** What hears the server's searches and PATCH requests. */
  ServerMetrics serverMetrics();
}
