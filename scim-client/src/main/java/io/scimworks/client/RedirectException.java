package io.scimworks.client;

import org.jspecify.annotations.Nullable;

/**
 * The service answered with a redirect ({@code 3xx} other than {@code 304}), which the client does
 * not follow: the request would go, with its {@code Authorization} header, to whatever address the
 * redirect names, another host included. Java's {@code HttpClient} does forward that header when it
 * follows a redirect, which is why {@link ScimClientBuilder#httpClient} refuses one that follows
 * redirects.
 *
 * <p>A service that moved, or that redirects {@code http} to {@code https}, is reached by giving
 * the new address ({@link #location()}) as the base URI, once you trust it. Not retried: the same
 * request would be redirected again.
 */
public final class RedirectException extends UnexpectedResponseException {
  private static final long serialVersionUID = 1L;

  /** The {@code Location} the service pointed to, resolved against the request, or null. */
  private final @Nullable String location;

  /**
   * Creates one.
   *
   * @param httpStatus the status received, 300 to 399
   * @param contentType the {@code Content-Type} received, or {@code null}
   * @param bodySnippet the beginning of the body, possibly empty
   * @param detail what was asked, what answered and where it pointed
   * @param location the address the service pointed to, or {@code null} when it named none
   */
  public RedirectException(
      int httpStatus,
      @Nullable String contentType,
      String bodySnippet,
      String detail,
      @Nullable String location) {
    super(httpStatus, contentType, bodySnippet, detail, null);
    this.location = location;
  }

  /**
   * {@return the address the redirect named ({@code Location}, resolved against the request's URI),
   * or {@code null} when it named none or one that is not a URI}
   */
  public @Nullable String location() {
    return location;
  }
}
