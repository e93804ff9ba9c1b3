package io.scimworks.compliance.cli;

import io.scimworks.compliance.CheckResult;
import io.scimworks.compliance.ComplianceRun;
import io.scimworks.compliance.Outcome;
import io.scimworks.compliance.Profile;
import io.scimworks.compliance.RunReport;
import io.scimworks.compliance.Tag;
import io.scimworks.compliance.TargetUnavailableException;
import io.scimworks.compliance.report.HtmlReport;
import io.scimworks.compliance.report.JsonReport;
import io.scimworks.compliance.report.JunitXmlReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Runs the compliance suite against a SCIM endpoint from the command line.
 *
 * <pre>
 * java -jar scim-compliance-cli.jar --url https://vendor.example/scim/v2 --token T \
 *     [--profile core,entra] [--tags filter,patch] [--read-only] [--report report.html] \
 *     [--junit-xml results.xml] [--json results.json] [--fail-fast]
 * </pre>
 *
 * <p>Exit codes: 0 when no {@code must} check failed, 1 when one did, 2 for usage errors, 3 when
 * the target cannot be checked at all (unreachable, TLS, token refused).
 */
@Command(
    name = "scim-compliance",
    mixinStandardHelpOptions = true,
    version = "SCIMworks compliance suite",
    sortOptions = false,
    description =
        "Checks a SCIM 2.0 endpoint against RFC 7643/7644/9865 and what Entra ID and Okta send.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no must check failed",
      "1:a must check failed",
      "2:usage error",
      "3:the target cannot be checked (unreachable, TLS failure, token refused)"
    })
public final class ComplianceCli implements Callable<Integer> {
  /** Exit code when the target cannot be checked at all. */
  static final int UNAVAILABLE = 3;

  @Spec @Nullable CommandSpec spec;

  /**
   * An unconfigured command: picocli sets its options from the command line before {@link #call()};
   * run it through {@link #main(String[])}.
   */
  public ComplianceCli() {}

  @Option(
      names = "--url",
      required = true,
      description = "Base URL of the SCIM service, e.g. https://host/scim/v2")
  String url = "";

  @Option(
      names = "--token",
      description = "Bearer token (default: the SCIM_TOKEN environment variable).")
  @Nullable String token;

  @Option(
      names = "--profile",
      split = ",",
      paramLabel = "PROFILE",
      description = "Profiles to run: core, entra, entra-flag, okta, validator (default: all).")
  List<String> profiles = List.of();

  @Option(
      names = "--tags",
      split = ",",
      paramLabel = "TAG",
      description =
          "Only checks with these tags: discovery, crud, filter, patch, projection, sort, paging, cursor, bulk, etag, errors, security.")
  List<String> tags = List.of();

  @Option(
      names = "--read-only",
      description = "Run only checks that write nothing (for production).")
  boolean readOnly;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Write a self-contained HTML report.")
  @Nullable Path report;

  @Option(names = "--junit-xml", paramLabel = "FILE", description = "Write JUnit XML results.")
  @Nullable Path junitXml;

  @Option(names = "--json", paramLabel = "FILE", description = "Write JSON results.")
  @Nullable Path json;

  @Option(names = "--fail-fast", description = "Stop after the first failed must check.")
  boolean failFast;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description =
          "Time one exchange may take, response body included (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds = 30;

  /**
   * Runs the command line and exits with its code: 0 when no {@code must} check failed, 1 when one
   * did, 2 for a usage error, 3 when the target cannot be checked.
   *
   * @param args the command line ({@code --help} lists the options)
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with these streams and returns the exit code (for tests). */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new ComplianceCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          line.getErr().println("Error: " + e.getMessage());
          return e instanceof TargetUnavailableException ? UNAVAILABLE : 2;
        });
    return cli.execute(args);
  }

  @Override
  public Integer call() throws IOException {
    CommandSpec s = spec();
    PrintWriter out = s.commandLine().getOut();
    PrintWriter err = s.commandLine().getErr();
    URI target = target(s);
    String secret = token != null ? token : System.getenv().getOrDefault("SCIM_TOKEN", "");
    Progress progress = new Progress(err);
    RunReport result =
        ComplianceRun.builder()
            .url(target)
            .token(secret)
            .profiles(profiles(s))
            .tags(tags(s))
            .readOnly(readOnly)
            .failFast(failFast)
            .timeout(Duration.ofSeconds(Math.max(1, timeoutSeconds)))
            .listener(progress)
            .build()
            .run();
    progress.done();
    Summary.print(result, out);
    if (report != null) {
      HtmlReport.write(result, report);
      out.println("HTML report: " + report);
    }
    if (junitXml != null) {
      JunitXmlReport.write(result, junitXml);
      out.println("JUnit XML: " + junitXml);
    }
    if (json != null) {
      JsonReport.write(result, json);
      out.println("JSON: " + json);
    }
    return result.passed() ? 0 : 1;
  }

  private CommandSpec spec() {
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the spec");
    }
    return spec;
  }

  private URI target(CommandSpec s) {
    try {
      URI u = new URI(url);
      if (u.getScheme() == null
          || !(u.getScheme().equals("http") || u.getScheme().equals("https"))
          || u.getHost() == null) {
        throw new ParameterException(s.commandLine(), "--url must be an http or https URL: " + url);
      }
      return u;
    } catch (URISyntaxException e) {
      throw new ParameterException(s.commandLine(), "--url is not a URL: " + url);
    }
  }

  private Set<Profile> profiles(CommandSpec s) {
    if (profiles.isEmpty()) {
      return EnumSet.allOf(Profile.class);
    }
    Set<Profile> chosen = EnumSet.noneOf(Profile.class);
    for (String p : profiles) {
      try {
        chosen.add(Profile.of(p));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(s.commandLine(), e.getMessage());
      }
    }
    return chosen;
  }

  private Set<Tag> tags(CommandSpec s) {
    if (tags.isEmpty()) {
      return EnumSet.allOf(Tag.class);
    }
    Set<Tag> chosen = EnumSet.noneOf(Tag.class);
    for (String t : tags) {
      try {
        chosen.add(Tag.of(t));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(
            s.commandLine(),
            "unknown tag '"
                + t
                + "' (discovery, crud, filter, patch, projection, sort, paging, cursor, bulk, etag, errors, security)");
      }
    }
    return chosen;
  }

  /** The live progress line: check n of N, the current check, failures so far. */
  static final class Progress implements io.scimworks.compliance.RunListener {
    private final PrintWriter err;
    private int failures;
    private int width;

    Progress(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void checkStarted(int index, int total, io.scimworks.compliance.Check check) {
      String line =
          String.format("[%3d/%d] %-48s failures: %d", index, total, cut(check.id(), 48), failures);
      err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
      width = line.length();
      err.flush();
    }

    @Override
    public void checkFinished(CheckResult result) {
      if (result.outcome() == Outcome.FAILED) {
        failures++;
      }
    }

    void done() {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
    }

    private static String cut(String s, int n) {
      return s.length() <= n ? s : s.substring(0, n - 1) + "~";
    }
  }
}
