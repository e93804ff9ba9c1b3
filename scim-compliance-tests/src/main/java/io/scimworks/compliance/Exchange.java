package io.scimworks.compliance;

import java.util.List;
import java.util.Map;

/**
 * One HTTP request a check sent and the response it got, as they went over the wire (the bearer
 * token already masked).
 *
 * @param method the HTTP method
 * @param url the full URL, query string as sent
 * @param requestHeaders the request headers
 * @param requestBody the request body as text, empty for none
 * @param status the response status, or 0 when no response came
 * @param responseHeaders the response headers
 * @param responseBody the response body as text (cut after 64 KiB), empty for none
 */
public record Exchange(
    String method,
    String url,
    Map<String, List<String>> requestHeaders,
    String requestBody,
    int status,
    Map<String, List<String>> responseHeaders,
    String responseBody) {

  /**
   * Copies the maps.
   *
   * @param method the HTTP method
   * @param url the full URL, query string as sent
   * @param requestHeaders the request headers
   * @param requestBody the request body as text, empty for none
   * @param status the response status, or 0 when no response came
   * @param responseHeaders the response headers
   * @param responseBody the response body as text, empty for none
   */
  public Exchange {
    requestHeaders = Map.copyOf(requestHeaders);
    responseHeaders = Map.copyOf(responseHeaders);
  }
}
