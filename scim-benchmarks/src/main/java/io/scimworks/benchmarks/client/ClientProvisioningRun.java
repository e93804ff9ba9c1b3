package io.scimworks.benchmarks.client;

import io.scimworks.client.BulkBuilder;
import io.scimworks.client.BulkResult;
import io.scimworks.client.ScimClient;
import io.scimworks.core.resource.Email;
import io.scimworks.core.resource.Name;
import io.scimworks.core.resource.User;
import io.scimworks.examples.Workspace;
import io.scimworks.server.BearerTokens;
import io.scimworks.server.ScimHandler;
import io.scimworks.server.ScimServer;
import io.scimworks.server.http.BindingOptions;
import io.scimworks.server.http.jdk.JdkHttpBinding;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Provisions users through {@code scim-client} into the demo workspace server over loopback HTTP
 * (JDK binding, in-memory store, same JVM) and prints users per second and HTTP requests per user
 * for four ways of doing it. A plain timed run rather than JMH: each scenario is a one-off batch of
 * {@code users} creations, measured after a warm-up batch.
 *
 * <pre>
 * ./mvnw -B -o -q package -DskipTests -pl scim-benchmarks -am
 * java -cp scim-benchmarks/target/benchmarks.jar io.scimworks.benchmarks.client.ClientProvisioningRun 10000
 * java -cp ... ClientProvisioningRun 10000 1,3      # only scenarios 1 and 3
 * </pre>
 */
public final class ClientProvisioningRun {
  private static final String TOKEN = "benchmark-token";
  private static final int IN_FLIGHT = 16;

  private ClientProvisioningRun() {}

  /** A scenario: provisions users {@code 0..count-1} through {@code scim}. */
  @FunctionalInterface
  interface Scenario {
    void provision(ScimClient scim, int count);
  }

  /**
   * Runs the scenarios.
   *
   * @param args the number of users per scenario (default 10,000), then optionally the scenarios to
   *     run as 1-based numbers separated by commas (default all)
   */
  public static void main(String[] args) {
    int users = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    // The demo server logs every request (its audit trail); measure the client, not the console.
    java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    List<String> names =
        List.of(
            "create, one at a time",
            "match + create (Entra), one at a time",
            "create, " + IN_FLIGHT + " in flight (async)",
            "bulk, split by the server's limits");
    List<Scenario> scenarios =
        List.of(
            ClientProvisioningRun::createSequentially,
            ClientProvisioningRun::matchThenCreate,
            ClientProvisioningRun::createConcurrently,
            ClientProvisioningRun::createInBulk);
    System.out.printf(
        Locale.ROOT,
        "%-42s %8s %9s %10s %9s %10s%n",
        "scenario",
        "users",
        "seconds",
        "users/s",
        "requests",
        "req/user");
    List<Integer> chosen =
        args.length > 1
            ? java.util.Arrays.stream(args[1].split(","))
                .map(n -> Integer.parseInt(n.trim()) - 1)
                .toList()
            : java.util.stream.IntStream.range(0, scenarios.size()).boxed().toList();
    for (int i : chosen) {
      measure(scenarios.get(i), Math.max(1, users / 5)); // warm-up on a throwaway server
      Result r = measure(scenarios.get(i), users);
      System.out.printf(
          Locale.ROOT,
          "%-42s %8d %9.2f %10.0f %9d %10.3f%n",
          names.get(i),
          users,
          r.seconds(),
          users / r.seconds(),
          r.requests(),
          (double) r.requests() / users);
    }
  }

  /** How long a batch took and how many HTTP requests the server answered. */
  record Result(double seconds, long requests) {}

  private static Result measure(Scenario scenario, int users) {
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
      ScimClient scim =
          ScimClient.builder()
              .baseUri("http://127.0.0.1:" + binding.port() + Workspace.BASE_PATH)
              .bearerToken(TOKEN)
              .build();
      long start = System.nanoTime();
      scenario.provision(scim, users);
      double seconds = (System.nanoTime() - start) / 1e9;
      long total = scim.users().search().count();
      if (total != users) {
        throw new IllegalStateException("expected " + users + " users, found " + total);
      }
      return new Result(seconds, requests.get() - 1); // not the final count query
    }
  }

  /** A user as Entra ID creates one in the demo workspace. */
  static User user(int n) {
    String userName = "user" + n + "@contoso.com";
    return User.builder()
        .externalId(String.format(Locale.ROOT, "%08x-0000-4000-8000-%012d", n, n))
        .userName(userName)
        .displayName("Given" + n + " Family" + n)
        .name(Name.of("Given" + n, "Family" + n))
        .emails(List.of(Email.of(userName, "work").withPrimary(true)))
        .userType("member")
        .title("Engineer")
        .active(true)
        .build();
  }

  static void createSequentially(ScimClient scim, int count) {
    for (int i = 0; i < count; i++) {
      scim.users().create(user(i));
    }
  }

  static void matchThenCreate(ScimClient scim, int count) {
    for (int i = 0; i < count; i++) {
      User u = user(i);
      if (scim.users().findOne("userName", u.userName()).isEmpty()) {
        scim.users().create(u);
      }
    }
  }

  static void createConcurrently(ScimClient scim, int count) {
    Semaphore slots = new Semaphore(IN_FLIGHT);
    CompletableFuture<?>[] all = new CompletableFuture<?>[count];
    for (int i = 0; i < count; i++) {
      slots.acquireUninterruptibly();
      all[i] = scim.users().createAsync(user(i)).whenComplete((u, e) -> slots.release());
    }
    CompletableFuture.allOf(all).join();
  }

  static void createInBulk(ScimClient scim, int count) {
    BulkBuilder bulk = scim.bulk();
    for (int i = 0; i < count; i++) {
      bulk.create(scim.users(), user(i));
    }
    BulkResult result = bulk.execute();
    if (!result.succeeded()) {
      throw new IllegalStateException("bulk failed: " + result.failures().get(0));
    }
  }
}
