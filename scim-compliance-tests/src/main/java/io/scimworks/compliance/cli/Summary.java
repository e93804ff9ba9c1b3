package io.scimworks.compliance.cli;

import io.scimworks.compliance.CheckResult;
import io.scimworks.compliance.Outcome;
import io.scimworks.compliance.RunReport;
import io.scimworks.compliance.Severity;
import io.scimworks.compliance.Tag;
import java.io.PrintWriter;

/** The table printed at the end of a run: counts per tag, then every failure in one line. */
final class Summary {
  private Summary() {}

  static void print(RunReport report, PrintWriter out) {
    out.println("SCIM compliance: " + report.url());
    out.printf("%-12s %7s %7s %8s%n", "tag", "passed", "failed", "skipped");
    for (Tag tag : Tag.values()) {
      long p = count(report, tag, Outcome.PASSED);
      long f = count(report, tag, Outcome.FAILED);
      long s = count(report, tag, Outcome.SKIPPED);
      if (p + f + s > 0) {
        out.printf("%-12s %7d %7d %8d%n", tag.label(), p, f, s);
      }
    }
    out.printf(
        "%-12s %7d %7d %8d%n",
        "all",
        report.count(Outcome.PASSED),
        report.count(Outcome.FAILED),
        report.count(Outcome.SKIPPED));
    if (!report.failures().isEmpty()) {
      out.println();
      out.println("Failures:");
      for (CheckResult r : report.failures()) {
        out.printf(
            "  %-7s %s (%s)%n          %s%n",
            r.check().severity().label().toUpperCase(java.util.Locale.ROOT),
            r.check().id(),
            r.check().reference(),
            r.message());
      }
    }
    out.println();
    out.printf(
        "%s: %d must, %d should, %d interop checks failed; %d skipped (not advertised or not applicable). %d ms.%n",
        report.passed() ? "PASSED" : "FAILED",
        report.failed(Severity.MUST),
        report.failed(Severity.SHOULD),
        report.failed(Severity.INTEROP),
        report.count(Outcome.SKIPPED),
        report.duration().toMillis());
    if (report.leftovers() > 0) {
      out.println(
          "Warning: "
              + report.leftovers()
              + " test resources (named "
              + report.prefix()
              + "...) could not be deleted.");
    }
  }

  private static long count(RunReport report, Tag tag, Outcome outcome) {
    return report.results().stream()
        .filter(r -> r.outcome() == outcome && r.check().tags().contains(tag))
        .count();
  }
}
