package io.scimworks.server.spi;

import io.scimworks.core.ScimException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Decides which tenant a request belongs to. Repositories receive the tenant in every {@link
 * RequestContext}; the in-memory repository keeps each tenant's data apart.
 *
 * <pre>{@code
 * TenantResolver.fromPath("/tenants/{tenant}")   // /tenants/acme/Users -> tenant "acme"
 * TenantResolver.fromPrincipal()                 // each token names its tenant
 * }</pre>
 */
public interface TenantResolver {

  /** The tenant of a single-tenant server. */
  String DEFAULT_TENANT = "default";

  /**
   * Resolves the tenant of a request from its path, before authentication. The path is as sent,
   * still percent-encoded; the server then holds the prefix the resolution names to the rules of
   * every path segment (a dot segment, an empty segment, an encoded slash or a control character is
   * a 404, an escape that is malformed or not UTF-8 a 400), since the prefix goes into every URL
   * the server writes.
   *
   * @param path the request path below the server's mount point, e.g. {@code /tenants/a/Users}
   * @return the tenant (or {@code null} to decide after authentication through {@link
   *     #fromPrincipal(ScimPrincipal)}) and the path left to route
   * @throws ScimException 404 when the path names no tenant
   */
  Resolution resolve(String path);

  /**
   * The tenant of an authenticated caller when {@link #resolve(String)} left it open. The default
   * uses {@link ScimPrincipal#tenant()}, falling back to {@link #DEFAULT_TENANT}.
   *
   * @param principal the authenticated caller; not null
   * @return the tenant; never null
   */
  default String fromPrincipal(ScimPrincipal principal) {
    String tenant = principal.tenant();
    return tenant == null ? DEFAULT_TENANT : tenant;
  }

  /**
   * One tenant, {@link #DEFAULT_TENANT}, for everybody.
   *
   * @return a resolver that routes the whole path
   */
  static TenantResolver single() {
    return path -> new Resolution(DEFAULT_TENANT, "", path);
  }

  /**
   * The tenant each principal names ({@link ScimPrincipal#tenant()}).
   *
   * @return a resolver that leaves the tenant to the principal and routes the whole path
   */
  static TenantResolver fromPrincipal() {
    return path -> new Resolution(null, "", path);
  }

  /**
   * The tenant named by a path prefix such as {@code /tenants/{tenant}} or {@code
   * /tenants/{tenant}/scim/v2}: the rest of the path is routed as usual. The tenant is the segment
   * with its percent-encoding normalized (RFC 3986 §6.2.2): {@code /tenants/%61cme} is tenant
   * {@code acme}, and a tenant beyond unreserved ASCII stays percent-encoded with upper-case hex
   * digits ({@code %C3%A9}).
   *
   * @param template the prefix, with one {@code {tenant}} segment
   * @return a resolver answering 404 for paths without the prefix
   */
  static TenantResolver fromPath(String template) {
    return new PathTenantResolver(template);
  }

  /**
   * The outcome of {@link #resolve(String)}.
   *
   * @param tenant the tenant, or {@code null} to take it from the principal
   * @param prefix the part of the path that named the tenant (e.g. {@code /tenants/acme}), used to
   *     build {@code Location} URLs
   * @param path the rest of the path, to be routed
   */
  record Resolution(@Nullable String tenant, String prefix, String path) {
    /**
     * Creates the outcome.
     *
     * @param tenant the tenant, or {@code null}
     * @param prefix the part of the path that named the tenant; empty when none
     * @param path the rest of the path; not null
     * @throws NullPointerException when {@code prefix} or {@code path} is null
     */
    public Resolution {
      Objects.requireNonNull(prefix, "prefix");
      Objects.requireNonNull(path, "path");
    }
  }
}
