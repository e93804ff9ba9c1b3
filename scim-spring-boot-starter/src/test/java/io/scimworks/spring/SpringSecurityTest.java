package io.scimworks.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The SCIM path with and without Spring Security: delegated to Spring Security's authentication,
 * and served with SCIMworks' bearer tokens in an application that has no Spring Security at all.
 */
class SpringSecurityTest {
  private static final String USER =
      "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],";

  @Test
  void delegatedAuthenticationLetsSpringSecuritysUserInAndAnswersOthersInScimFormat() {
    try (ConfigurableApplicationContext app =
        BootApps.start(BootApps.WorkspaceApp.class, "scimworks.authentication=spring-security")) {
      String base = BootApps.baseUrl(app) + "/scim/v2";

      Http.Reply created =
          Http.basic(base, "admin", BootApps.ADMIN_PASSWORD)
              .post("/Users", USER + "\"userName\":\"" + UUID.randomUUID() + "\"}");
      assertThat(created.status()).as(created.toString()).isEqualTo(201);

      Http.Reply refused = Http.basic(base, "admin", "wrong").get("/Users");
      assertThat(refused.status()).isEqualTo(401);
      assertThat(refused.header("Content-Type")).startsWith("application/scim+json");
      assertThat(refused.json().get("status").asString()).isEqualTo("401");
      assertThat(Http.bearer(base, "any").get("/Users").status()).isEqualTo(401);
    }
  }

  @Test
  void withoutSpringSecurityTheBearerTokensStillGuardTheEndpoint() {
    try (ConfigurableApplicationContext app =
        BootApps.start(
            BootApps.WorkspaceApp.class,
            "scimworks.tokens=plain-token",
            "spring.autoconfigure.exclude="
                + "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration,"
                + "org.springframework.boot.security.autoconfigure.web.servlet."
                + "ServletWebSecurityAutoConfiguration,"
                + "org.springframework.boot.security.autoconfigure.web.servlet."
                + "SecurityFilterAutoConfiguration,"
                + "org.springframework.boot.security.autoconfigure.actuate.web.servlet."
                + "ManagementWebSecurityAutoConfiguration,"
                + "org.springframework.boot.security.autoconfigure."
                + "UserDetailsServiceAutoConfiguration")) {
      String base = BootApps.baseUrl(app) + "/scim/v2";
      assertThat(
              Http.bearer(base, "plain-token")
                  .post("/Users", USER + "\"userName\":\"u1\"}")
                  .status())
          .isEqualTo(201);
      assertThat(Http.bearer(base, "other").get("/Users").status()).isEqualTo(401);
      assertThat(
              app.getBeanNamesForType(org.springframework.security.web.SecurityFilterChain.class))
          .isEmpty();
    }
  }
}
