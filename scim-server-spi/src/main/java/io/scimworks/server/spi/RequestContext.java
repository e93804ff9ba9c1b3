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

  /**
   * Creates the context.
   *
   * @param tenant the tenant; not null
   * @param principal the caller; not null
   * @param resourceType the resource type's name; not null
   * @param transaction the unit of work, or {@code null}
   * @throws NullPointerException when another part is null
   */
  public RequestContext {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(resourceType, "resourceType");
  }

  /**
   * A context outside any transaction.
   *
   * @param tenant the tenant; not null
   * @param principal the caller; not null
   * @param resourceType the resource type's name; not null
   */
  public RequestContext(String tenant, ScimPrincipal principal, String resourceType) {
    this(tenant, principal, resourceType, null);
  }

  /**
   * A context for the default tenant and an anonymous caller (handy in tests).
   *
   * @param resourceType the resource type's name; not null
   * @return a context outside any transaction
   */
  public static RequestContext of(String resourceType) {
    return new RequestContext(TenantResolver.DEFAULT_TENANT, ScimPrincipal.ANONYMOUS, resourceType);
  }

  /**
   * This context for another resource type, in the same tenant and transaction.
   *
   * @param otherResourceType the other type's name; not null
   * @return a new context
   */
  public RequestContext forType(String otherResourceType) {
    return new RequestContext(tenant, principal, otherResourceType, transaction);
  }

  /**
   * This context inside {@code unit} (what a {@link Transactions} hands to its work).
   *
   * @param unit the unit of work, or {@code null} for none
   * @return a new context
   */
  public RequestContext withTransaction(@Nullable Transaction unit) {
    return new RequestContext(tenant, principal, resourceType, unit);
  }
}
