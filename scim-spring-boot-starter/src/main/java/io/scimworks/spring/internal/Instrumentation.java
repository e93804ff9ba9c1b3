package io.scimworks.spring.internal;

import io.scimworks.server.ScimHandler;
import io.scimworks.server.spi.AuditListener;

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
      };

  /** {@code handler}, observed. */
  ScimHandler handler(ScimHandler handler);

  /** {@code audit}, observed. */
  AuditListener audit(AuditListener audit);
}
