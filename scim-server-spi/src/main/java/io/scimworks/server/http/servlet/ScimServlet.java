package io.scimworks.server.http.servlet;

import io.scimworks.server.ScimHandler;
import io.scimworks.server.ScimRequest;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.http.BindingOptions;
import io.scimworks.server.http.internal.BindingErrors;
import io.scimworks.server.http.internal.BoundedBody;
import io.scimworks.server.http.internal.RawTargets;
import io.scimworks.server.http.internal.RequestChecks;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Semaphore;

/**
 * Serves a {@link ScimHandler} from any Jakarta Servlet 6 container. Map it to a path ending in
 * {@code /*}; the handler sees paths below it.
 *
 * <pre>{@code
 * // Spring Boot: a bean in a configuration class
 * ServletRegistrationBean<ScimServlet> scim(ScimServer server) {
 *   return new ServletRegistrationBean<>(new ScimServlet(server), "/scim/v2/*");
 * }
 *
 * // Jetty 12, Tomcat, Undertow: register it programmatically
 * context.addServlet(new ServletHolder(new ScimServlet(server)), "/scim/v2/*");
 * }</pre>
 *
 * <p>The servlet only translates bytes: the handler sees the method, the path below the servlet
 * mapping still percent-encoded, the raw query, the headers and the body; its response is written
 * as it is. On its own the servlet answers, in the SCIM error format, {@code 413} for a body over
 * {@link BindingOptions#maxRequestBytes()} (a declared length before reading anything, a chunked
 * body while it streams) and {@code 503} with {@code Retry-After} beyond {@link
 * BindingOptions#maxInFlight()} requests, {@code 408} for a body still arriving after {@link
 * BindingOptions#readTimeout()}, {@code 400} for a body that cannot be read, and, where a container
 * passes such a request on, what the JDK binding refuses too: {@code 400} for a missing (HTTP/1.1),
 * repeated, empty or malformed {@code Host}, an empty path segment or a percent-encoded control
 * character, both {@code Content-Length} and {@code Transfer-Encoding}, or a last transfer coding
 * other than {@code chunked}; {@code 414} for a target over 8 KiB, {@code 431} for header fields
 * over 8 KiB together, {@code 417} for an {@code Expect} other than {@code 100-continue}, {@code
 * 501} for a transfer coding before {@code chunked}, {@code 505} for an HTTP version other than 1.0
 * and 1.1 (Jetty refuses most of these itself, with its own error page, unless its {@code
 * ErrorHandler} is replaced). Idle timeouts, threads and graceful shutdown belong to the container
 * (for example Jetty's connector {@code idleTimeout}, Tomcat's {@code connectionTimeout}), as do
 * requests its URI rules reject (Jetty refuses an encoded {@code /} with {@code 400}).
 *
 * <p>On Jetty, call {@code HttpConfiguration.setHeaderCacheCaseSensitive(true)}: by default Jetty's
 * per-connection header cache hands over a header value that differs from an earlier one only in
 * case as the earlier value, and bearer tokens are case-sensitive.
 */
@SuppressWarnings("exports") // the servlet API is optional: only servlet containers load this class
public class ScimServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final System.Logger LOG = System.getLogger(ScimServlet.class.getName());

  private final transient ScimHandler handler;
  private final transient BindingOptions options;
  private final transient Semaphore inFlight;

  /**
   * A servlet with the limits of a {@code ScimServer}'s options (or the defaults for any other
   * handler). Map it to the server's {@code basePath()} plus {@code /*}, so that the {@code
   * Location} URLs the server builds point back here.
   *
   * @param handler what answers the requests; not null
   * @throws NullPointerException when {@code handler} is null
   */
  public ScimServlet(ScimHandler handler) {
    this(handler, BindingOptions.forHandler(handler));
  }

  /**
   * A servlet with the given limits. Map it as the one-argument constructor says.
   *
   * @param handler what answers the requests; not null
   * @param options the transport limits; not null
   * @throws NullPointerException when an argument is null
   */
  public ScimServlet(ScimHandler handler, BindingOptions options) {
    this.handler = Objects.requireNonNull(handler, "handler");
    this.options = Objects.requireNonNull(options, "options");
    this.inFlight = new Semaphore(options.maxInFlight());
  }

  /** Answers every method, {@code PATCH} included. */
  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (!inFlight.tryAcquire()) {
      refuse(req, resp, BindingErrors.overloaded(options.retryAfterSeconds()));
      return;
    }
    try {
      serve(req, resp);
    } finally {
      inFlight.release();
    }
  }

  private void serve(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = MountedPath.of(req);
    if (path == null) {
      write(
          resp,
          BindingErrors.notFound("No SCIM endpoint at " + req.getRequestURI()),
          req.getMethod().equals("HEAD"));
      return;
    }
    // What a container passes on that HTTP forbids, answered as the JDK binding does (Jetty
    // passes an Expect it does not know, and a body with other codings than chunked with only its
    // chunking undone).
    Map<String, List<String>> headers = ScimRequest.caseInsensitiveHeaders(headers(req));
    ScimResponse unfit = RequestChecks.refusal(head(req, headers));
    if (unfit != null) {
      refuse(req, resp, unfit);
      return;
    }
    byte[] body;
    long declared = req.getContentLengthLong();
    try {
      // The container's idle timeout ends a client that stops sending; the read timeout bounds
      // the whole body, so that one trickling a byte now and then does not hold its permit.
      body =
          declared < 0 && req.getHeader("Transfer-Encoding") == null
              ? BoundedBody.NONE // no Content-Length, not chunked: no body (RFC 9112 §6.3)
              : BoundedBody.read(
                  req.getInputStream(),
                  declared,
                  options.maxRequestBytes(),
                  options.readTimeout().toNanos());
    } catch (BoundedBody.TooLargeException e) {
      refuse(req, resp, BindingErrors.tooLarge(options.maxRequestBytes()));
      return;
    } catch (BoundedBody.TooSlowException e) {
      write(resp, BindingErrors.tooSlow(options.readTimeout()), false);
      return;
    } catch (IOException e) {
      // The client went away or stalled past the container's idle timeout.
      LOG.log(Level.DEBUG, "SCIM request body not received: {0}", e.toString());
      try {
        write(resp, BindingErrors.badRequest("The request body could not be read."), false);
      } catch (IOException | IllegalStateException ignored) {
        // nobody left to answer
      }
      return;
    }
    String rawQuery = req.getQueryString();
    ScimRequest request =
        new ScimRequest(
            req.getMethod(),
            path,
            rawQuery == null ? null : RawTargets.encodeNonAscii(rawQuery, false),
            headers,
            body,
            req.getRemoteAddr());
    write(resp, BindingErrors.answer(handler, request), req.getMethod().equals("HEAD"));
  }

  /**
   * Answers before (or instead of) reading the body, then reads and discards what the client still
   * sends, within {@link BindingOptions#discardBytes()} and {@link BindingOptions#discardTime()} (a
   * blocked read is bounded by the container's idle timeout): a client that writes its whole body
   * before reading (as {@code java.net.http} does) then gets the answer rather than a reset.
   */
  private void refuse(HttpServletRequest req, HttpServletResponse resp, ScimResponse response)
      throws IOException {
    write(resp, response, false);
    resp.flushBuffer();
    if (options.discardBytes() > 0 && !options.discardTime().isZero()) {
      try {
        BoundedBody.discard(
            req.getInputStream(), options.discardBytes(), options.discardTime().toNanos());
      } catch (IOException | IllegalStateException e) {
        LOG.log(Level.DEBUG, "Refused request body not discarded: {0}", e.toString());
      }
    }
  }

  /** The request line and headers as {@link RequestChecks} reads them. */
  private static RequestChecks.Head head(
      HttpServletRequest req, Map<String, List<String>> headers) {
    long[] headerChars = {0};
    headers.forEach(
        (name, values) -> {
          for (String value : values) {
            headerChars[0] += name.length() + value.length();
          }
        });
    // An absolute-form target's authority: Jetty refuses one that is not the Host, and the
    // servlet API does not tell which form the target had.
    return new RequestChecks.Head(
        req.getProtocol(),
        null,
        null,
        req.getRequestURI(),
        req.getQueryString(),
        false,
        headers::get,
        headerChars[0]);
  }

  /**
   * The request's headers; a header sent once (nearly all of them) becomes an immutable one-value
   * list, which {@link ScimRequest} keeps as it is instead of copying it.
   */
  private static Map<String, List<String>> headers(HttpServletRequest req) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    Enumeration<String> names = req.getHeaderNames();
    while (names.hasMoreElements()) {
      String name = names.nextElement();
      Enumeration<String> values = req.getHeaders(name);
      if (!values.hasMoreElements()) {
        headers.put(name, List.of());
        continue;
      }
      String first = values.nextElement();
      if (!values.hasMoreElements()) {
        headers.put(name, List.of(first));
        continue;
      }
      List<String> all = new ArrayList<>();
      all.add(first);
      while (values.hasMoreElements()) {
        all.add(values.nextElement());
      }
      headers.put(name, all);
    }
    return headers;
  }

  private static void write(HttpServletResponse resp, ScimResponse response, boolean head)
      throws IOException {
    resp.setStatus(response.status());
    RawTargets.forEachHeader(response, resp::setHeader);
    byte[] body = response.body();
    if (body.length == 0 || response.status() == 204 || response.status() == 304) {
      return;
    }
    resp.setContentLength(body.length);
    if (!head) {
      ServletOutputStream out = resp.getOutputStream();
      out.write(body);
      out.flush();
    }
  }
}
