package io.scimworks.client.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request to make against the service, relative to the base URI.
 *
 * @param method the HTTP method, upper case
 * @param path the already-encoded path below the base URI, starting with {@code /}
 * @param query query parameters (not encoded), in order
 * @param headers request-specific headers such as {@code If-Match}
 * @param body the JSON body, or {@code null}
 * @param retryable whether the caller marked a non-idempotent request as safe to repeat
 */
public record HttpCall(
    String method,
    String path,
    List<Map.Entry<String, String>> query,
    Map<String, String> headers,
    byte @Nullable [] body,
    boolean retryable) {

  /** Copies the collections. */
  public HttpCall {
    query = List.copyOf(query);
    headers = Map.copyOf(headers);
  }

  /** A request without query, headers or body. */
  public static HttpCall of(String method, String path) {
    return new HttpCall(method, path, List.of(), Map.of(), null, false);
  }

  /** A copy with one more query parameter; a {@code null} value adds nothing. */
  public HttpCall query(String name, @Nullable Object value) {
    if (value == null) {
      return this;
    }
    List<Map.Entry<String, String>> q = new ArrayList<>(query);
    q.add(Map.entry(name, value.toString()));
    return new HttpCall(method, path, q, headers, body, retryable);
  }

  /** A copy with one more header; a {@code null} value adds nothing. */
  public HttpCall header(String name, @Nullable String value) {
    if (value == null) {
      return this;
    }
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new HttpCall(method, path, query, h, body, retryable);
  }

  /** A copy with a JSON body. */
  public HttpCall body(byte[] json) {
    return new HttpCall(method, path, query, headers, json, retryable);
  }

  /** A copy marked safe (or not) to repeat even though its method is not idempotent. */
  public HttpCall retryable(boolean retryable) {
    return new HttpCall(method, path, query, headers, body, retryable);
  }

  /** Whether repeating the request cannot do harm: GET, HEAD, PUT, DELETE, or marked retryable. */
  public boolean safeToRepeat() {
    switch (method) {
      case "GET":
      case "HEAD":
      case "PUT":
      case "DELETE":
        return true;
      default:
        return retryable;
    }
  }

  /** {@code METHOD /path}, for messages (never the query, which may carry secrets). */
  public String describe() {
    return method + " " + path;
  }
}
