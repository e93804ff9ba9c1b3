package io.scimworks.server.spi;

import io.scimworks.core.ScimException;

/** Takes the tenant from a path template such as {@code /tenants/{tenant}/scim/v2}. */
final class PathTenantResolver implements TenantResolver {
  private static final String PLACEHOLDER = "{tenant}";

  private final String before;
  private final String after;

  PathTenantResolver(String template) {
    int at = template.indexOf(PLACEHOLDER);
    if (at < 0 || template.indexOf(PLACEHOLDER, at + 1) >= 0) {
      throw new IllegalArgumentException("template must contain {tenant} once: " + template);
    }
    String t = template.endsWith("/") ? template.substring(0, template.length() - 1) : template;
    this.before = t.substring(0, at);
    this.after = t.substring(at + PLACEHOLDER.length());
  }

  @Override
  public Resolution resolve(String path) {
    if (path.startsWith(before)) {
      int end = path.indexOf('/', before.length());
      String tenant =
          end < 0 ? path.substring(before.length()) : path.substring(before.length(), end);
      String rest = end < 0 ? "" : path.substring(end);
      if (!tenant.isEmpty() && rest.startsWith(after) && boundary(rest, after.length())) {
        String routed = rest.substring(after.length());
        String prefix = path.substring(0, path.length() - routed.length());
        return new Resolution(tenant, prefix, routed.isEmpty() ? "/" : routed);
      }
    }
    throw ScimException.notFound("No tenant in path");
  }

  private static boolean boundary(String s, int at) {
    return s.length() == at || s.charAt(at) == '/';
  }
}
