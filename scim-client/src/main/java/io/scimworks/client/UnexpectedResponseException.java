package io.scimworks.client;

import io.scimworks.core.ScimException;
import org.jspecify.annotations.Nullable;

/**
 * The server answered with something that is not SCIM: an HTML error page from a proxy, an empty
 * 502, truncated or malformed JSON, a success body the client cannot use.
 *
 * <p>{@link #status()} is the HTTP status of the response when it was an error, and 502 (Bad
 * Gateway) when a 2xx response carried an unusable body. {@link #httpStatus()} is always the status
 * actually received, and {@link #bodySnippet()} the beginning of the body, to see what answered.
 *
 * <p>A response too large to read at all is the subtype {@link ResponseTooLargeException}; a
 * redirect, which the client never follows, is {@link RedirectException}.
 */
public sealed class UnexpectedResponseException extends ScimException
    permits ResponseTooLargeException, RedirectException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status actually received. */
  private final int httpStatus;

  /** The {@code Content-Type} received, or {@code null}. */
  private final @Nullable String contentType;

  /** The beginning of the body, whitespace collapsed; empty without a body. */
  private final String bodySnippet;

  /**
   * Creates one.
   *
   * @param httpStatus the status received
   * @param contentType the {@code Content-Type} received, or {@code null}
   * @param bodySnippet the beginning of the body, possibly empty
   * @param detail what was wrong with the response
   * @param cause a parse failure, or {@code null}
   */
  public UnexpectedResponseException(
      int httpStatus,
      @Nullable String contentType,
      String bodySnippet,
      String detail,
      @Nullable Throwable cause) {
    super(httpStatus >= 400 && httpStatus <= 599 ? httpStatus : 502, null, detail, cause);
    this.httpStatus = httpStatus;
    this.contentType = contentType;
    this.bodySnippet = bodySnippet;
  }

  /** {@return the HTTP status actually received} */
  public int httpStatus() {
    return httpStatus;
  }

  /** {@return the {@code Content-Type} received, or {@code null} when there was none} */
  public @Nullable String contentType() {
    return contentType;
  }

  /** {@return the beginning of the body with whitespace collapsed; empty when there was no body} */
  public String bodySnippet() {
    return bodySnippet;
  }
}
