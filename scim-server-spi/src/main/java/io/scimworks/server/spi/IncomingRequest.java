package io.scimworks.server.spi;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link Authenticator} sees of a request: method, path, query and headers, before the
 * server has read anything else. The server's own request type implements it, so the SPI does not
 * depend on the server package.
 */
public interface IncomingRequest {

  /**
   * The HTTP method exactly as sent ({@code GET}, {@code POST}...). Methods are case-sensitive (RFC
   * 9110 §9.1): {@code delete} is not {@code DELETE}, and the server serves neither it nor any
   * other method it does not know (405).
   *
   * @return the method, e.g. {@code GET}
   */
  String method();

  /**
   * The path below the server's mount point, still percent-encoded, starting with {@code /}.
   *
   * @return the raw path, e.g. {@code /Users/2819c223}
   */
  String path();

  /**
   * The raw (still encoded) query string without {@code ?}, or {@code null} when there is none.
   *
   * @return the raw query, or {@code null}
   */
  @Nullable String rawQuery();

  /**
   * Every header value by name; the map's lookups ignore case.
   *
   * @return the headers, name to values; lookups ignore case
   */
  Map<String, List<String>> headers();

  /**
   * The first value of a header.
   *
   * @param name the header name, in any case
   * @return the first value, or {@code null} when the header is absent
   */
  @Nullable String header(String name);

  /**
   * The client's address (for logs and allow-lists), or {@code null} when unknown.
   *
   * @return the address, e.g. {@code 127.0.0.1}, or {@code null}
   */
  @Nullable String remoteAddress();
}
