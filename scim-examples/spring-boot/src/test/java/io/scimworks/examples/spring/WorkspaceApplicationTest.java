package io.scimworks.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.compliance.CheckResult;
import io.scimworks.compliance.ComplianceRun;
import io.scimworks.compliance.Outcome;
import io.scimworks.compliance.RunReport;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sample app as it ships (starter, JDBC store on H2), started on a random port: the whole
 * compliance catalogue runs against it over HTTP and passes.
 */
class WorkspaceApplicationTest {
  private static final String TOKEN = "sample-app-token";
  private static ConfigurableApplicationContext app;
  private static URI scim;

  @BeforeAll
  static void start() {
    app =
        new SpringApplicationBuilder(WorkspaceApplication.class)
            .run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:sample;DB_CLOSE_DELAY=-1",
                "--scimworks.tokens=" + TOKEN,
                "--logging.level.root=WARN");
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    scim = URI.create("http://127.0.0.1:" + port + "/scim/v2");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void theComplianceCataloguePassesAgainstTheSpringBootAppOnTheJdbcStore() {
    RunReport report = ComplianceRun.builder().url(scim).token(TOKEN).build().run();

    List<String> failures =
        report.failures().stream().map(r -> r.check().id() + ": " + r.message()).toList();
    assertThat(failures).as("failed checks").isEmpty();
    assertThat(report.count(Outcome.PASSED)).isGreaterThan(50);
    assertThat(report.leftovers()).as("resources left behind").isZero();
    List<String> skipped =
        report.results().stream()
            .filter(r -> r.outcome() == Outcome.SKIPPED)
            .map(CheckResult::message)
            .toList();
    assertThat(skipped).as("skipped checks").allSatisfy(m -> assertThat(m).isNotBlank());
  }
}
