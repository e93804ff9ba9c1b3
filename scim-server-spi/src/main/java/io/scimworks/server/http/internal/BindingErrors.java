package io.scimworks.server.http.internal;

import io.scimworks.server.ScimHandler;
import io.scimworks.server.ScimRequest;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.internal.Responses;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The responses a binding gives on its own, before or instead of the handler, in the SCIM error
 * format of RFC 7644 §3.12.
 */
public final class BindingErrors {
  private static final String ERROR_URN = "urn:ietf:params:scim:api:messages:2.0:Error";
  private static final System.Logger LOG = System.getLogger(BindingErrors.class.getName());

  private BindingErrors() {}

  /** 413: the body is larger than the limit. The connection is closed after it. */
  public static ScimResponse tooLarge(long limit) {
    return error(
        413,
        "The request body is larger than the limit of " + limit + " bytes.",
        Map.of("Connection", "close"));
  }

  /** 503 with {@code Retry-After}: too many requests in flight. */
  public static ScimResponse overloaded(long retryAfterSeconds) {
    return error(
        503,
        "The service is busy; retry after " + retryAfterSeconds + " second(s).",
        Map.of("Retry-After", Long.toString(retryAfterSeconds), "Connection", "close"));
  }

  /** 400: a request the binding cannot make sense of (e.g. a malformed {@code Content-Length}). */
  public static ScimResponse badRequest(String detail) {
    return error(400, detail, Map.of("Connection", "close"));
  }

  /** 408: the body kept arriving too slowly. The connection is closed after it. */
  public static ScimResponse tooSlow(java.time.Duration limit) {
    return error(
        408,
        "The request body was not received within " + limit.toMillis() + " ms.",
        Map.of("Connection", "close"));
  }

  /**
   * 501: the request's body is sent with a transfer coding other than {@code chunked} (RFC 9112
   * §6.1), which the binding cannot undo. The connection is closed after it.
   */
  public static ScimResponse unsupportedTransferCoding(String codings) {
    return error(
        501,
        "Transfer-Encoding "
            + codings
            + " is not supported; send the body chunked or with a"
            + " Content-Length.",
        Map.of("Connection", "close"));
  }

  /**
   * 417: the request expects something other than {@code 100-continue} (RFC 9110 §10.1.1). The
   * connection is closed after it.
   */
  public static ScimResponse unmetExpectation(String expect) {
    return error(
        417,
        "Expect " + expect + " cannot be met; only 100-continue is understood.",
        Map.of("Connection", "close"));
  }

  /**
   * The value of an {@code Expect} header that asks for more than {@code 100-continue}, or {@code
   * null} when there is none or it only asks for that.
   */
  public static @Nullable String unmetExpectation(@Nullable List<String> expect) {
    if (expect == null) {
      return null;
    }
    for (String value : expect) {
      for (String member : value.split(",", -1)) {
        String m = member.strip();
        if (!m.isEmpty() && !m.equalsIgnoreCase("100-continue")) {
          return String.join(", ", expect);
        }
      }
    }
    return null;
  }

  /** 505: a request line naming an HTTP version other than 1.0 and 1.1. Closes the connection. */
  public static ScimResponse versionNotSupported() {
    return error(505, "Send HTTP/1.1 (or HTTP/1.0).", Map.of("Connection", "close"));
  }

  /** 404: a path outside the mount point. */
  public static ScimResponse notFound(String detail) {
    return error(404, detail, Map.of());
  }

  /**
   * The handler's answer to {@code request}; a handler that throws instead of answering (breaking
   * its contract) is logged once at ERROR and answered with {@link #internalError()}. Both bindings
   * call the handler through here.
   */
  public static ScimResponse answer(ScimHandler handler, ScimRequest request) {
    try {
      return handler.handle(request);
    } catch (RuntimeException | StackOverflowError e) {
      LOG.log(Level.ERROR, "SCIM handler threw instead of answering with an error", e);
      return internalError();
    }
  }

  /** 500: the handler broke its contract and threw; nothing internal is revealed. */
  public static ScimResponse internalError() {
    return error(500, "The server could not answer the request.", Map.of());
  }

  static ScimResponse error(int status, String detail, Map<String, String> extraHeaders) {
    String json =
        "{\"schemas\":[\""
            + ERROR_URN
            + "\"],\"status\":\""
            + status
            + "\",\"detail\":"
            + quote(Responses.shorten(detail))
            + "}";
    java.util.HashMap<String, String> headers = new java.util.HashMap<>(extraHeaders);
    headers.put("Content-Type", ScimResponse.SCIM_JSON);
    return new ScimResponse(status, headers, json.getBytes(StandardCharsets.UTF_8));
  }

  /** A JSON string literal. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
