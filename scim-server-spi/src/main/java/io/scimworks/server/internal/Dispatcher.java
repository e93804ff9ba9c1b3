package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.ServerOptions;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Routes an exchange to its endpoint. */
public final class Dispatcher {
  private static final Set<String> DISCOVERY =
      Set.of("serviceproviderconfig", "resourcetypes", "schemas");

  private final List<ResourceTypeDef> types;
  private final ServerOptions options;

  /** A dispatcher over these resource types. */
  public Dispatcher(List<ResourceTypeDef> types, ServerOptions options) {
    this.types = types;
    this.options = options;
  }

  /** Whether the path names a discovery endpoint. */
  public static boolean isDiscovery(List<String> segments) {
    return !segments.isEmpty() && DISCOVERY.contains(segments.get(0).toLowerCase(Locale.ROOT));
  }

  /** Serves the exchange. */
  public ScimResponse dispatch(Exchange exchange) {
    throw ScimException.notFound("No such endpoint");
  }
}
