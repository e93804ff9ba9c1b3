package io.scimworks.core;

import io.scimworks.filter.FilterException;
import org.jspecify.annotations.Nullable;

/**
 * The one unchecked exception of SCIMworks: a SCIM protocol error carrying the HTTP status, the
 * optional {@code scimType} keyword and a detail meant for the client (RFC 7644 §3.12).
 *
 * <p>Servers render it as an error response; the client raises it for every non-2xx answer. Create
 * one with the factories:
 *
 * <pre>{@code
 * throw ScimException.of(ScimType.UNIQUENESS, "userName 'bjensen' is already taken");
 * throw ScimException.notFound("User 2819c223 not found");
 * }</pre>
 */
public class ScimException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final @Nullable String scimType;
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

  /** Creates an error without a cause. */
  public ScimException(int status, @Nullable String scimType, @Nullable String detail) {
    this(status, scimType, detail, null);
  }

  /** An error of the given type with its usual status. */
  public static ScimException of(ScimType type, String detail) {
    return new ScimException(type.status(), type.keyword(), detail);
  }

  /** 400 without a {@code scimType}. */
  public static ScimException badRequest(String detail) {
    return new ScimException(400, null, detail);
  }

  /** 404: the resource or endpoint does not exist. */
  public static ScimException notFound(String detail) {
    return new ScimException(404, null, detail);
  }

  /** 409 without a {@code scimType} (e.g. a version conflict). */
  public static ScimException conflict(String detail) {
    return new ScimException(409, null, detail);
  }

  /** 412: an {@code If-Match} precondition failed. */
  public static ScimException preconditionFailed(String detail) {
    return new ScimException(412, null, detail);
  }

  /** 501: the service provider does not support the requested operation. */
  public static ScimException notImplemented(String detail) {
    return new ScimException(501, null, detail);
  }

  /** 400 {@code invalidFilter} or {@code invalidPath} from a filter-language error. */
  public static ScimException from(FilterException e) {
    return new ScimException(400, e.scimType(), e.getMessage(), e);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The {@code scimType} keyword, or {@code null}. */
  public @Nullable String scimType() {
    return scimType;
  }

  /** The detail meant for the client, or {@code null}. */
  public @Nullable String detail() {
    return detail;
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
