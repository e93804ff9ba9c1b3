package io.scimworks.spring.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.scimworks.server.ScimHandler;
import io.scimworks.server.ScimRequest;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.spi.AuditEvent;
import io.scimworks.server.spi.AuditListener;
import io.scimworks.server.spi.ServerMetrics;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Micrometer meters of the SCIM endpoint.
 *
 * <ul>
 *   <li>{@code scimworks.requests}: a timer per {@code resource} (the endpoint's first path
 *       segment, e.g. {@code Users}; {@code other} for anything not served), {@code method} and
 *       {@code status};
 *   <li>{@code scimworks.audit.events}: a counter per {@code operation}, {@code resource} and
 *       {@code outcome} of every write;
 *   <li>{@code scimworks.search.filter}: a counter of filtered searches per {@code resource} and
 *       {@code evaluation} ({@code repository}: pushed down whole, {@code pre_filtered}: partly,
 *       {@code in_memory}: evaluated by the server);
 *   <li>{@code scimworks.patch.operations}: a counter of PATCH operations per {@code resource}.
 * </ul>
 *
 * Tag values come from fixed sets, never from the raw request, so hostile paths or methods cannot
 * create unbounded meters.
 */
public final class ScimMetrics implements Instrumentation {
  private static final Set<String> METHODS =
      Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
  private static final Set<String> PROTOCOL_ENDPOINTS =
      Set.of("Bulk", "Me", ".search", "Schemas", "ResourceTypes", "ServiceProviderConfig");

  private final MeterRegistry registry;
  private final TreeSet<String> endpoints = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

  /**
   * @param registry where the meters go
   * @param resourceEndpoints the names of the served resource endpoints, e.g. {@code Users}
   */
  public ScimMetrics(MeterRegistry registry, Collection<String> resourceEndpoints) {
    this.registry = registry;
    endpoints.addAll(PROTOCOL_ENDPOINTS);
    endpoints.addAll(resourceEndpoints);
  }

  /** {@code handler} timed into {@code scimworks.requests}. */
  @Override
  public ScimHandler handler(ScimHandler handler) {
    return request -> {
      long start = System.nanoTime();
      ScimResponse response = handler.handle(request);
      Timer.builder("scimworks.requests")
          .description("SCIM requests served")
          .tag("resource", resource(request))
          .tag("method", METHODS.contains(request.method()) ? request.method() : "OTHER")
          .tag("status", Integer.toString(response.status()))
          .register(registry)
          .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
      return response;
    };
  }

  @Override
  public ServerMetrics serverMetrics() {
    return new ServerMetrics() {
      @Override
      public void searched(String resourceType, FilterEvaluation evaluation) {
        registry
            .counter(
                "scimworks.search.filter",
                "resource",
                resourceType,
                "evaluation",
                evaluation.name().toLowerCase(Locale.ROOT))
            .increment();
      }

      @Override
      public void patched(String resourceType, int operations) {
        registry
            .counter("scimworks.patch.operations", "resource", resourceType)
            .increment(operations);
      }
    };
  }

  /** {@code delegate} that also counts each event into {@code scimworks.audit.events}. */
  @Override
  public AuditListener audit(AuditListener delegate) {
    return event -> {
      registry
          .counter(
              "scimworks.audit.events",
              "operation",
              event.operation().name().toLowerCase(Locale.ROOT),
              "resource",
              resourceOf(event),
              "outcome",
              event.outcome().name().toLowerCase(Locale.ROOT))
          .increment();
      delegate.onEvent(event);
    };
  }

  private String resourceOf(AuditEvent event) {
    String type = event.resourceType();
    return type == null ? "Bulk" : type;
  }

  private String resource(ScimRequest request) {
    String path = request.path();
    int start = path.startsWith("/") ? 1 : 0;
    int end = path.indexOf('/', start);
    String segment = path.substring(start, end < 0 ? path.length() : end);
    String known = endpoints.floor(segment);
    return known != null && known.equalsIgnoreCase(segment) ? known : "other";
  }
}
