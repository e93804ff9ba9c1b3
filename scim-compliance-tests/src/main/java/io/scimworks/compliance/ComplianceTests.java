package io.scimworks.compliance;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Runs the catalogue in a JUnit 5 build: one dynamic test per check, grouped by its first tag;
 * failed checks fail, skipped checks are reported as aborted with the reason.
 *
 * <pre>{@code
 * class MyServiceComplianceTest {
 *   @TestFactory
 *   Stream<DynamicNode> scimCompliance() {
 *     return ComplianceTests.of(ComplianceRun.builder()
 *         .url(URI.create("http://localhost:" + port + "/scim/v2"))
 *         .token(token)
 *         .profiles(Set.of(Profile.CORE, Profile.ENTRA)));
 *   }
 * }
 * }</pre>
 *
 * <p>Needs {@code junit-jupiter-api} on the test class path (this module declares it optional).
 */
@SuppressWarnings("exports") // JUnit is optional: only test class paths use this entry point
public final class ComplianceTests {
  private ComplianceTests() {}

  /**
   * Runs the checks now and returns their results as dynamic tests.
   *
   * @param run the run's configuration (url, token, profiles...)
   * @return one container per tag holding one test per check; a failed check's test fails with its
   *     message, a skipped one is aborted
   */
  public static Stream<DynamicNode> of(ComplianceRun.Builder run) {
    return of(run.build().run());
  }

  /**
   * Runs every check of every profile against a target now and returns the results as dynamic
   * tests.
   *
   * @param url the target's base URL
   * @param token the bearer token it accepts
   * @return the results as by {@link #of(RunReport)}
   */
  public static Stream<DynamicNode> of(URI url, String token) {
    return of(ComplianceRun.builder().url(url).token(token));
  }

  /**
   * The results of a finished run as dynamic tests.
   *
   * @param report the run's results
   * @return one container per tag (the first of a check's tags, alphabetically) holding one test
   *     per check; a failed check's test fails with its message, a skipped one is aborted
   */
  public static Stream<DynamicNode> of(RunReport report) {
    Map<String, List<DynamicNode>> byTag = new LinkedHashMap<>();
    for (CheckResult r : report.results()) {
      String group = r.check().tags().stream().map(Tag::label).sorted().findFirst().orElse("other");
      byTag
          .computeIfAbsent(group, g -> new ArrayList<>())
          .add(
              DynamicTest.dynamicTest(r.check().id() + ": " + r.check().title(), () -> verdict(r)));
    }
    return byTag.entrySet().stream()
        .map(e -> DynamicContainer.dynamicContainer(e.getKey(), e.getValue().stream()));
  }

  private static void verdict(CheckResult r) {
    switch (r.outcome()) {
      case PASSED -> {}
      case SKIPPED -> throw new TestAbortedException(r.message());
      case FAILED ->
          throw new AssertionFailedError(
              "["
                  + r.check().severity().label()
                  + ", "
                  + r.check().reference()
                  + "] "
                  + r.message()
                  + lastExchange(r));
    }
  }

  private static String lastExchange(CheckResult r) {
    if (r.exchanges().isEmpty()) {
      return "";
    }
    Exchange e = r.exchanges().get(r.exchanges().size() - 1);
    return "\n  last request: " + e.method() + " " + e.url() + " -> " + e.status();
  }
}
