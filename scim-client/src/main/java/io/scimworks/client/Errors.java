package io.scimworks.client;

import io.scimworks.client.internal.HttpCall;
import io.scimworks.client.internal.HttpResult;
import io.scimworks.core.ScimException;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns failed exchanges into {@link ScimException}s that say what happened. */
final class Errors {
  static final String ERROR_URN = "urn:ietf:params:scim:api:messages:2.0:Error";

  private Errors() {}

  /**
   * The exception for a non-2xx response: a {@link RedirectException} for a {@code 3xx}, a plain
   * {@link ScimException} with the {@code scimType} and {@code detail} of a SCIM error body, or an
   * {@link UnexpectedResponseException} when the body is not one.
   */
  public static ScimException fromResponse(HttpResult r, JsonMapper mapper) {
    if (r.status() >= 300 && r.status() <= 399) {
      return redirect(r);
    }
    JsonNode error = readError(r, mapper);
    if (error == null) {
      String what = r.body().length == 0 ? "an empty body" : "a body that is not a SCIM error";
      return new UnexpectedResponseException(
          r.status(),
          r.contentType(),
          r.snippet(),
          r.call().describe() + " answered " + r.status() + " with " + what + describeBody(r),
          null);
    }
    String scimType = text(error, "scimType");
    String detail = text(error, "detail");
    return ScimException.received(
        r.status(), scimType, detail != null ? detail : r.call().describe() + " failed");
  }

  /** The exception for a redirect, which the client never follows. */
  private static RedirectException redirect(HttpResult r) {
    String location = null;
    String named = r.header("Location");
    if (named != null && !named.isBlank()) {
      try {
        location = r.uri().resolve(named.trim()).toString();
      } catch (IllegalArgumentException e) {
        location = null; // not a URI: reported without one
      }
    }
    String where = location == null ? " without a usable Location" : " pointing to " + location;
    return new RedirectException(
        r.status(),
        r.contentType(),
        r.snippet(),
        r.call().describe()
            + " answered "
            + r.status()
            + where
            + ": the client follows no redirects, which would carry the Authorization header"
            + " wherever they point; if that address is the service's, use it as the base URI",
        location);
  }

  /** The exception for a 2xx response whose body cannot be used. */
  public static UnexpectedResponseException unusableBody(
      HttpResult r, String why, @Nullable Throwable cause) {
    return new UnexpectedResponseException(
        r.status(),
        r.contentType(),
        r.snippet(),
        r.call().describe() + " answered " + r.status() + " with " + why + describeBody(r),
        cause);
  }

  /**
   * The exception for a response over the client's size limit.
   *
   * @param r the response with the first bytes of its body
   * @param limit the limit, in bytes
   * @param declared the {@code Content-Length} that was over the limit, or -1 when the body was cut
   *     off while reading
   */
  public static ResponseTooLargeException tooLarge(HttpResult r, long limit, long declared) {
    String size =
        declared >= 0
            ? "a body of " + declared + " bytes (Content-Length)"
            : "a body of more than " + limit + " bytes";
    return new ResponseTooLargeException(
        r.status(),
        r.contentType(),
        r.snippet(),
        r.call().describe()
            + " answered "
            + r.status()
            + " with "
            + size
            + ", over the client's limit of "
            + limit
            + " bytes (maxResponseBytes); stopped reading and closed the connection",
        limit);
  }

  /** The exception for an exchange that got no response. */
  public static ScimTransportException fromIo(HttpCall call, IOException e) {
    boolean timeout = e instanceof HttpTimeoutException;
    String what = timeout ? "timed out" : "failed without a response";
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new ScimTransportException(timeout, call.describe() + " " + what + ": " + reason, e);
  }

  private static String describeBody(HttpResult r) {
    String ct = r.contentType();
    String snippet = r.snippet();
    return (ct == null ? "" : " (" + ct + ")") + (snippet.isEmpty() ? "" : ": " + snippet);
  }

  private static @Nullable JsonNode readError(HttpResult r, JsonMapper mapper) {
    if (r.body().length == 0) {
      return null;
    }
    JsonNode node;
    try {
      node = mapper.readTree(r.body());
    } catch (JacksonException e) {
      return null;
    }
    if (node == null || !node.isObject()) {
      return null;
    }
    boolean declared = false;
    for (JsonNode s : node.path("schemas")) {
      declared |= ERROR_URN.equalsIgnoreCase(s.asString(""));
    }
    return declared || node.has("detail") || node.has("scimType") ? node : null;
  }

  private static @Nullable String text(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() || v.isContainer() ? null : v.asString();
  }
}
