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
        return new Resolution(canonical(tenant), prefix, routed.isEmpty() ? "/" : routed);
      }
    }
    throw ScimException.notFound("No tenant in path");
  }

  /**
   * The tenant segment with its percent-encoding normalized as RFC 3986 §6.2.2 does: escapes of
   * unreserved characters decoded ({@code %61cme} is {@code acme}), the hex digits of the others
   * upper-cased ({@code %c3%a9} is {@code %C3%A9}), so that URLs that are the same name one tenant.
   * The server refuses a malformed escape before any repository sees the tenant.
   */
  static String canonical(String segment) {
    if (segment.indexOf('%') < 0) {
      return segment;
    }
    StringBuilder out = new StringBuilder(segment.length());
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      int hi = c == '%' && i + 2 < segment.length() ? hex(segment.charAt(i + 1)) : -1;
      int lo = hi < 0 ? -1 : hex(segment.charAt(i + 2));
      if (lo < 0) {
        out.append(c);
        continue;
      }
      char decoded = (char) (hi * 16 + lo);
      if (isUnreserved(decoded)) {
        out.append(decoded);
      } else {
        out.append('%').append(HEX.charAt(hi)).append(HEX.charAt(lo));
      }
      i += 2;
    }
    return out.toString();
  }

  private static final String HEX = "0123456789ABCDEF";

  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  private static boolean boundary(String s, int at) {
    return s.length() == at || s.charAt(at) == '/';
  }
}
