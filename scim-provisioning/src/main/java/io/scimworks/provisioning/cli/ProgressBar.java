package io.scimworks.provisioning.cli;

import io.scimworks.provisioning.Progress;
import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress bar redrawn in place on the error stream. */
final class ProgressBar {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private boolean drawn;

  ProgressBar(PrintWriter err) {
    this.err = err;
  }

  synchronized void show(Progress p) {
    StringBuilder line =
        new StringBuilder("\r").append(String.format(Locale.ROOT, "%-9s ", p.phase()));
    if (p.remaining() >= 0) {
      long total = p.done() + p.remaining();
      int filled = total == 0 ? WIDTH : (int) (WIDTH * p.done() / total);
      line.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ");
      line.append(p.done()).append('/').append(total);
    } else {
      line.append(p.done());
    }
    line.append(String.format(Locale.ROOT, "  %.0f/s", p.perSecond()));
    if (p.eta() != null) {
      line.append("  ETA ").append(p.eta().toSeconds()).append(" s");
    }
    err.print(line);
    err.flush();
    drawn = true;
  }

  synchronized void finish() {
    if (drawn) {
      err.println();
      err.flush();
    }
  }
}
