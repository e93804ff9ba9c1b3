package io.scimworks.server.http.internal;

import io.scimworks.server.ScimResponse;
import io.scimworks.server.internal.BaseUrls;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What both bindings refuse of a request before its handler sees it, in one place so that they
 * answer alike: a container that already refuses such a request (Jetty refuses most of them with a
 * page of its own) never passes it on, and one that does not (the JDK server, other servlet
 * containers) has it answered here in the SCIM error format, with the status Jetty gives.
 *
 * <p>In order: an HTTP version other than 1.0 and 1.1 (505); a request target longer than {@link
 * #MAX_TARGET} (414) or header fields longer than {@link #MAX_HEADERS} together (431), the limits
 * of Jetty's and Tomcat's defaults; a missing (HTTP/1.1), repeated, empty or malformed {@code Host}
 * (400, RFC 9112 §3.2; malformed as {@link BaseUrls#isAuthority} says); an absolute-form target
 * whose scheme is not {@code http} or {@code https} or whose authority is not the {@code Host}
 * (400); a target with a {@code #fragment}, an empty path segment ({@code //}) or a percent-encoded
 * control character (400); an {@code Expect} other than {@code 100-continue} (417); a {@code
 * Transfer-Encoding} beside a {@code Content-Length}, or one whose last coding is not {@code
 * chunked} (400, RFC 9112 §6.1 and §6.3), or one naming another coding before {@code chunked}
 * (501). None of these answers quotes the offending value.
 */
public final class RequestChecks {
  /** The longest request target (path and query) accepted: 8 KiB. */
  public static final int MAX_TARGET = 8 * 1024;

  /** The most characters the header fields of a request may hold together: 8 KiB. */
  public static final int MAX_HEADERS = 8 * 1024;

  private RequestChecks() {}

  /**
   * A request as a binding sees it, before its body.
   *
   * @param version the protocol of the request line, e.g. {@code HTTP/1.1}
   * @param targetScheme the scheme of an absolute-form target, else {@code null}
   * @param targetAuthority the authority of an absolute-form target, else {@code null}
   * @param rawPath the path as sent, still percent-encoded (mount path included)
   * @param rawQuery the query as sent, or {@code null}
   * @param fragment whether the target carried a {@code #fragment}
   * @param headers the values of a header by name (any case), {@code null} when absent
   * @param headerChars the characters of all header names and values together
   */
  public record Head(
      String version,
      @Nullable String targetScheme,
      @Nullable String targetAuthority,
      String rawPath,
      @Nullable String rawQuery,
      boolean fragment,
      Function<String, @Nullable List<String>> headers,
      long headerChars) {}

  /**
   * The answer to a request that must not reach the handler, or {@code null} for one fit to serve.
   *
   * @param head the request line and headers
   * @return a SCIM error response (each closes the connection), or {@code null}
   */
  public static @Nullable ScimResponse refusal(Head head) {
    String version = head.version();
    boolean http11 = version.equals("HTTP/1.1");
    if (!http11 && !version.equals("HTTP/1.0")) {
      return BindingErrors.versionNotSupported();
    }
    long target =
        head.rawPath().length() + (head.rawQuery() == null ? 0 : 1 + head.rawQuery().length());
    if (target > MAX_TARGET) {
      return close(
          414,
          "The request target is longer than " + MAX_TARGET + " characters; use POST .search.");
    }
    if (head.headerChars() > MAX_HEADERS) {
      return close(
          431, "The request header fields are longer than " + MAX_HEADERS + " characters.");
    }
    ScimResponse host = hostRefusal(head, http11);
    if (host != null) {
      return host;
    }
    if (head.fragment()) {
      // RFC 9112 §3.2; the JDK server would drop it and serve the rest
      return BindingErrors.badRequest("A request target has no fragment (#...).");
    }
    String path = head.rawPath();
    if (path.contains("//")) {
      return BindingErrors.badRequest("The request path has an empty segment (//).");
    }
    if (hasEncodedControl(path)) {
      return BindingErrors.badRequest("The request path encodes a control character.");
    }
    String expect = BindingErrors.unmetExpectation(head.headers().apply("Expect"));
    if (expect != null) {
      return BindingErrors.unmetExpectation(expect);
    }
    return framingRefusal(head);
  }

  private static @Nullable ScimResponse hostRefusal(Head head, boolean http11) {
    List<String> hosts = head.headers().apply("Host");
    if (hosts == null || hosts.isEmpty()) {
      return http11
          ? BindingErrors.badRequest("An HTTP/1.1 request needs a Host header.")
          : null; // RFC 9112 §3.2: only HTTP/1.1 requires it
    }
    if (hosts.size() > 1) {
      return BindingErrors.badRequest("A request has one Host header.");
    }
    String host = BaseUrls.strip(hosts.get(0));
    if (!BaseUrls.isAuthority(host)) {
      return BindingErrors.badRequest("The Host header is not a valid host[:port].");
    }
    String scheme = head.targetScheme();
    if (scheme != null) {
      String s = scheme.toLowerCase(Locale.ROOT);
      if (!s.equals("http") && !s.equals("https")) {
        return BindingErrors.badRequest("A request target names http or https, if a scheme.");
      }
      // RFC 9112 §3.2.2 has a server use the target's authority and ignore Host; a proxy in
      // front may have used Host. Jetty refuses the difference, and so do both bindings.
      if (head.targetAuthority() == null || !head.targetAuthority().equalsIgnoreCase(host)) {
        return BindingErrors.badRequest("The request target's authority is not the Host header.");
      }
    }
    return null;
  }

  private static @Nullable ScimResponse framingRefusal(Head head) {
    List<String> codings = head.headers().apply("Transfer-Encoding");
    if (codings == null || codings.isEmpty()) {
      return null;
    }
    List<String> lengths = head.headers().apply("Content-Length");
    if (lengths != null && !lengths.isEmpty()) {
      // RFC 9112 §6.3: a proxy in front may have delimited the body by the other one
      return BindingErrors.badRequest("Send Content-Length or Transfer-Encoding, not both.");
    }
    String joined = String.join(",", codings);
    String last = "";
    boolean other = false;
    for (String coding : joined.split(",", -1)) {
      String c = coding.strip();
      if (!c.isEmpty()) {
        other |= !c.equalsIgnoreCase("chunked");
        last = c;
      }
    }
    if (!last.equalsIgnoreCase("chunked")) {
      // RFC 9112 §6.3: the body's length cannot be determined
      return BindingErrors.badRequest(
          "A request body's last transfer coding is chunked; send it chunked or with a"
              + " Content-Length.");
    }
    return other ? BindingErrors.unsupportedTransferCoding(String.join(", ", codings)) : null;
  }

  private static boolean hasEncodedControl(String path) {
    for (int i = path.indexOf('%'); i >= 0 && i + 2 < path.length(); i = path.indexOf('%', i + 1)) {
      char hi = path.charAt(i + 1);
      char lo = Character.toUpperCase(path.charAt(i + 2));
      if ((hi == '0' || hi == '1') && isHex(lo) || (hi == '7' && lo == 'F')) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
  }

  private static ScimResponse close(int status, String detail) {
    return BindingErrors.error(status, detail, Map.of("Connection", "close"));
  }
}
