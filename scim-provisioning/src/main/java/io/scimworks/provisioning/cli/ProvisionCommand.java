package io.scimworks.provisioning.cli;

import io.scimworks.client.ScimClient;
import io.scimworks.core.json.ScimJson;
import io.scimworks.provisioning.CsvDirectory;
import io.scimworks.provisioning.CycleResult;
import io.scimworks.provisioning.Exchange;
import io.scimworks.provisioning.FileState;
import io.scimworks.provisioning.InMemoryState;
import io.scimworks.provisioning.JsonDirectory;
import io.scimworks.provisioning.Mappings;
import io.scimworks.provisioning.OnDemandResult;
import io.scimworks.provisioning.ProvisioningEngine;
import io.scimworks.provisioning.ProvisioningListener;
import io.scimworks.provisioning.ProvisioningRecord;
import io.scimworks.provisioning.ProvisioningState;
import io.scimworks.provisioning.SourceDirectory;
import io.scimworks.provisioning.TestConnectionResult;
import io.scimworks.provisioning.WireMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs one provisioning cycle from a directory snapshot into a SCIM service, as Entra ID would.
 *
 * <pre>
 * java -jar scimworks-provision.jar --source dir.json --mapping mapping.json \
 *     --url https://app.example.com/scim/v2 --token $TOKEN [--mode entra|entra-flag|standard] \
 *     [--dry-run] [--on-demand alice@contoso.com] [--state state.json]
 * </pre>
 *
 * <p>Exit codes: 0 the cycle completed (failed objects wait in escrow); 1 it stopped (quarantine,
 * deletion threshold); 2 bad arguments or files; 3 the test connection failed.
 */
@Command(
    name = "scimworks-provision",
    mixinStandardHelpOptions = true,
    version = "scimworks-provision 0.1.0",
    description = "Provisions users and groups from a directory snapshot into a SCIM service.")
public final class ProvisionCommand implements Callable<Integer> {
  @Spec private @Nullable CommandSpec spec;

  /**
   * An unconfigured command: picocli sets its options from the command line before {@link #call()};
   * run it through {@link #main(String[])} or {@code new CommandLine(new
   * ProvisionCommand()).execute(args)}.
   */
  public ProvisionCommand() {}

  @Option(
      names = "--source",
      required = true,
      description = "The directory snapshot: a .json file, or a users .csv file.")
  private @Nullable Path source;

  @Option(names = "--groups", description = "With a .csv source: the groups .csv file.")
  private @Nullable Path groups;

  @Option(names = "--mapping", required = true, description = "The attribute mapping .json file.")
  private @Nullable Path mapping;

  @Option(names = "--url", required = true, description = "The SCIM base URL (tenant URL).")
  private @Nullable String url;

  @Option(
      names = "--token",
      description = "The bearer token (default: the SCIM_TOKEN environment variable).")
  private @Nullable String token;

  @Option(
      names = "--mode",
      defaultValue = "entra",
      description = "How requests are written: entra, entra-flag or standard (default entra).")
  private String mode = "entra";

  @Option(names = "--dry-run", description = "Read, but print the writes instead of sending them.")
  private boolean dryRun;

  @Option(names = "--on-demand", description = "Provision only this user (id or userName).")
  private @Nullable String onDemand;

  @Option(
      names = "--state",
      description = "The state file; later runs send only what changed (default: none kept).")
  private @Nullable Path state;

  @Option(
      names = "--log",
      defaultValue = "provisioning-log.jsonl",
      description = "Where the provisioning log goes, one JSON object a line.")
  private Path log = Path.of("provisioning-log.jsonl");

  @Option(names = "--parallelism", defaultValue = "8", description = "Objects at once.")
  private int parallelism = 8;

  @Option(names = "--rate-limit", description = "At most this many requests per second.")
  private double rateLimit;

  @Option(
      names = "--deletion-threshold",
      defaultValue = "500",
      description = "Stop instead of disabling or deleting more than this many (default 500).")
  private long deletionThreshold = 500;

  @Option(
      names = "--skip-out-of-scope-deletions",
      description = "Leave users that go out of scope enabled.")
  private boolean skipOutOfScopeDeletions;

  @Option(
      names = "--remove-disabled-from-groups",
      description = "Also remove disabled users from their groups (Entra keeps them).")
  private boolean removeDisabledFromGroups;

  /**
   * Runs the command; {@code System.exit} with its exit code.
   *
   * @param args the command line, as {@code --help} describes it
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new ProvisionCommand()).execute(args));
  }

  @Override
  public Integer call() {
    CommandLine cl = spec().commandLine();
    PrintWriter out = cl.getOut();
    PrintWriter err = cl.getErr();
    String secret = token != null ? token : System.getenv("SCIM_TOKEN");
    if (secret == null || secret.isBlank()) {
      err.println("error: no token: pass --token or set SCIM_TOKEN");
      return 2;
    }
    WireMode wire;
    try {
      wire = WireMode.valueOf(mode.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      err.println("error: --mode must be entra, entra-flag or standard, not " + mode);
      return 2;
    }
    Mappings mappings;
    SourceDirectory directory;
    ProvisioningState st;
    ScimClient client;
    try {
      mappings = Mappings.read(required(mapping));
      directory = directory();
      st = state == null ? new InMemoryState() : FileState.of(state);
      String base = required(url);
      if (wire == WireMode.ENTRA_FLAG && !base.contains("aadOptscim062020")) {
        base += (base.contains("?") ? "&" : "?") + "aadOptscim062020";
      }
      var builder = ScimClient.builder().baseUri(base).bearerToken(secret);
      if (rateLimit > 0) {
        builder.rateLimit(rateLimit);
      }
      client = builder.build();
    } catch (RuntimeException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    try (Writer logFile = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      ProgressBar bar = new ProgressBar(err);
      ProvisioningListener listener = listener(logFile, bar, out);
      ProvisioningEngine engine =
          ProvisioningEngine.builder()
              .client(client)
              .source(directory)
              .mappings(mappings)
              .state(st)
              .wireMode(wire)
              .listener(listener)
              .parallelism(parallelism)
              .deletionThreshold(deletionThreshold)
              .skipOutOfScopeDeletions(skipOutOfScopeDeletions)
              .removeDisabledUsersFromGroups(removeDisabledFromGroups)
              .dryRun(dryRun)
              .build();
      TestConnectionResult test = engine.testConnection();
      if (!test.success()) {
        err.println("test connection failed: " + test.reason());
        return 3;
      }
      if (onDemand != null) {
        OnDemandResult result = engine.provisionOnDemand(onDemand);
        Reports.onDemand(result, out);
        return 0;
      }
      CycleResult result = engine.runCycle();
      bar.finish();
      Reports.summary(result, out);
      out.println("log: " + log);
      return result.outcome() == CycleResult.Outcome.COMPLETED ? 0 : 1;
    } catch (IOException e) {
      err.println("error: cannot write the log " + log + ": " + e.getMessage());
      return 2;
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
  }

  private ProvisioningListener listener(Writer logFile, ProgressBar bar, PrintWriter out) {
    return new ProvisioningListener() {
      @Override
      public void record(ProvisioningRecord record) {
        synchronized (logFile) {
          try {
            logFile.write(ScimJson.write(record.toJson()));
            logFile.write('\n');
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }

      @Override
      public void exchange(Exchange e) {
        if (dryRun && !e.method().equals("GET")) {
          synchronized (out) {
            out.println(
                "would send: "
                    + e.method()
                    + " "
                    + e.path()
                    + (e.request() == null ? "" : " " + e.request()));
          }
        }
      }

      @Override
      public void progress(io.scimworks.provisioning.Progress progress) {
        bar.show(progress);
      }
    };
  }

  private SourceDirectory directory() {
    Path s = required(source);
    if (!Files.isRegularFile(s)) {
      throw new IllegalArgumentException("no such source file: " + s);
    }
    if (s.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return CsvDirectory.of(s, groups);
    }
    return JsonDirectory.of(s);
  }

  private CommandSpec spec() {
    if (spec == null) {
      throw new IllegalStateException("run through picocli's CommandLine");
    }
    return spec;
  }

  private static <T> T required(@Nullable T value) {
    if (value == null) {
      throw new IllegalArgumentException("a required option is missing");
    }
    return value;
  }
}
