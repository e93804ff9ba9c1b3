package io.scimworks.server.spi;

import org.jspecify.annotations.Nullable;

/**
 * Decides who sent a request. The server answers 401 with {@code WWW-Authenticate} and a SCIM error
 * body when this returns {@code null}.
 *
 * <pre>{@code
 * Authenticator byHeader = request ->
 *     "s3cret".equals(request.header("X-Api-Key")) ? ScimPrincipal.named("api-key") : null;
 * }</pre>
 *
 * See {@link io.scimworks.server.BearerTokens} for the built-in bearer-token authenticator.
 */
@FunctionalInterface
public interface Authenticator {

  /** Lets every request in as {@link ScimPrincipal#ANONYMOUS}; for tests and demos only. */
  Authenticator NONE = request -> ScimPrincipal.ANONYMOUS;

  /**
   * Identifies the caller of a request.
   *
   * @param request the request's method, path and headers (the body is not read yet)
   * @return the caller, or {@code null} when the request is not authenticated (the server answers
   *     401 with {@link #challenge()})
   * @throws io.scimworks.core.ScimException to answer with that error instead (e.g. 403)
   */
  @Nullable ScimPrincipal authenticate(IncomingRequest request);

  /**
   * The {@code WWW-Authenticate} challenge sent with a 401.
   *
   * @return the header value; {@code Bearer realm="SCIM"} by default
   */
  default String challenge() {
    return "Bearer realm=\"SCIM\"";
  }
}
