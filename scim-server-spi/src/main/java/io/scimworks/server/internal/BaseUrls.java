package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import io.scimworks.server.ScimRequest;
import io.scimworks.server.ServerOptions;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where the URLs the server writes ({@code Location}, {@code meta.location}, bulk {@code location})
 * start: the configured public base URL when there is one; otherwise the request's {@code Host}
 * (or, only when configured as trusted, {@code X-Forwarded-Host} and {@code X-Forwarded-Proto}).
 * Every value taken from a request is checked first: a {@code Host} that is not a valid URI
 * authority (RFC 3986 §3.2) is a 400, so no header a client sends can reach a response header.
 */
public final class BaseUrls {
  private final ServerOptions options;
  private final String basePath;

  /**
   * The last URL built from a {@code Host} alone, so that the next request from there reuses it.
   */
  private volatile @Nullable Built last;

  /** A base URL and the checked {@code Host} and tenant prefix it was built from. */
  private record Built(String host, String tenantPrefix, String url) {}

  /** URLs for a server mounted at {@code basePath} with these options. */
  public BaseUrls(ServerOptions options, String basePath) {
    this.options = options;
    this.basePath = basePath;
  }

  /**
   * The base URL for this request, below which resource types live; checks the {@code Host} header
   * even when it is not used.
   *
   * @throws ScimException 400 when {@code Host} (or a trusted {@code X-Forwarded-*}) is malformed
   */
  public String of(ScimRequest request, String tenantPrefix) {
    String host = single(request, "Host");
    Built built = last;
    if (built != null && built.host().equals(host) && built.tenantPrefix().equals(tenantPrefix)) {
      return built.url(); // the same Host as before: checked then, and nothing else is used
    }
    if (host != null && !isAuthority(host)) {
      throw ScimException.badRequest("The Host header is not a valid host[:port]");
    }
    if (options.publicBaseUrl() != null) {
      return options.publicBaseUrl() + tenantPrefix;
    }
    String scheme = "http";
    if (options.trustForwardedHeaders()) {
      String fwdHost = firstOfList(request.header("X-Forwarded-Host"));
      if (fwdHost != null) {
        if (!isAuthority(fwdHost)) {
          throw ScimException.badRequest("X-Forwarded-Host is not a valid host[:port]");
        }
        host = fwdHost;
      }
      String proto = firstOfList(request.header("X-Forwarded-Proto"));
      if (proto != null) {
        scheme = proto.toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
          throw ScimException.badRequest("X-Forwarded-Proto must be http or https");
        }
      }
    }
    if (host == null) {
      return basePath + tenantPrefix;
    }
    String url = scheme + "://" + host + basePath + tenantPrefix;
    if (!options.trustForwardedHeaders()) {
      last = new Built(host, tenantPrefix, url);
    }
    return url;
  }

  private static @Nullable String single(ScimRequest request, String name) {
    List<String> values = request.headers().get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw ScimException.badRequest("More than one " + name + " header");
    }
    return strip(values.get(0));
  }

  private static @Nullable String firstOfList(@Nullable String value) {
    if (value == null) {
      return null;
    }
    int comma = value.indexOf(',');
    String first = strip(comma < 0 ? value : value.substring(0, comma));
    return first.isEmpty() ? null : first;
  }

  /**
   * Removes the optional whitespace (SP, HTAB) HTTP allows around a field value.
   *
   * @param s a header field value
   * @return the value without leading and trailing spaces and tabs
   */
  public static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '\t')) {
      start++;
    }
    while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
      end--;
    }
    return s.substring(start, end);
  }

  /**
   * Whether {@code s} is a {@code Host} value to build URLs from: {@code host [":" port]} of RFC
   * 3986, a non-empty name or IPv4 address made of unreserved characters, sub-delimiters and
   * percent-escapes, or an IPv6 address in brackets; the port, if any, one to five digits and at
   * most 65535. Stricter than RFC 3986 where no client could have connected to the value, as Jetty
   * is: an empty port ({@code host:}, which the normal form leaves out) and an IPvFuture ({@code
   * [v1.x]}, of which no version is defined) are refused; so is an empty value (an {@code http} URI
   * has a host, RFC 9110 §4.2.1).
   *
   * @param s the header's value without surrounding whitespace
   * @return whether URLs may be built from it
   */
  public static boolean isAuthority(String s) {
    if (s.isEmpty() || s.length() > 255 + 6) {
      return false;
    }
    int hostEnd;
    if (s.charAt(0) == '[') {
      hostEnd = s.indexOf(']');
      if (hostEnd < 2 || !isIpLiteral(s.substring(1, hostEnd))) {
        return false;
      }
      hostEnd++;
    } else {
      int colon = s.lastIndexOf(':');
      hostEnd = colon < 0 ? s.length() : colon;
      if (hostEnd == 0 || !isRegName(s, hostEnd)) {
        return false;
      }
    }
    if (hostEnd == s.length()) {
      return true;
    }
    if (s.charAt(hostEnd) != ':') {
      return false;
    }
    int digits = s.length() - hostEnd - 1;
    if (digits == 0 || digits > 5) {
      return false;
    }
    int port = 0;
    for (int i = hostEnd + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      port = port * 10 + (c - '0');
    }
    // A port no TCP connection can have would make every URL built from it unusable.
    return port <= 65535;
  }

  private static boolean isRegName(String s, int end) {
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= end || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
          return false;
        }
        i += 2;
      } else if (!(isAlnum(c) || "-._~!$&'()*+,;=".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  /**
   * An IPv6 address (RFC 4291 text form, with {@code ::} and an IPv4 tail) without its brackets.
   * {@code [zz]} is none, and a URL built from it is no URL; an IPvFuture ({@code v1.x}) is an IP
   * literal of RFC 3986 §3.2.2, but names no address any client could have connected to.
   */
  static boolean isIpLiteral(String s) {
    int gap = s.indexOf("::");
    if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
      return false;
    }
    String head = gap < 0 ? s : s.substring(0, gap);
    String tail = gap < 0 ? "" : s.substring(gap + 2);
    String[] parts = {head, tail};
    int lastPart = gap < 0 ? 0 : 1; // the part an IPv4 tail may end
    int groups = 0;
    for (int p = 0; p < parts.length; p++) {
      if (parts[p].isEmpty()) {
        continue;
      }
      String[] h16s = parts[p].split(":", -1);
      for (int i = 0; i < h16s.length; i++) {
        boolean last = p == lastPart && i == h16s.length - 1;
        if (last && h16s[i].indexOf('.') >= 0) {
          if (!isIpv4(h16s[i])) {
            return false;
          }
          groups += 2;
        } else if (isH16(h16s[i])) {
          groups++;
        } else {
          return false;
        }
      }
    }
    return gap < 0 ? groups == 8 : groups <= 7;
  }

  private static boolean isH16(String g) {
    if (g.isEmpty() || g.length() > 4) {
      return false;
    }
    for (int i = 0; i < g.length(); i++) {
      if (!isHex(g.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIpv4(String s) {
    String[] octets = s.split("\\.", -1);
    if (octets.length != 4) {
      return false;
    }
    for (String o : octets) {
      if (o.isEmpty() || o.length() > 3 || (o.length() > 1 && o.charAt(0) == '0')) {
        return false;
      }
      for (int i = 0; i < o.length(); i++) {
        if (o.charAt(i) < '0' || o.charAt(i) > '9') {
          return false;
        }
      }
      if (Integer.parseInt(o) > 255) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
