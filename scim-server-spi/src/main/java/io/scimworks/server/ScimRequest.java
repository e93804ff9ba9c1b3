package io.scimworks.server;

import io.scimworks.server.spi.IncomingRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP request as the server sees it, independent of any HTTP framework. Bindings build one from
 * the bytes they receive; {@link ScimHandler#handle(ScimRequest)} answers it.
 *
 * @param method the HTTP method as sent ({@code GET}, {@code POST}...); methods are case-sensitive
 *     (RFC 9110 §9.1), so {@code get} is a method the server does not serve (405)
 * @param path the request path below the server's mount point, still percent-encoded, starting with
 *     {@code /} (e.g. {@code /Users/2819c223}); bindings strip their context path
 * @param rawQuery the raw (still encoded) query string without {@code ?}, or {@code null}
 * @param headers header values by name; use {@link #header(String)} for case-insensitive lookup
 * @param body the request body, empty when there is none
 * @param remoteAddress the client's address for logs, or {@code null}
 */
public record ScimRequest(
    String method,
    String path,
    @Nullable String rawQuery,
    Map<String, List<String>> headers,
    byte[] body,
    @Nullable String remoteAddress)
    implements IncomingRequest {

  /**
   * Copies headers into a case-insensitive map. The method is kept as it is: a binding passes it as
   * it arrived, and a lower-case {@code delete} must not be served as the {@code DELETE} that a
   * proxy in front may have been told to block.
   *
   * @param method the HTTP method as sent; not null
   * @param path the path below the mount point, still percent-encoded; not null
   * @param rawQuery the raw query without {@code ?}, or {@code null}
   * @param headers header values by name; copied into an unmodifiable map whose lookups ignore
   *     case, in the order given (values of names differing only in case are merged under the first
   *     spelling)
   * @param body the body bytes, empty for none; not copied
   * @param remoteAddress the client's address, or {@code null}
   * @throws NullPointerException when {@code method}, {@code path} or {@code body} is null
   */
  public ScimRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(body, "body");
    headers = RequestHeaders.copyOf(headers);
  }

  /**
   * {@code headers} as the map a request keeps: immutable, looked up in any case, names differing
   * only in case merged. A binding that reads headers before it builds the request (to refuse it)
   * makes this once; the constructor then keeps it as it is instead of copying it again.
   *
   * @param headers header values by name
   * @return the case-insensitive copy ({@code headers} itself when it is one already)
   * @throws NullPointerException when a name, a list or a value is null
   */
  public static Map<String, List<String>> caseInsensitiveHeaders(
      Map<String, List<String>> headers) {
    return RequestHeaders.copyOf(headers);
  }

  /**
   * A request with no headers and no body (handy in tests).
   *
   * @param method the HTTP method in any case (upper-cased here, for convenience in tests)
   * @param pathAndQuery the path, optionally followed by {@code ?} and the raw query
   * @return the request, without remote address
   */
  public static ScimRequest of(String method, String pathAndQuery) {
    return of(method, pathAndQuery, Map.of(), null);
  }

  /**
   * A request from a path with an optional {@code ?query}, headers and a UTF-8 body.
   *
   * @param method the HTTP method in any case (upper-cased here, for convenience in tests)
   * @param pathAndQuery the path, optionally followed by {@code ?} and the raw query
   * @param headers header values by name
   * @param body the body text, encoded as UTF-8, or {@code null} for none
   * @return the request, without remote address
   */
  public static ScimRequest of(
      String method,
      String pathAndQuery,
      Map<String, List<String>> headers,
      @Nullable String body) {
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    String query = q < 0 ? null : pathAndQuery.substring(q + 1);
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    return new ScimRequest(method.toUpperCase(Locale.ROOT), path, query, headers, bytes, null);
  }

  /** The first value of a header (case-insensitive name), or {@code null}. */
  @Override
  public @Nullable String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
