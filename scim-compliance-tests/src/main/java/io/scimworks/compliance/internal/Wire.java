package io.scimworks.compliance.internal;

import io.scimworks.compliance.Exchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Sends requests to the target exactly as given (method, raw path and query, headers, body bytes)
 * over {@code java.net.http} and hands every exchange, token masked, to a recorder.
 *
 * <p>The target is not trusted: a whole exchange, body included, must end within the timeout (the
 * JDK's request timeout only bounds the wait for the response headers, so a body trickling in byte
 * by byte would hold a run forever), and a body may hold at most {@link #MAX_BODY} bytes (an
 * endless one would fill the heap). Either way the connection is closed and the check fails with a
 * one-line reason. Characters that cannot appear in a URL (a space or a line break in an id the
 * target made up) are percent-encoded rather than failing the run.
 */
public final class Wire {
  private static final int MAX_RECORDED_BODY = 64 * 1024;

  /** The most bytes of a response body read: 32 MiB. */
  static final int MAX_BODY = 32 * 1024 * 1024;

  private final HttpClient client;
  private final String base;
  private final String token;
  private final Duration timeout;

  /**
   * A wire to {@code base} (without trailing slash) sending {@code token} as bearer token.
   *
   * @param timeout how long one request may take
   */
  public Wire(HttpClient client, URI base, String token, Duration timeout) {
    this.client = client;
    String b = base.toString();
    this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    this.token = token;
    this.timeout = timeout;
  }

  /** The base URL, without trailing slash. */
  public String base() {
    return base;
  }

  /** The token, for checks that send it in a different shape. */
  String token() {
    return token;
  }

  /**
   * Sends one request.
   *
   * @param pathAndQuery appended to the base URL as it is (already encoded), or a full URL
   * @param headers headers to send; an {@code Authorization} entry replaces the bearer token, an
   *     empty value drops it
   * @throws TargetProblem when no response came (connection, TLS, timeout)
   */
  public Response send(
      String method,
      String pathAndQuery,
      Map<String, String> headers,
      @Nullable String body,
      Consumer<Exchange> recorder) {
    String url = pathAndQuery.startsWith("http") ? pathAndQuery : base + pathAndQuery;
    Map<String, String> all = new LinkedHashMap<>();
    all.put("Accept", "application/scim+json");
    all.put("Authorization", "Bearer " + token);
    if (body != null) {
      all.put("Content-Type", "application/scim+json; charset=utf-8");
    }
    for (Map.Entry<String, String> h : headers.entrySet()) {
      all.keySet().removeIf(k -> k.equalsIgnoreCase(h.getKey()));
      if (!h.getValue().isEmpty()) {
        all.put(h.getKey(), h.getValue());
      }
    }
    HttpRequest.Builder request;
    try {
      request = HttpRequest.newBuilder(URI.create(escapeIllegal(url))).timeout(timeout);
    } catch (IllegalArgumentException e) {
      throw new TargetProblem("cannot send a request to " + oneLine(url) + ": " + e.getMessage());
    }
    all.forEach(request::header);
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    Map<String, List<String>> shown = new TreeMap<>();
    all.forEach((k, v) -> shown.put(k, List.of(mask(k, v))));
    String requestBody = body == null ? "" : body;
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      HttpResponse<InputStream> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      String text = new String(readBody(response.body(), url, deadline), StandardCharsets.UTF_8);
      Map<String, List<String>> responseHeaders = new TreeMap<>();
      response
          .headers()
          .map()
          .forEach(
              (k, v) -> {
                if (!k.startsWith(":")) {
                  responseHeaders.put(k.toLowerCase(Locale.ROOT), List.copyOf(v));
                }
              });
      recorder.accept(
          new Exchange(
              method,
              url,
              shown,
              requestBody,
              response.statusCode(),
              responseHeaders,
              text.length() > MAX_RECORDED_BODY ? text.substring(0, MAX_RECORDED_BODY) : text));
      return new Response(response.statusCode(), responseHeaders, text);
    } catch (TargetProblem e) {
      recorder.accept(new Exchange(method, url, shown, requestBody, 0, Map.of(), ""));
      throw e;
    } catch (IOException e) {
      recorder.accept(new Exchange(method, url, shown, requestBody, 0, Map.of(), ""));
      throw TargetProblem.from(url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TargetProblem("interrupted while waiting for " + url);
    }
  }

  /**
   * Reads {@code in} to its end, at most {@link #MAX_BODY} bytes and until {@code deadline} ({@link
   * System#nanoTime()}); past either, closes it (which closes the connection) and fails.
   */
  private byte[] readBody(InputStream in, String url, long deadline) throws IOException {
    AtomicBoolean late = new AtomicBoolean();
    long left = Math.max(1, deadline - System.nanoTime());
    CompletableFuture<Void> watchdog =
        CompletableFuture.runAsync(
            () -> {
              late.set(true);
              closeQuietly(in);
            },
            CompletableFuture.delayedExecutor(left, TimeUnit.NANOSECONDS));
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[16 * 1024];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        if (out.size() + n > MAX_BODY) {
          throw new TargetProblem(
              url + " answered with a body over " + MAX_BODY + " bytes; stopped reading");
        }
        out.write(buffer, 0, n);
      }
      if (late.get()) {
        throw late(url);
      }
      return out.toByteArray();
    } catch (IOException e) {
      if (late.get()) {
        throw late(url);
      }
      throw e;
    } finally {
      watchdog.cancel(false);
    }
  }

  private TargetProblem late(String url) {
    return new TargetProblem(
        url + " did not send its whole answer within " + timeout.toMillis() + " ms");
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // closing only stops the read; nothing to report
    }
  }

  /**
   * {@code url} with every character that may not appear in a URI percent-encoded as UTF-8 (spaces,
   * control characters, non-ASCII, quotes, angle brackets, braces, a {@code %} that does not start
   * an escape); what may appear is left as the check wrote it.
   */
  static String escapeIllegal(String url) {
    StringBuilder out = null;
    for (int i = 0; i < url.length(); i++) {
      char ch = url.charAt(i);
      boolean legal =
          ch == '%'
              ? i + 2 < url.length() && isHex(url.charAt(i + 1)) && isHex(url.charAt(i + 2))
              : ch > 0x20 && ch < 0x7f && "\"<>\\^`{|}".indexOf(ch) < 0;
      if (legal) {
        if (out != null) {
          out.append(ch);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(url.length() + 16).append(url, 0, i);
      }
      int end = Character.isHighSurrogate(ch) && i + 1 < url.length() ? i + 2 : i + 1;
      for (byte b : url.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
        out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)));
        out.append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
      i = end - 1;
    }
    return out == null ? url : out.toString();
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0 && c < 0x80;
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ");
  }

  private String mask(String name, String value) {
    if (name.equalsIgnoreCase("Authorization")) {
      return value.replace(token, "****");
    }
    return value;
  }
}
