package io.scimworks.compliance.internal;

import io.scimworks.compliance.Check;
import io.scimworks.compliance.CheckResult;
import io.scimworks.compliance.Exchange;
import io.scimworks.compliance.Outcome;
import io.scimworks.compliance.Profile;
import io.scimworks.compliance.RunListener;
import io.scimworks.compliance.RunReport;
import io.scimworks.compliance.Tag;
import io.scimworks.compliance.TargetUnavailableException;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Discovers the target, runs the selected checks, cleans up. */
public final class Engine {
  /** The most resources one clean-up sweep deletes: the {@code count} it asks for. */
  private static final int SWEEP_LIMIT = 1000;

  private final URI url;
  private final String token;
  private final Set<Profile> profiles;
  private final Set<Tag> tags;
  private final @Nullable Set<String> checkIds;
  private final boolean readOnly;
  private final boolean failFast;
  private final Duration timeout;
  private final RunListener listener;

  /** An engine for one run; see {@code ComplianceRun.Builder} for the parameters. */
  public Engine(
      URI url,
      String token,
      Set<Profile> profiles,
      Set<Tag> tags,
      @Nullable Set<String> checkIds,
      boolean readOnly,
      boolean failFast,
      Duration timeout,
      RunListener listener) {
    this.url = url;
    this.token = token;
    this.profiles = profiles;
    this.tags = tags;
    this.checkIds = checkIds;
    this.readOnly = readOnly;
    this.failFast = failFast;
    this.timeout = timeout;
    this.listener = listener;
  }

  /** The checks of the catalogue, in order. */
  public static List<Check> catalogue() {
    return Catalogue.all().stream().map(CheckDef::check).toList();
  }

  /** Runs. */
  public RunReport run() {
    Instant started = Instant.now();
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    Wire wire = new Wire(client, url, token, timeout);
    Target target = discover(wire);
    String prefix = "scw" + randomSuffix() + "-";
    Cleanup cleanup = new Cleanup();
    TestData data = new TestData(prefix, target);

    List<CheckDef> selected = new ArrayList<>();
    for (CheckDef def : Catalogue.all()) {
      Check c = def.check();
      boolean profileOk = !Collections.disjoint(c.profiles(), profiles);
      boolean tagOk = c.tags().isEmpty() || !Collections.disjoint(c.tags(), tags);
      boolean idOk = checkIds == null || checkIds.contains(c.id());
      if (profileOk && tagOk && idOk) {
        selected.add(def);
      }
    }
    listener.started(selected.size());
    Thread hook = new Thread(() -> cleanUp(wire, target, data, cleanup), "scim-compliance-cleanup");
    boolean hooked = registerHook(hook);
    List<CheckResult> results = new ArrayList<>();
    int leftovers;
    try {
      boolean stop = false;
      int i = 0;
      for (CheckDef def : selected) {
        listener.checkStarted(++i, selected.size(), def.check());
        CheckResult result =
            stop
                ? skipped(def.check(), "fail-fast: an earlier must check failed")
                : runOne(def, wire, target, data, cleanup);
        results.add(result);
        listener.checkFinished(result);
        stop |= failFast && result.failsRun();
      }
    } finally {
      leftovers = cleanUp(wire, target, data, cleanup);
      if (hooked) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // the JVM is already stopping; the hook runs the (now empty) clean-up again
        }
      }
    }
    return new RunReport(
        wire.base(), started, Duration.between(started, Instant.now()), prefix, results, leftovers);
  }

  private CheckResult runOne(
      CheckDef def, Wire wire, Target target, TestData data, Cleanup cleanup) {
    Check c = def.check();
    if (readOnly && c.writes()) {
      return skipped(c, "read-only run: this check writes");
    }
    for (Feature f : def.needs()) {
      String missing = f.missingFrom(target);
      if (missing != null) {
        return skipped(c, "not advertised: " + missing);
      }
    }
    Ctx ctx = new Ctx(wire, target, data, cleanup);
    Instant start = Instant.now();
    Outcome outcome;
    String message;
    try {
      def.body().run(ctx);
      outcome = Outcome.PASSED;
      message = "";
    } catch (CheckFailure e) {
      outcome = Outcome.FAILED;
      message = e.getMessage();
    } catch (CheckSkipped e) {
      outcome = Outcome.SKIPPED;
      message = e.getMessage();
    } catch (TargetProblem e) {
      outcome = Outcome.FAILED;
      message = e.getMessage();
    } catch (RuntimeException e) {
      outcome = Outcome.FAILED;
      message = "the response could not be interpreted: " + e;
    }
    return new CheckResult(
        c, outcome, message, ctx.exchanges(), Duration.between(start, Instant.now()));
  }

  private static CheckResult skipped(Check c, String reason) {
    return new CheckResult(c, Outcome.SKIPPED, reason, List.of(), Duration.ZERO);
  }

  private Target discover(Wire wire) {
    List<Exchange> ignored = new ArrayList<>();
    Response config;
    try {
      config = wire.send("GET", "/ServiceProviderConfig", Map.of(), null, ignored::add);
    } catch (TargetProblem e) {
      throw new TargetUnavailableException(e.getMessage());
    }
    if (config.status() == 401 || config.status() == 403) {
      throw new TargetUnavailableException(
          "The target refused the token (HTTP " + config.status() + " on /ServiceProviderConfig)");
    }
    ObjectNode configBody = config.jsonOrNull();
    if (config.status() != 200 || configBody == null) {
      throw new TargetUnavailableException(
          wire.base()
              + " is not a SCIM endpoint: GET /ServiceProviderConfig answered "
              + (config.status() == 200
                  ? "HTTP 200 without a JSON object"
                  : "HTTP " + config.status()));
    }
    Target target =
        Target.of(
            configBody,
            resources(wire, "/ResourceTypes", ignored),
            resources(wire, "/Schemas", ignored));
    String users = target.endpoint(Target.USER);
    if (users != null) {
      Response probe = wire.send("GET", users + "?count=1", Map.of(), null, ignored::add);
      if (probe.status() == 401 || probe.status() == 403) {
        throw new TargetUnavailableException(
            "The target refused the token (HTTP " + probe.status() + " on " + users + ")");
      }
    }
    return target;
  }

  private static List<ObjectNode> resources(Wire wire, String path, List<Exchange> log) {
    Response r = wire.send("GET", path, Map.of(), null, log::add);
    List<ObjectNode> all = new ArrayList<>();
    JsonNode body;
    try {
      body = r.status() == 200 ? io.scimworks.core.json.ScimJson.read(r.body()) : null;
    } catch (RuntimeException e) {
      body = null;
    }
    if (body == null) {
      return all;
    }
    JsonNode items = body.isArray() ? body : body.path("Resources");
    for (JsonNode item : items) {
      if (item instanceof ObjectNode o) {
        all.add(o);
      }
    }
    return all;
  }

  /** Deletes what the run created and sweeps by prefix; returns how many could not be deleted. */
  private int cleanUp(Wire wire, Target target, TestData data, Cleanup cleanup) {
    List<Exchange> ignored = new ArrayList<>();
    int failed = 0;
    try {
      if (target.supports("filter")) {
        sweep(wire, target.endpoint(Target.GROUP), "displayName", data.prefix(), cleanup, ignored);
        sweep(wire, target.endpoint(Target.USER), "userName", data.prefix(), cleanup, ignored);
      }
      for (String path : cleanup.drain()) {
        Response r = wire.send("DELETE", path, Map.of(), null, ignored::add);
        if (r.status() >= 300 && r.status() != 404) {
          failed++;
        }
        ignored.clear();
      }
    } catch (TargetProblem e) {
      failed += cleanup.drain().size();
    }
    return failed;
  }

  private static void sweep(
      Wire wire,
      @Nullable String endpoint,
      String attribute,
      String prefix,
      Cleanup cleanup,
      List<Exchange> log) {
    if (endpoint == null) {
      return;
    }
    String filter = attribute + " sw " + Ctx.quote(prefix);
    Response r =
        wire.send(
            "GET",
            endpoint + "?count=1000&attributes=id&filter=" + Ctx.pct(filter),
            Map.of(),
            null,
            log::add);
    ObjectNode body = r.jsonOrNull();
    if (r.status() != 200 || body == null) {
      return;
    }
    int taken = 0;
    for (JsonNode res : body.path("Resources")) {
      String id = res.path("id").asString("");
      if (!id.isEmpty() && taken++ < SWEEP_LIMIT) {
        cleanup.deleted(endpoint + "/" + Ctx.seg(id));
        cleanup.created(endpoint + "/" + Ctx.seg(id));
      }
    }
  }

  private static boolean registerHook(Thread hook) {
    try {
      Runtime.getRuntime().addShutdownHook(hook);
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  private static String randomSuffix() {
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    SecureRandom random = new SecureRandom();
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }
}
