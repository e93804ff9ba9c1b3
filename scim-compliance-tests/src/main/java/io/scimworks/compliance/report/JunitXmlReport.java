package io.scimworks.compliance.report;

import static io.scimworks.compliance.report.Text.escape;

import io.scimworks.compliance.CheckResult;
import io.scimworks.compliance.Exchange;
import io.scimworks.compliance.Outcome;
import io.scimworks.compliance.RunReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A run as JUnit XML (one {@code testcase} per check), the format CI servers read. */
public final class JunitXmlReport {
  private JunitXmlReport() {}

  /**
   * Writes the XML in UTF-8.
   *
   * @param report the run's results
   * @param file where to write it; replaced if it exists
   * @throws IOException when the file cannot be written
   */
  public static void write(RunReport report, Path file) throws IOException {
    Files.writeString(file, render(report), StandardCharsets.UTF_8);
  }

  /**
   * The XML: one {@code testsuite}, one {@code testcase} per check, failed checks with a {@code
   * failure} and skipped ones with {@code skipped}, as CI servers read it.
   *
   * @param report the run's results
   * @return the document
   */
  public static String render(RunReport report) {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.append("<testsuite name=\"scim-compliance\" tests=\"")
        .append(report.results().size())
        .append("\" failures=\"")
        .append(report.count(Outcome.FAILED))
        .append("\" errors=\"0\" skipped=\"")
        .append(report.count(Outcome.SKIPPED))
        .append("\" time=\"")
        .append(seconds(report.duration().toMillis()))
        .append("\" timestamp=\"")
        .append(report.started())
        .append("\">\n  <properties><property name=\"target\" value=\"")
        .append(escape(report.url()))
        .append("\"/></properties>\n");
    for (CheckResult r : report.results()) {
      x.append("  <testcase classname=\"scim.")
          .append(r.check().severity().label())
          .append("\" name=\"")
          .append(escape(r.check().id() + ": " + r.check().title()))
          .append("\" time=\"")
          .append(seconds(r.duration().toMillis()))
          .append("\"");
      if (r.outcome() == Outcome.PASSED) {
        x.append("/>\n");
        continue;
      }
      x.append(">\n");
      if (r.outcome() == Outcome.SKIPPED) {
        x.append("    <skipped message=\"").append(escape(r.message())).append("\"/>\n");
      } else {
        x.append("    <failure message=\"")
            .append(escape(r.message()))
            .append("\" type=\"")
            .append(r.check().severity().label())
            .append("\">")
            .append(escape(r.check().reference()))
            .append('\n');
        for (Exchange e : r.exchanges()) {
          x.append(escape(HtmlReport.requestText(e)))
              .append('\n')
              .append(escape(HtmlReport.responseText(e)))
              .append("\n\n");
        }
        x.append("</failure>\n");
      }
      x.append("  </testcase>\n");
    }
    x.append("</testsuite>\n");
    return x.toString();
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
  }
}
