package io.scimworks.benchmarks.provisioning;

import io.scimworks.client.ScimClient;
import io.scimworks.core.json.ScimJson;
import io.scimworks.examples.Workspace;
import io.scimworks.provisioning.CycleResult;
import io.scimworks.provisioning.InMemoryDirectory;
import io.scimworks.provisioning.Mappings;
import io.scimworks.provisioning.ProvisioningEngine;
import io.scimworks.provisioning.SourceGroup;
import io.scimworks.provisioning.SourceUser;
import io.scimworks.server.BearerTokens;
import io.scimworks.server.ScimHandler;
import io.scimworks.server.ScimServer;
import io.scimworks.server.http.BindingOptions;
import io.scimworks.server.http.jdk.JdkHttpBinding;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.node.ObjectNode;

/**
 * The provisioning engine's initial cycle of users and 100 groups (objects per second, requests per
 * object) and an incremental cycle with 1% of the users changed (requests per changed object),
 * beside the raw client doing Entra's match-then-create for the same users on as many threads. Into
 * the demo workspace server over loopback HTTP (JDK binding, in-memory store, same JVM); a fresh
 * server per scenario, after a warm-up batch of a fifth of the users.
 *
 * <pre>
 * ./mvnw -B -o -q package -DskipTests -pl scim-benchmarks -am
 * java -Dsun.net.httpserver.nodelay=true \
 *   -cp scim-benchmarks/target/benchmarks.jar io.scimworks.benchmarks.provisioning.ProvisioningRun 10000
 * </pre>
 */
public final class ProvisioningRun {
  private static final String TOKEN = "benchmark-token";
  private static final int THREADS = 8;
  private static final String MAPPING =
      """
      {"users": {"scope": "all", "mappings": [
        {"target": "userName", "source": "userPrincipalName", "matching": 1},
        {"target": "externalId", "source": "objectId"},
        {"target": "displayName", "source": "displayName"},
        {"target": "name.givenName", "source": "givenName"},
        {"target": "name.familyName", "source": "surname"},
        {"target": "emails[type eq \\"work\\"].value", "source": "mail"},
        {"target": "title", "source": "jobTitle"},
        {"target": "userType", "constant": "member"},
        {"target": "active", "expression": "Not([IsSoftDeleted])"}
      ]},
      "groups": {"scope": "all", "mappings": [
        {"target": "displayName", "source": "displayName", "matching": 1},
        {"target": "externalId", "source": "objectId"}
      ]}}
      """;
  private static final int GROUPS = 100;

  private ProvisioningRun() {}

  /**
   * Runs both scenarios.
   *
   * @param args the number of users (default 10,000)
   */
  public static void main(String[] args) throws Exception {
    int users = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    System.out.printf(
        Locale.ROOT,
        "%-48s %8s %9s %10s %9s %10s%n",
        "scenario",
        "objects",
        "seconds",
        "objects/s",
        "requests",
        "req/object");
    rawClient(Math.max(1, users / 5));
    print("raw client: match + create, " + THREADS + " threads", users, rawClient(users));
    engine(Math.max(1, users / 5));
    Result[] e = engine(users);
    print(
        "engine: initial cycle (+" + GROUPS + " groups), parallelism " + THREADS,
        users + GROUPS,
        e[0]);
    print("engine: incremental cycle, per changed user", users / 100, e[1]);
  }

  private record Result(double seconds, long requests) {}

  private static void print(String name, int objects, Result r) {
    System.out.printf(
        Locale.ROOT,
        "%-48s %8d %9.2f %10.0f %9d %10.3f%n",
        name,
        objects,
        r.seconds(),
        objects / r.seconds(),
        r.requests(),
        (double) r.requests() / objects);
  }

  /** A server counting requests; {@code run} gets the client and returns the timed results. */
  private interface Run<T> {
    T run(ScimClient client, AtomicLong requests) throws Exception;
  }

  private static <T> T withServer(Run<T> run) throws Exception {
    ScimServer server = Workspace.scimServer(BearerTokens.of(TOKEN));
    AtomicLong requests = new AtomicLong();
    ScimHandler counting =
        request -> {
          requests.incrementAndGet();
          return server.handle(request);
        };
    try (JdkHttpBinding binding =
        JdkHttpBinding.create(counting, Workspace.BASE_PATH, BindingOptions.from(server.options()))
            .start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      ScimClient client =
          ScimClient.builder()
              .baseUri("http://127.0.0.1:" + binding.port() + Workspace.BASE_PATH)
              .bearerToken(TOKEN)
              .build();
      return run.run(client, requests);
    }
  }

  private static SourceUser user(int n) {
    ObjectNode a = ScimJson.object();
    a.put("userPrincipalName", "user" + n + "@contoso.com");
    a.put("displayName", "Given" + n + " Family" + n);
    a.put("givenName", "Given" + n);
    a.put("surname", "Family" + n);
    a.put("mail", "user" + n + "@contoso.com");
    a.put("jobTitle", "Engineer");
    return SourceUser.of(String.format(Locale.ROOT, "%08x-0000-4000-8000-%012d", n, n), a);
  }

  private static Result rawClient(int users) throws Exception {
    return withServer(
        (client, requests) -> {
          ExecutorService pool = Executors.newFixedThreadPool(THREADS);
          try {
            long start = System.nanoTime();
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < users; i++) {
              int n = i;
              all.add(
                  pool.submit(
                      () -> {
                        String userName = "user" + n + "@contoso.com";
                        if (client.users().findOne("userName", userName).isEmpty()) {
                          client.resources("/Users", ObjectNode.class).create(body(user(n)));
                        }
                      }));
            }
            for (Future<?> f : all) {
              f.get();
            }
            return new Result((System.nanoTime() - start) / 1e9, requests.get());
          } finally {
            pool.shutdown();
          }
        });
  }

  /** The body the engine's mapping makes of a user, for the raw client. */
  private static ObjectNode body(SourceUser u) {
    ObjectNode a = u.attributes();
    ObjectNode b = ScimJson.object();
    b.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:User");
    b.put("userName", a.path("userPrincipalName").asString());
    b.put("externalId", u.id());
    b.put("displayName", a.path("displayName").asString());
    ObjectNode name = b.putObject("name");
    name.put("givenName", a.path("givenName").asString());
    name.put("familyName", a.path("surname").asString());
    b.putArray("emails").addObject().put("type", "work").put("value", a.path("mail").asString());
    b.put("title", a.path("jobTitle").asString());
    b.put("userType", "member");
    b.put("active", true);
    return b;
  }

  private static Result[] engine(int users) throws Exception {
    return withServer(
        (client, requests) -> {
          InMemoryDirectory dir = new InMemoryDirectory();
          for (int i = 0; i < users; i++) {
            dir.putUser(user(i));
          }
          for (int k = 0; k < GROUPS; k++) {
            List<String> members = new ArrayList<>();
            for (int i = k; i < users; i += GROUPS) {
              members.add(user(i).id());
            }
            ObjectNode g = ScimJson.object().put("displayName", "Group " + k);
            dir.putGroup(SourceGroup.of("group-" + k, g, members));
          }
          ProvisioningEngine engine =
              ProvisioningEngine.builder()
                  .client(client)
                  .source(dir)
                  .mappings(Mappings.fromJson(MAPPING))
                  .parallelism(THREADS)
                  .build();
          long start = System.nanoTime();
          CycleResult initial = engine.runCycle();
          Result first = new Result((System.nanoTime() - start) / 1e9, requests.get());
          check(initial);
          for (int i = 0; i < users; i += 100) {
            SourceUser u = dir.user(user(i).id()).orElseThrow();
            ObjectNode a = u.attributes();
            a.put("jobTitle", "Lead");
            dir.putUser(u.withAttributes(a));
          }
          long before = requests.get();
          start = System.nanoTime();
          check(engine.runCycle());
          Result second = new Result((System.nanoTime() - start) / 1e9, requests.get() - before);
          return new Result[] {first, second};
        });
  }

  private static void check(CycleResult r) {
    if (r.outcome() != CycleResult.Outcome.COMPLETED
        || r.counts().keySet().stream().anyMatch(k -> k.endsWith("FAILURE"))) {
      throw new IllegalStateException("the cycle did not complete cleanly: " + r);
    }
  }
}
