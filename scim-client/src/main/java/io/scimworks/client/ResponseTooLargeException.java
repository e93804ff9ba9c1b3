package io.scimworks.client;

import org.jspecify.annotations.Nullable;

/**
 * The service's response was larger than {@link ScimClientBuilder#maxResponseBytes(long)} allows.
 * The client stopped reading it (and closed the connection) as soon as it knew: from a {@code
 * Content-Length} over the limit before reading the body, or once the bytes received passed it.
 *
 * <p>Such a request is not retried: the same question would get the same oversized answer. A
 * service that legitimately sends more (a group with a very large {@code members} list, a huge
 * page) needs a larger limit, or smaller requests: a smaller {@link Search#pageSize(int)}, or
 * {@code excludedAttributes("members")}.
 */
public final class ResponseTooLargeException extends UnexpectedResponseException {
  private static final long serialVersionUID = 1L;

  /** The limit that was exceeded, in bytes. */
  private final long limit;

  /**
   * Creates one.
   *
   * @param httpStatus the status received
   * @param contentType the {@code Content-Type} received, or {@code null}
   * @param bodySnippet the beginning of the body, possibly empty
   * @param detail what was too large, and the limit
   * @param limit the limit that was exceeded, in bytes
   */
  public ResponseTooLargeException(
      int httpStatus, @Nullable String contentType, String bodySnippet, String detail, long limit) {
    super(httpStatus, contentType, bodySnippet, detail, null);
    this.limit = limit;
  }

  /** {@return the limit that was exceeded, in bytes} */
  public long limit() {
    return limit;
  }
}
