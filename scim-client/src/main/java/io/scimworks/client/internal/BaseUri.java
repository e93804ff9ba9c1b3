package io.scimworks.client.internal;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The service's base URI ("Tenant URL") and how request URIs are made from it. Query parameters on
 * the base URI (Entra's {@code ?aadOptscim062020}) are kept on every request.
 */
public final class BaseUri {
  private final URI uri;
  private final String prefix;
  private final @Nullable String query;

  private BaseUri(URI uri, String prefix, @Nullable String query) {
    this.uri = uri;
    this.prefix = prefix;
    this.query = query;
  }

  /**
   * Parses a base URI.
   *
   * @throws IllegalArgumentException if it is not an absolute http(s) URI
   */
  public static BaseUri of(URI uri) {
    String scheme = uri.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || uri.getRawAuthority() == null) {
      throw new IllegalArgumentException("base URI must be an absolute http(s) URI: " + uri);
    }
    if (uri.getRawFragment() != null) {
      throw new IllegalArgumentException("base URI must not have a fragment: " + uri);
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String q = uri.getRawQuery();
    return new BaseUri(
        uri, scheme + "://" + uri.getRawAuthority() + path, q == null || q.isEmpty() ? null : q);
  }

  /** The URI as configured. */
  public URI uri() {
    return uri;
  }

  /**
   * The URI of {@code path} (already encoded, starting with {@code /}) with the base query followed
   * by {@code params} (encoded here).
   */
  public URI resolve(String path, List<Map.Entry<String, String>> params) {
    StringBuilder sb = new StringBuilder(prefix).append(path);
    char sep = '?';
    if (query != null) {
      sb.append(sep).append(query);
      sep = '&';
    }
    for (Map.Entry<String, String> p : params) {
      sb.append(sep).append(encode(p.getKey())).append('=').append(encode(p.getValue()));
      sep = '&';
    }
    return URI.create(sb.toString());
  }

  /** Percent-encodes everything but RFC 3986 unreserved characters (so a space is {@code %20}). */
  public static String encode(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 16);
    for (byte b : bytes) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.write(c);
      } else {
        out.write('%');
        out.write(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.write(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public String toString() {
    return uri.toString();
  }
}
