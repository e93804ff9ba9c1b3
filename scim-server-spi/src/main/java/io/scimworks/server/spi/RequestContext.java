package io.scimworks.server.spi;

import java.util.Objects;

/**
 * What a repository knows of the request it serves.
 *
 * @param tenant the tenant; data of different tenants must never mix
 * @param principal the authenticated caller
 * @param resourceType the resource type's name, e.g. {@code User}
 */
public record RequestContext(String tenant, ScimPrincipal principal, String resourceType) {

  /** Rejects nulls. */
  public RequestContext {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(resourceType, "resourceType");
  }

  /** A context for the default tenant and an anonymous caller (handy in tests). */
  public static RequestContext of(String resourceType) {
    return new RequestContext(TenantResolver.DEFAULT_TENANT, ScimPrincipal.ANONYMOUS, resourceType);
  }
}
