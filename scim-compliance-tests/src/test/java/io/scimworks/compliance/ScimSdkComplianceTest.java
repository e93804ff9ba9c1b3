package io.scimworks.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The catalogue against another Java library's server: SCIM-SDK 1.30.0 behind a JDK HttpServer
 * ({@link ScimSdkServer}). The run completes and fails exactly the checks docs/COMPLIANCE.md lists
 * with their RFC sections, so a change on either side (a new or corrected check, another SDK
 * version) shows up here and the document is updated with it.
 */
class ScimSdkComplianceTest {

  /** Faults against a `must` of the RFCs. */
  static final Set<String> MUST =
      Set.of(
          "discovery.schemas-cover-types",
          "etag.if-match-list",
          "etag.if-match-star",
          "filter.value-path-same-element",
          "filter.unicode-escape",
          "filter.escaped-quote",
          "filter.extension-attribute",
          "filter.deep-nesting",
          "patch.read-only-id",
          "patch.read-only-meta",
          "patch.read-only-groups",
          "paging.count-zero",
          "paging.negative-count",
          "paging.beyond-end",
          "bulk.too-many",
          "bulk.too-large");

  /** Faults against a `should` of the RFCs (a missing or non-standard scimType among them). */
  static final Set<String> SHOULD =
      Set.of(
          "crud.missing-userName",
          "crud.wrong-type",
          "crud.invalid-json",
          "crud.unpaired-surrogate",
          "filter.invalid-trailing-input",
          "filter.invalid-unknown-operator",
          "patch.invalid-json",
          "patch.group-add-existing-member",
          "projection.attributes-on-post",
          "errors.plain-json-content-type");

  /** What Entra ID sends or expects beyond the RFCs. */
  static final Set<String> INTEROP =
      Set.of(
          "filter.miss-resources-array",
          "patch.filtered-add-creates",
          "patch.manager-bare-id",
          "patch.group-remove-member-by-value");

  @Test
  void theRunCompletesAndFailsExactlyTheDocumentedChecks() {
    RunReport report;
    try (ScimSdkServer server = new ScimSdkServer()) {
      report = ComplianceRun.builder().url(server.url()).token(Servers.TOKEN).build().run();
    }
    assertThat(report.results()).hasSize(ComplianceRun.catalogue().size());
    assertThat(report.leftovers()).as("resources left behind").isZero();
    assertThat(failed(report, Severity.MUST)).isEqualTo(new TreeSet<>(MUST));
    assertThat(failed(report, Severity.SHOULD)).isEqualTo(new TreeSet<>(SHOULD));
    assertThat(failed(report, Severity.INTEROP)).isEqualTo(new TreeSet<>(INTEROP));
  }

  private static Set<String> failed(RunReport report, Severity severity) {
    return report.failures().stream()
        .filter(r -> r.check().severity() == severity)
        .map(r -> r.check().id())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
