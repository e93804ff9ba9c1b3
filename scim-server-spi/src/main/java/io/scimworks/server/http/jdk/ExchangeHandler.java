package io.scimworks.server.http.jdk;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.scimworks.server.ScimHandler;
import io.scimworks.server.ScimRequest;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.http.BindingOptions;
import io.scimworks.server.http.internal.BindingErrors;
import io.scimworks.server.http.internal.BoundedBody;
import io.scimworks.server.http.internal.RawTargets;
import io.scimworks.server.http.internal.RequestChecks;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;

/** Translates one JDK {@link HttpExchange} into a {@link ScimRequest} and back. */
final class ExchangeHandler implements HttpHandler {
  private static final System.Logger LOG = System.getLogger(JdkHttpBinding.class.getName());

  private final ScimHandler handler;

  /** The mount path without a trailing slash; empty at the root. */
  private final String mountPath;

  private final BindingOptions options;
  private final Semaphore inFlight;
  private final Watchdog watchdog;
  private volatile boolean refusing;

  ExchangeHandler(
      ScimHandler handler, String mountPath, BindingOptions options, Watchdog watchdog) {
    this.handler = handler;
    this.mountPath = mountPath.equals("/") ? "" : mountPath;
    this.options = options;
    this.inFlight = new Semaphore(options.maxInFlight());
    this.watchdog = watchdog;
  }

  @Override
  public void handle(HttpExchange exchange) {
    // The watchdog was armed with the read timeout when the worker picked the exchange up.
    try {
      if (refusing || !inFlight.tryAcquire()) {
        refuse(exchange, BindingErrors.overloaded(options.retryAfterSeconds()));
        return;
      }
      try {
        serve(exchange);
      } finally {
        inFlight.release();
      }
    } catch (IOException e) {
      // The client went away, or was too slow and its connection was closed: nobody to answer.
      LOG.log(Level.DEBUG, "HTTP exchange abandoned: {0}", e.toString());
    } finally {
      exchange.close();
      watchdog.disarm();
    }
  }

  /** From now on, answers 503 so that clients go elsewhere while the binding stops. */
  void refuseNewRequests() {
    refusing = true;
  }

  private void serve(HttpExchange exchange) throws IOException {
    Headers requestHeaders = exchange.getRequestHeaders();
    ScimResponse unfit = unfitRequest(exchange, requestHeaders);
    if (unfit != null) {
      refuse(exchange, unfit);
      return;
    }
    String target = exchange.getRequestURI().getRawPath();
    String rawPath = target == null ? "" : RawTargets.encodeNonAscii(target, true);
    String path = belowMount(rawPath);
    if (path == null) {
      refuse(exchange, BindingErrors.notFound("No SCIM endpoint at " + rawPath));
      return;
    }
    long declared;
    try {
      declared = BoundedBody.declaredLength(requestHeaders.get("Content-Length"));
    } catch (NumberFormatException e) {
      // The JDK server reads "+5" or " 5" as 5; a proxy in front may have read it otherwise.
      send(exchange, BindingErrors.badRequest("Malformed Content-Length."));
      return; // the body cannot be delimited: the connection is closed
    }
    byte[] body;
    try {
      body =
          declared < 0 && !requestHeaders.containsKey("Transfer-Encoding")
              ? BoundedBody.NONE // no Content-Length, not chunked: no body (RFC 9112 §6.3)
              : BoundedBody.read(exchange.getRequestBody(), declared, options.maxRequestBytes());
    } catch (BoundedBody.TooLargeException e) {
      refuse(exchange, BindingErrors.tooLarge(options.maxRequestBytes()));
      return;
    } catch (IOException e) {
      // A malformed chunk, a body cut short, or a client too slow whose connection the watchdog
      // closed: answer if anybody is left to hear it, as the servlet binding does.
      LOG.log(Level.DEBUG, "SCIM request body not received: {0}", e.toString());
      send(exchange, BindingErrors.badRequest("The request body could not be read."));
      // Closing the exchange drains what the client still sends; bound it like a refused body.
      watchdog.arm(options.discardTime());
      return;
    }
    if (!watchdog.disarm()) {
      return; // timed out just as the body ended; the connection is already closed
    }
    String rawQuery = exchange.getRequestURI().getRawQuery();
    ScimRequest request =
        new ScimRequest(
            exchange.getRequestMethod(),
            path,
            rawQuery == null ? null : RawTargets.encodeNonAscii(rawQuery, true),
            exchange.getRequestHeaders(),
            body,
            remoteAddress(exchange));
    send(exchange, BindingErrors.answer(handler, request));
  }

  /**
   * The answer to a request the JDK server lets through but HTTP does not (Jetty refuses each of
   * these before the servlet), or {@code null} for a request fit to serve.
   */
  private static @Nullable ScimResponse unfitRequest(HttpExchange exchange, Headers headers) {
    URI uri = exchange.getRequestURI();
    long headerChars = 0;
    for (Map.Entry<String, List<String>> h : headers.entrySet()) {
      for (String value : h.getValue()) {
        headerChars += h.getKey().length() + value.length();
      }
    }
    return RequestChecks.refusal(
        new RequestChecks.Head(
            exchange.getProtocol(),
            uri.getScheme(),
            uri.getRawAuthority(),
            uri.getRawPath() == null ? "" : uri.getRawPath(),
            uri.getRawQuery(),
            uri.getRawFragment() != null,
            headers::get,
            headerChars));
  }

  /** The path below the mount point, or {@code null} when the request is outside of it. */
  private @Nullable String belowMount(String rawPath) {
    if (!rawPath.startsWith(mountPath)) {
      return null; // e.g. an encoded slash in the mount path, which the JDK decoded to match
    }
    String rest = rawPath.substring(mountPath.length());
    if (rest.isEmpty()) {
      return "/";
    }
    return rest.startsWith("/") ? rest : null;
  }

  /**
   * Answers before (or instead of) reading the body, then reads and discards what the client still
   * sends, within {@link BindingOptions#discardBytes()} and {@link BindingOptions#discardTime()}: a
   * client that writes its whole body before reading (as {@code java.net.http} does) then gets the
   * answer rather than a connection reset.
   */
  private void refuse(HttpExchange exchange, ScimResponse response) throws IOException {
    send(exchange, response);
    if (options.discardBytes() > 0 && !options.discardTime().isZero()) {
      watchdog.arm(options.discardTime());
      BoundedBody.discard(
          exchange.getRequestBody(), options.discardBytes(), options.discardTime().toNanos());
    }
  }

  private void send(HttpExchange exchange, ScimResponse response) throws IOException {
    watchdog.arm(options.writeTimeout());
    Headers headers = exchange.getResponseHeaders();
    RawTargets.forEachHeader(response, headers::set);
    byte[] body = response.body();
    boolean noContent = response.status() == 204 || response.status() == 304;
    boolean head = exchange.getRequestMethod().equals("HEAD");
    if (head && !noContent) {
      // The length the GET would have sent (RFC 9110 §9.3.2); the JDK server leaves it to us.
      headers.set("Content-Length", Integer.toString(body.length));
    }
    boolean bodyless = body.length == 0 || head || noContent;
    // -1 means "no body"; 0 would mean "chunked" to the JDK server.
    exchange.sendResponseHeaders(response.status(), bodyless ? -1 : body.length);
    if (!bodyless) {
      OutputStream out = exchange.getResponseBody();
      out.write(body);
      out.flush(); // before close(), which may first drain an unread request body
    }
  }

  private static @Nullable String remoteAddress(HttpExchange exchange) {
    InetSocketAddress remote = exchange.getRemoteAddress();
    return remote == null || remote.getAddress() == null
        ? null
        : remote.getAddress().getHostAddress();
  }
}
