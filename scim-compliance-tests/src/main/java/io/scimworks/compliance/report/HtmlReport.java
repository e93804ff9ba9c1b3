package io.scimworks.compliance.report;

import static io.scimworks.compliance.report.Text.escape;

import io.scimworks.compliance.CheckResult;
import io.scimworks.compliance.Exchange;
import io.scimworks.compliance.Outcome;
import io.scimworks.compliance.RunReport;
import io.scimworks.compliance.Severity;
import io.scimworks.core.json.ScimJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A run as one self-contained HTML page: a summary, then every check with its RFC reference; a
 * failed check shows what was expected and every request and response it sent (token masked), so
 * that someone who has never seen the suite can tell what went wrong.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /**
   * Writes the page in UTF-8.
   *
   * @param report the run's results
   * @param file where to write it; replaced if it exists
   * @throws IOException when the file cannot be written
   */
  public static void write(RunReport report, Path file) throws IOException {
    Files.writeString(file, render(report), StandardCharsets.UTF_8);
  }

  /**
   * The page, with its styles inline and no external resource.
   *
   * @param report the run's results
   * @return the HTML document
   */
  public static String render(RunReport report) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>SCIM compliance report: ")
        .append(escape(report.url()))
        .append("</title><style>")
        .append(
            "body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
                + "table{border-collapse:collapse;width:100%}td,th{padding:4px 8px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}"
                + ".passed{color:#1a7f37}.failed{color:#cf222e;font-weight:bold}.skipped{color:#777}"
                + "pre{background:#f6f8fa;padding:8px;white-space:pre-wrap;word-break:break-all;max-height:30em;overflow:auto}"
                + "details{margin:4px 0}.summary td{border:none}.expect{background:#fff8c5;padding:6px}")
        .append("</style></head><body>\n");
    h.append("<h1>SCIM compliance report</h1>\n<table class=\"summary\">")
        .append(row("Target", report.url()))
        .append(row("Started", report.started().toString()))
        .append(row("Duration", report.duration().toMillis() + " ms"))
        .append(
            row(
                "Verdict",
                report.passed() ? "PASSED (no must check failed)" : "FAILED (a must check failed)"))
        .append(
            row(
                "Checks",
                report.count(Outcome.PASSED)
                    + " passed, "
                    + report.count(Outcome.FAILED)
                    + " failed ("
                    + report.failed(Severity.MUST)
                    + " must, "
                    + report.failed(Severity.SHOULD)
                    + " should, "
                    + report.failed(Severity.INTEROP)
                    + " interop), "
                    + report.count(Outcome.SKIPPED)
                    + " skipped"))
        .append(
            row(
                "Test data prefix",
                report.prefix() + " (" + report.leftovers() + " resources left behind)"))
        .append("</table>\n");
    List<CheckResult> failures = report.failures();
    if (!failures.isEmpty()) {
      h.append("<h2>Failures</h2>\n");
      for (CheckResult r : failures) {
        failure(h, r);
      }
    }
    h.append(
        "<h2>All checks</h2>\n<table><tr><th>Check</th><th>Severity</th><th>Reference</th><th>Outcome</th><th>Note</th></tr>\n");
    for (CheckResult r : report.results()) {
      h.append("<tr><td><code>")
          .append(escape(r.check().id()))
          .append("</code><br>")
          .append(escape(r.check().title()))
          .append("</td><td>")
          .append(r.check().severity().label())
          .append("</td><td>")
          .append(escape(r.check().reference()))
          .append("</td><td class=\"")
          .append(r.outcome().label())
          .append("\">")
          .append(r.outcome().label())
          .append("</td><td>")
          .append(escape(r.message()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n</body></html>\n");
    return h.toString();
  }

  private static void failure(StringBuilder h, CheckResult r) {
    h.append("<h3 class=\"failed\" id=\"")
        .append(escape(r.check().id()))
        .append("\">")
        .append(escape(r.check().id()))
        .append(" (")
        .append(r.check().severity().label())
        .append(")</h3>\n<p>")
        .append(escape(r.check().title()))
        .append(". <em>")
        .append(escape(r.check().reference()))
        .append("</em></p>\n<p class=\"expect\">")
        .append(escape(r.message()))
        .append("</p>\n");
    int n = 0;
    for (Exchange e : r.exchanges()) {
      n++;
      h.append("<details")
          .append(n == r.exchanges().size() ? " open" : "")
          .append("><summary>")
          .append(escape(e.method() + " " + e.url()))
          .append(" &rarr; ")
          .append(e.status() == 0 ? "no response" : String.valueOf(e.status()))
          .append("</summary><pre>")
          .append(escape(requestText(e)))
          .append("</pre><pre>")
          .append(escape(responseText(e)))
          .append("</pre></details>\n");
    }
  }

  static String requestText(Exchange e) {
    StringBuilder s = new StringBuilder(e.method()).append(' ').append(e.url()).append('\n');
    headers(s, e.requestHeaders());
    if (!e.requestBody().isEmpty()) {
      s.append('\n').append(pretty(e.requestBody()));
    }
    return s.toString();
  }

  static String responseText(Exchange e) {
    if (e.status() == 0) {
      return "(no response)";
    }
    StringBuilder s = new StringBuilder("HTTP ").append(e.status()).append('\n');
    headers(s, e.responseHeaders());
    if (!e.responseBody().isEmpty()) {
      s.append('\n').append(pretty(e.responseBody()));
    }
    return s.toString();
  }

  private static void headers(StringBuilder s, Map<String, List<String>> headers) {
    headers.forEach(
        (k, v) -> v.forEach(value -> s.append(k).append(": ").append(value).append('\n')));
  }

  private static String pretty(String body) {
    try {
      return ScimJson.writePretty(ScimJson.read(body));
    } catch (RuntimeException e) {
      return body;
    }
  }

  private static String row(String name, String value) {
    return "<tr><th>" + escape(name) + "</th><td>" + escape(value) + "</td></tr>";
  }
}
