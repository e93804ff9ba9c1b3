package io.scimworks.provisioning.cli;

import io.scimworks.provisioning.Action;
import io.scimworks.provisioning.CycleResult;
import io.scimworks.provisioning.Exchange;
import io.scimworks.provisioning.OnDemandResult;
import io.scimworks.provisioning.ProvisioningRecord;
import io.scimworks.provisioning.Status;
import java.io.PrintWriter;
import java.util.Locale;

/** The command's printed output: the summary table and the on-demand steps. */
final class Reports {
  private Reports() {}

  static void summary(CycleResult r, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "cycle %d (%s): %s in %.1f s: %s%n",
        r.cycle(),
        r.initial() ? "initial" : "incremental",
        r.outcome(),
        r.duration().toMillis() / 1000.0,
        r.detail());
    out.printf(Locale.ROOT, "%-8s", "");
    for (Status s : Status.values()) {
      out.printf(Locale.ROOT, "%10s", s.name().toLowerCase(Locale.ROOT));
    }
    out.println();
    for (Action a : Action.values()) {
      out.printf(Locale.ROOT, "%-8s", a.name().toLowerCase(Locale.ROOT));
      for (Status s : Status.values()) {
        out.printf(Locale.ROOT, "%10d", r.count(a, s));
      }
      out.println();
    }
    out.flush();
  }

  static void onDemand(OnDemandResult result, PrintWriter out) {
    out.println("provision on demand: " + result.sourceId());
    for (OnDemandResult.Step step : result.steps()) {
      out.println("== " + step.name());
      for (Exchange e : step.exchanges()) {
        out.println(
            "  > " + e.method() + " " + e.path() + (e.request() == null ? "" : " " + e.request()));
        out.println(
            "  < "
                + (e.status() == 0 ? "(not sent)" : e.status())
                + (e.response() == null ? "" : " " + e.response()));
      }
      for (ProvisioningRecord r : step.outcome()) {
        out.println(
            "  = "
                + r.action()
                + " "
                + r.status()
                + ": "
                + r.detail()
                + (r.error() == null ? "" : " (" + r.error() + ")"));
      }
      if (step.outcome().isEmpty()) {
        out.println("  = nothing to do");
      }
    }
    out.flush();
  }
}
