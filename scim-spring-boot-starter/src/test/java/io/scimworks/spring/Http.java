package io.scimworks.spring;

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
import java.util.Base64;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Sends what an identity provider sends to the Boot application under test, over real HTTP. */
final class Http {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final String base;
  private final @Nullable String authorization;

  private Http(String base, @Nullable String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  static Http bearer(String base, @Nullable String token) {
    return new Http(base, token == null ? null : "Bearer " + token);
  }

  static Http basic(String base, String user, String password) {
    String pair = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(UTF_8));
    return new Http(base, "Basic " + pair);
  }

  record Reply(int status, HttpResponse<String> raw) {
    JsonNode json() {
      return JSON.readTree(raw.body());
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse("");
    }

    String body() {
      return raw.body();
    }

    @Override
    public String toString() {
      return status + " " + raw.body();
    }
  }

  Reply get(String path) {
    return send("GET", path, null, Map.of());
  }

  Reply post(String path, String json) {
    return send("POST", path, json, Map.of());
  }

  Reply put(String path, String json) {
    return send("PUT", path, json, Map.of());
  }

  Reply patch(String path, String json) {
    return send("PATCH", path, json, Map.of());
  }

  Reply delete(String path) {
    return send("DELETE", path, null, Map.of());
  }

  Reply send(String method, String path, @Nullable String body, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body, UTF_8));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    if (body != null) {
      b.header("Content-Type", "application/scim+json; charset=utf-8");
    }
    headers.forEach(b::header);
    try {
      HttpResponse<String> r = CLIENT.send(b.build(), BodyHandlers.ofString(UTF_8));
      return new Reply(r.statusCode(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
