package io.scimworks.core;

import io.scimworks.filter.FilterException;
import org.jspecify.annotations.Nullable;

/**
 * The one unchecked exception of SCIMworks: a SCIM protocol error carrying the HTTP status, the
 * optional {@code scimType} keyword and a detail meant for the client (RFC 7644 §3.12).
 *
 * <p>Servers render it as an error response; the client raises it for every non-2xx answer. Create
 * one with the factories, one per status and {@code scimType} (the constructors are for
 * subclasses):
 *
 * <pre>{@code
 * throw ScimException.of(ScimType.UNIQUENESS, "userName 'bjensen' is already taken");
 * throw ScimException.notFound("User 2819c223 not found");
 * }</pre>
 */
public class ScimException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status, 400 to 599. */
  private final int status;

  /** The {@code scimType} keyword, or {@code null}. */
  private final @Nullable String scimType;

  /** The detail for the client, or {@code null}. */
  private final @Nullable String detail;

  /**
   * Creates an error.
   *
   * @param status HTTP status, 400 to 599
   * @param scimType the {@code scimType} keyword, or {@code null}
   * @param detail a human-readable explanation for the client, or {@code null}
   * @param cause the underlying cause, or {@code null}
   */
  public ScimException(
      int status, @Nullable String scimType, @Nullable String detail, @Nullable Throwable cause) {
    super(message(status, scimType, detail), cause);
    this.status = status;
    this.scimType = scimType;
    this.detail = detail;
  }

  /**
   * Creates an error without a cause.
   *
   * @param status HTTP status, 400 to 599
   * @param scimType the {@code scimType} keyword, or {@code null}
   * @param detail a human-readable explanation for the client, or {@code null}
   */
  public ScimException(int status, @Nullable String scimType, @Nullable String detail) {
    this(status, scimType, detail, null);
  }

  /**
   * An error of a SCIM type with the status RFC 7644 §3.12 gives it.
   *
   * @param type the {@code scimType}; its {@link ScimType#status()} becomes the status
   * @param detail what went wrong, for the client
   * @return the error, to throw
   */
  public static ScimException of(ScimType type, String detail) {
    return new ScimException(type.status(), type.keyword(), detail);
  }

  /**
   * An error of a SCIM type with the status RFC 7644 §3.12 gives it, caused by {@code cause}.
   *
   * @param type the {@code scimType}; its {@link ScimType#status()} becomes the status
   * @param detail what went wrong, for the client
   * @param cause the underlying failure, kept for logs (never shown to the client)
   * @return the error, to throw
   */
  public static ScimException of(ScimType type, String detail, Throwable cause) {
    return new ScimException(type.status(), type.keyword(), detail, cause);
  }

  /**
   * An error received from elsewhere (an HTTP response, a bulk operation's result), whatever its
   * status.
   *
   * @param status the HTTP status as received
   * @param scimType the {@code scimType} keyword as received, or {@code null}
   * @param detail the detail as received, or {@code null}
   * @return the error, to throw
   */
  public static ScimException received(
      int status, @Nullable String scimType, @Nullable String detail) {
    return new ScimException(status, scimType, detail);
  }

  /**
   * 400 without a {@code scimType}: the request is malformed in a way no keyword names.
   *
   * @param detail what went wrong and, where it helps, what to do instead; sent to the client, so
   *     nothing internal
   * @return a 400 error without {@code scimType}, to throw
   */
  public static ScimException badRequest(String detail) {
    return new ScimException(400, null, detail);
  }

  /**
   * 401: the request carries no valid credential.
   *
   * @param detail what went wrong and, where it helps, what to do instead; sent to the client, so
   *     nothing internal
   * @return a 401 error, to throw
   */
  public static ScimException unauthorized(String detail) {
    return new ScimException(401, null, detail);
  }

  /**
   * 403: the caller is known but may not do this.
   *
   * @param detail what went wrong and, where it helps, what to do instead; sent to the client, so
   *     nothing internal
   * @return a 403 error, to throw
   */
  public static ScimException forbidden(String detail) {
    return new ScimException(403, null, detail);
  }

  /**
   * 404: the resource or endpoint does not exist.
   *
   * @param detail what went wrong and, where it helps, what to do instead; sent to the client, so
   *     nothing internal
   * @return a 404 error, to throw
   */
  public static ScimException notFound(String detail) {
    return new ScimException(404, null, detail);
  }

  /**
   * 409 without a {@code scimType} (e.g. a version conflict).
   *
   * @param detail what went wrong and, where it helps, what to do instead; sent to the client, so
   *     nothing internal
   * @return a 409 error without {@code scimType}, to throw
   */
  public static ScimException conflict(String detail) {
    return new ScimException(409, null, detail);
  }

  /**
   * 412: an {@code If-Match} precondition failed.
   *
   * @param detail what went wrong and, where it helps, what to do instead; sent to the client, so
   *     nothing internal
   * @return a 412 error, to throw
   */
  public static ScimException preconditionFailed(String detail) {
    return new ScimException(412, null, detail);
  }

  /**
   * 413: the request (or a bulk request's size or operation count) exceeds a limit.
   *
   * @param detail what went wrong and, where it helps, what to do instead; sent to the client, so
   *     nothing internal
   * @return a 413 error, to throw
   */
  public static ScimException payloadTooLarge(String detail) {
    return new ScimException(413, null, detail);
  }

  /**
   * 415: the request body is not JSON.
   *
   * @param detail what went wrong and, where it helps, what to do instead; sent to the client, so
   *     nothing internal
   * @return a 415 error, to throw
   */
  public static ScimException unsupportedMediaType(String detail) {
    return new ScimException(415, null, detail);
  }

  /**
   * 500 with a detail that reveals nothing internal; the cause stays in logs.
   *
   * @return a 500 error without {@code scimType} and with a generic detail, to throw
   */
  public static ScimException internalError() {
    return new ScimException(500, null, "Internal server error");
  }

  /**
   * 500 for a failure of the application's own code or configuration (not the client's).
   *
   * @param detail what failed
   * @param cause the underlying failure
   * @return the error, to throw
   */
  public static ScimException internalError(String detail, Throwable cause) {
    return new ScimException(500, null, detail, cause);
  }

  /**
   * 501: the service provider does not support the requested operation.
   *
   * @param detail what went wrong and, where it helps, what to do instead; sent to the client, so
   *     nothing internal
   * @return a 501 error, to throw
   */
  public static ScimException notImplemented(String detail) {
    return new ScimException(501, null, detail);
  }

  /**
   * 502: a SCIM service the client called answered something that cannot be right.
   *
   * @param detail what went wrong and, where it helps, what to do instead; sent to the client, so
   *     nothing internal
   * @return a 502 error, to throw
   */
  public static ScimException badGateway(String detail) {
    return new ScimException(502, null, detail);
  }

  /**
   * 503: a resource the server needs (e.g. its database) is unavailable for now.
   *
   * @param detail what went wrong and, where it helps, what to do instead; sent to the client, so
   *     nothing internal
   * @return a 503 error, to throw
   */
  public static ScimException serviceUnavailable(String detail) {
    return new ScimException(503, null, detail);
  }

  /**
   * 400 {@code invalidFilter} or {@code invalidPath} from a filter-language error.
   *
   * @param e the parse error; its {@code scimType} and message become this error's
   * @return a 400 error with the same {@code scimType} ({@code invalidFilter} or {@code
   *     invalidPath}) and the message as detail
   */
  public static ScimException from(FilterException e) {
    return new ScimException(400, e.scimType(), e.getMessage(), e);
  }

  /**
   * The HTTP status.
   *
   * @return the status, 400 to 599 for errors this library creates
   */
  public int status() {
    return status;
  }

  /**
   * The {@code scimType} keyword, or {@code null}.
   *
   * @return the keyword, e.g. {@code uniqueness}, or {@code null} when the error has none
   */
  public @Nullable String scimType() {
    return scimType;
  }

  /**
   * The detail meant for the client, or {@code null}.
   *
   * @return the detail, or {@code null} when the error has none
   */
  public @Nullable String detail() {
    return detail;
  }

  /**
   * The same error (status and {@code scimType}) with another detail, e.g. one that says where it
   * happened; this error becomes its cause.
   *
   * @param newDetail the detail of the returned error
   * @return a new error
   */
  public ScimException withDetail(String newDetail) {
    return new ScimException(status, scimType, newDetail, this);
  }

  private static String message(int status, @Nullable String scimType, @Nullable String detail) {
    StringBuilder sb = new StringBuilder().append(status);
    if (scimType != null) {
      sb.append(' ').append(scimType);
    }
    if (detail != null) {
      sb.append(": ").append(detail);
    }
    return sb.toString();
  }
}
