package io.scimworks.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.scimworks.spring.internal.ScimFailureAnalyzer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

/** A misconfigured application fails at start-up with a message that says what to declare. */
class StartupFailureTest {
  private static final String USER =
      "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],";

  /** A start-up that fails on purpose logs its failure; the test asserts it instead. */
  private static final String QUIET = "logging.level.root=OFF";

  @Test
  void aMissingRepositoryBeanFailsStartUpNamingWhatToDeclare() {
    Throwable failure =
        catchThrowable(
            () -> BootApps.start(BootApps.NoStorageApp.class, "scimworks.tokens=t", QUIET));

    FailureAnalysis analysis = new ScimFailureAnalyzer().analyze(failure);
    assertThat(analysis).isNotNull();
    assertThat(analysis.getDescription()).contains("no storage").contains("no Repository bean");
    assertThat(analysis.getAction())
        .contains("@ScimResource(\"User\")")
        .contains("scimworks.in-memory=true");
  }

  @Test
  void noTokenAndNoAuthenticatorFailsStartUpInsteadOfServingAnOpenEndpoint() {
    Throwable failure = catchThrowable(() -> BootApps.start(BootApps.WorkspaceApp.class, QUIET));

    FailureAnalysis analysis = new ScimFailureAnalyzer().analyze(failure);
    assertThat(analysis).isNotNull();
    assertThat(analysis.getDescription()).contains("scimworks.tokens is empty");
    assertThat(analysis.getAction()).contains("Authenticator bean");
  }

  @Test
  void anImpossibleLimitFailsStartUpNamingTheProperty() {
    Throwable failure =
        catchThrowable(
            () ->
                BootApps.start(
                    BootApps.WorkspaceApp.class,
                    "scimworks.tokens=t",
                    "scimworks.default-count=500",
                    "scimworks.max-results=10",
                    QUIET));

    FailureAnalysis analysis = new ScimFailureAnalyzer().analyze(failure);
    assertThat(analysis).isNotNull();
    assertThat(analysis.getDescription()).contains("defaultCount must not exceed maxCount");
  }

  @Test
  void aPublicBaseUrlPropertyMakesLocationsIgnoreTheRequestsHost() {
    try (ConfigurableApplicationContext app =
        BootApps.start(
            BootApps.WorkspaceApp.class,
            "scimworks.tokens=t",
            "scimworks.public-base-url=https://scim.example.com/scim/v2")) {
      Http scim = Http.bearer(BootApps.baseUrl(app) + "/scim/v2", "t");
      Http.Reply created =
          scim.send(
              "POST",
              "/Users",
              USER + "\"userName\":\"located\"}",
              java.util.Map.of("X-Forwarded-Host", "evil.example"));
      assertThat(created.header("Location")).startsWith("https://scim.example.com/scim/v2/Users/");
    }
  }

  @Test
  void inMemoryStorageIsServedOnlyWhenAskedFor() {
    try (ConfigurableApplicationContext app =
        BootApps.start(
            BootApps.NoStorageApp.class, "scimworks.tokens=t", "scimworks.in-memory=true")) {
      Http scim = Http.bearer(BootApps.baseUrl(app) + "/scim/v2", "t");
      assertThat(scim.post("/Users", USER + "\"userName\":\"bjensen\"}").status()).isEqualTo(201);
      assertThat(scim.get("/Groups").status()).isEqualTo(200);
    }
  }

  @Test
  void theEndpointCanBeTurnedOff() {
    try (ConfigurableApplicationContext app =
        BootApps.start(BootApps.NoStorageApp.class, "scimworks.enabled=false")) {
      Http scim = Http.bearer(BootApps.baseUrl(app) + "/scim/v2", "t");
      assertThat(scim.get("/Users").status()).isNotEqualTo(200);
    }
  }
}
