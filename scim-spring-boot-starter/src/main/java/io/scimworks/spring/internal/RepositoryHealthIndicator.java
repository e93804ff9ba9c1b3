package io.scimworks.spring.internal;

import io.scimworks.server.spi.RequestContext;
import io.scimworks.spring.ScimResourceRegistration;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of each repository behind the SCIM endpoint: a lookup of an id that does not exist must
 * answer (with nothing) rather than fail. Details name each resource type and, when one fails, the
 * exception's class only, since messages of storage errors may carry connection details.
 */
public final class RepositoryHealthIndicator implements HealthIndicator {
  private final List<ScimResourceRegistration> resources;

  /** Checks the repositories of {@code resources}. */
  public RepositoryHealthIndicator(List<ScimResourceRegistration> resources) {
    this.resources = List.copyOf(resources);
  }

  @Override
  public Health health() {
    Health.Builder health = Health.up();
    for (ScimResourceRegistration r : resources) {
      String type = r.type().name();
      try {
        r.repository().get(RequestContext.of(type), "health-" + UUID.randomUUID());
        health.withDetail(type, "UP");
      } catch (RuntimeException e) {
        health.down().withDetail(type, "DOWN: " + e.getClass().getSimpleName());
      }
    }
    return health.build();
  }
}
