package io.scimworks.server.http;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small SCIM client for tests over real HTTP: sends what an identity provider sends (bearer
 * token, {@code application/scim+json}) and hands back status, headers and the parsed body.
 */
public final class ScimHttp {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final URI base;
  private final @Nullable String token;
  private final Map<String, String> extraHeaders;

  private ScimHttp(URI base, @Nullable String token, Map<String, String> extraHeaders) {
    this.base = base;
    this.token = token;
    this.extraHeaders = extraHeaders;
  }

  /** A client for the SCIM service at {@code base} that authenticates with {@code token}. */
  public static ScimHttp to(URI base, @Nullable String token) {
    return new ScimHttp(base, token, Map.of());
  }

  /** The same client with another token ({@code null}: none). */
  public ScimHttp withToken(@Nullable String otherToken) {
    return new ScimHttp(base, otherToken, extraHeaders);
  }

  /** The same client sending an extra header on every request. */
  public ScimHttp withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(extraHeaders);
    h.put(name, value);
    return new ScimHttp(base, token, h);
  }

  /** The base URL. */
  public URI base() {
    return base;
  }

  /** An answer. */
  public record Reply(int status, Map<String, String> headers, String body) {
    /** The body as JSON ({@code MissingNode} when empty). */
    public JsonNode json() {
      return body.isEmpty() ? JSON.missingNode() : JSON.readTree(body);
    }

    /** A header (case-insensitive name), or {@code null}. */
    public @Nullable String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** Text of a JSON field at a JSON pointer such as {@code /meta/version}, or {@code null}. */
    public @Nullable String at(String pointer) {
      JsonNode n = json().at(pointer);
      return n.isMissingNode() || n.isNull() ? null : n.asString();
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  public Reply get(String pathAndQuery) {
    return send("GET", pathAndQuery, null, Map.of());
  }

  public Reply get(String pathAndQuery, Map<String, String> headers) {
    return send("GET", pathAndQuery, null, headers);
  }

  public Reply post(String path, String json) {
    return send("POST", path, json, Map.of());
  }

  public Reply put(String path, String json) {
    return send("PUT", path, json, Map.of());
  }

  public Reply patch(String path, String json) {
    return send("PATCH", path, json, Map.of());
  }

  public Reply delete(String path) {
    return send("DELETE", path, null, Map.of());
  }

  /** Sends any request; {@code headers} may override the content type. */
  public Reply send(
      String method, String pathAndQuery, @Nullable String body, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + pathAndQuery))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body, UTF_8));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (body != null && !hasHeader(headers, "Content-Type")) {
      b.header("Content-Type", "application/scim+json; charset=utf-8");
    }
    extraHeaders.forEach(b::header);
    headers.forEach(b::header);
    try {
      HttpResponse<String> r = HTTP.send(b.build(), BodyHandlers.ofString(UTF_8));
      Map<String, String> h = new LinkedHashMap<>();
      r.headers().map().forEach((k, v) -> h.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
      return new Reply(r.statusCode(), h, r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + pathAndQuery, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean hasHeader(Map<String, String> headers, String name) {
    return headers.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(name));
  }
}
