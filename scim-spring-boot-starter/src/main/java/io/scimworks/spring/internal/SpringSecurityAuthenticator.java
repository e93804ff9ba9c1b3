package io.scimworks.spring.internal;

import io.scimworks.server.spi.Authenticator;
import io.scimworks.server.spi.IncomingRequest;
import io.scimworks.server.spi.ScimPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Takes the caller from Spring Security's context, which its filter chain filled before the SCIM
 * servlet runs; an anonymous or missing authentication is no caller (401).
 */
public final class SpringSecurityAuthenticator implements Authenticator {

  /** An authenticator reading {@link SecurityContextHolder}. */
  public SpringSecurityAuthenticator() {}

  @Override
  public @Nullable ScimPrincipal authenticate(IncomingRequest request) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      return null;
    }
    return ScimPrincipal.named(auth.getName());
  }
}
