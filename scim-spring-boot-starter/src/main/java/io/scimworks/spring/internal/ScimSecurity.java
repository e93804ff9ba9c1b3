package io.scimworks.spring.internal;

import io.scimworks.spring.ScimWorksProperties;
import io.scimworks.spring.ScimWorksProperties.Authentication;
import java.nio.charset.StandardCharsets;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Spring Security filter chain of the SCIM path. SCIM clients are machines: no CSRF token, no
 * session, no login page. With {@link Authentication#SCIMWORKS} the chain lets every request
 * through to the SCIM servlet, which checks the bearer token itself; with {@link
 * Authentication#SPRING_SECURITY} it requires an authenticated caller (HTTP Basic unless the
 * application declares its own chain for the path) and answers a refusal in the SCIM error format.
 */
public final class ScimSecurity {
  private ScimSecurity() {}

  /** The chain for {@code properties.getBasePath()} and below. */
  public static SecurityFilterChain chain(HttpSecurity http, ScimWorksProperties properties)
      throws Exception {
    String base =
        properties.getBasePath().endsWith("/")
            ? properties.getBasePath()
            : properties.getBasePath() + "/";
    http.securityMatcher(base + "**")
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    if (properties.getAuthentication() == Authentication.SCIMWORKS) {
      http.authorizeHttpRequests(a -> a.anyRequest().permitAll());
    } else {
      AuthenticationEntryPoint scimError =
          (request, response, e) -> {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Basic realm=\"SCIM\"");
            response.setContentType("application/scim+json");
            response
                .getOutputStream()
                .write(
                    ("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],"
                            + "\"status\":\"401\",\"detail\":\"Authentication is required.\"}")
                        .getBytes(StandardCharsets.UTF_8));
          };
      http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
          .httpBasic(basic -> basic.authenticationEntryPoint(scimError))
          .exceptionHandling(e -> e.authenticationEntryPoint(scimError));
    }
    return http.build();
  }
}
