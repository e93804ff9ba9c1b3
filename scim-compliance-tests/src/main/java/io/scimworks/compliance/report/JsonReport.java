package io.scimworks.compliance.report;

import io.scimworks.compliance.CheckResult;
import io.scimworks.compliance.Exchange;
import io.scimworks.compliance.Outcome;
import io.scimworks.compliance.Profile;
import io.scimworks.compliance.RunReport;
import io.scimworks.compliance.Tag;
import io.scimworks.core.json.ScimJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A run as JSON, for scripts: a summary and every result with its exchanges when it failed. */
public final class JsonReport {
  private JsonReport() {}

  /**
   * Writes the JSON, pretty-printed in UTF-8.
   *
   * @param report the run's results
   * @param file where to write it; replaced if it exists
   * @throws IOException when the file cannot be written
   */
  public static void write(RunReport report, Path file) throws IOException {
    Files.writeString(file, ScimJson.writePretty(render(report)), StandardCharsets.UTF_8);
  }

  /**
   * The JSON tree: the target, the totals, and every check with its outcome, message and exchanges
   * (token masked).
   *
   * @param report the run's results
   * @return a new tree
   */
  public static ObjectNode render(RunReport report) {
    ObjectNode root = ScimJson.object();
    root.put("target", report.url());
    root.put("started", report.started().toString());
    root.put("durationMillis", report.duration().toMillis());
    root.put("passed", report.passed());
    root.put("prefix", report.prefix());
    root.put("leftovers", report.leftovers());
    ObjectNode counts = root.putObject("counts");
    for (Outcome o : Outcome.values()) {
      counts.put(o.label(), report.count(o));
    }
    ArrayNode results = root.putArray("results");
    for (CheckResult r : report.results()) {
      ObjectNode n = results.addObject();
      n.put("id", r.check().id());
      n.put("title", r.check().title());
      n.put("reference", r.check().reference());
      n.put("severity", r.check().severity().label());
      ArrayNode tags = n.putArray("tags");
      r.check().tags().stream().map(Tag::label).sorted().forEach(tags::add);
      ArrayNode profiles = n.putArray("profiles");
      r.check().profiles().stream().map(Profile::label).sorted().forEach(profiles::add);
      n.put("outcome", r.outcome().label());
      n.put("message", r.message());
      n.put("durationMillis", r.duration().toMillis());
      if (r.outcome() == Outcome.FAILED) {
        ArrayNode ex = n.putArray("exchanges");
        for (Exchange e : r.exchanges()) {
          ObjectNode x = ex.addObject();
          x.put("method", e.method());
          x.put("url", e.url());
          x.put("requestBody", e.requestBody());
          x.put("status", e.status());
          x.put("responseBody", e.responseBody());
        }
      }
    }
    return root;
  }
}
