package io.scimworks.server.spi;

import io.scimworks.server.ScimRequest;
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
   * The caller of {@code request}, or {@code null} when it is not authenticated. May throw a {@link
   * io.scimworks.core.ScimException} (e.g. 403) to answer with that error instead.
   */
  @Nullable ScimPrincipal authenticate(ScimRequest request);

  /** The {@code WWW-Authenticate} challenge sent with a 401. */
  default String challenge() {
    return "Bearer realm=\"SCIM\"";
  }
}
