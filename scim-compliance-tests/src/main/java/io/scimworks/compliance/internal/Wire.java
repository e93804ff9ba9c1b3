package io.scimworks.compliance.internal;

import io.scimworks.compliance.Exchange;
import java.io.IOException;
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
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Sends requests to the target exactly as given (method, raw path and query, headers, body bytes)
 * over {@code java.net.http} and hands every exchange, token masked, to a recorder.
 */
public final class Wire {
  private static final int MAX_RECORDED_BODY = 64 * 1024;

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
      request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("bad URL in a check: " + url, e);
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
    try {
      HttpResponse<byte[]> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      String text = new String(response.body(), StandardCharsets.UTF_8);
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
    } catch (IOException e) {
      recorder.accept(new Exchange(method, url, shown, requestBody, 0, Map.of(), ""));
      throw TargetProblem.from(url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TargetProblem("interrupted while waiting for " + url);
    }
  }

  private String mask(String name, String value) {
    if (name.equalsIgnoreCase("Authorization")) {
      return value.replace(token, "****");
    }
    return value;
  }
}
