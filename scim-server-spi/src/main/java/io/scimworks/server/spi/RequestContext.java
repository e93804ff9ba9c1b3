package io.scimworks.server.spi;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a repository knows of the request it serves.
 *
 * @param tenant the tenant; data of different tenants must never mix
 * @param principal the authenticated caller
 * @param resourceType the resource type's name, e.g. {@code User}
 * @param transaction the unit of work the call belongs to (see {@link Transactions}), or {@code
 *     null} when each write stands alone
 */
public record RequestContext(
    String tenant,
    ScimPrincipal principal,
    String resourceType,
    @Nullable Transaction transaction) {

  /** Rejects nulls (but for {@code transaction}). */
  public RequestContext {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(resourceType, "resourceType");
  }

  /** A context outside any transaction. */
  public RequestContext(String tenant, ScimPrincipal principal, String resourceType) {
    this(tenant, principal, resourceType, null);
  }

  /** A context for the default tenant and an anonymous caller (handy in tests). */
  public static RequestContext of(String resourceType) {
    return new RequestContext(TenantResolver.DEFAULT_TENANT, ScimPrincipal.ANONYMOUS, resourceType);
  }

  /** This context for another resource type, in the same tenant and transaction. */
  public RequestContext forType(String otherResourceType) {
    return new RequestContext(tenant, principal, otherResourceType, transaction);
  }

  /** This context inside {@code unit} (what a {@link Transactions} hands to its work). */
  public RequestContext withTransaction(@Nullable Transaction unit) {
    return new RequestContext(tenant, principal, resourceType, unit);
  }
}
