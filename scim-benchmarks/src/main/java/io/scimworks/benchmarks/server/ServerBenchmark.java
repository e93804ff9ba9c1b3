package io.scimworks.benchmarks.server;

import io.scimworks.server.ScimRequest;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.ScimServer;
import io.scimworks.server.memory.InMemoryRepository;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process {@code ScimServer.handle()} throughput with the in-memory repository holding {@code
 * users} typical Entra ID users: the Entra matching query, a create and a PATCH.
 *
 * <pre>
 * java -Xmx6g -jar scim-benchmarks/target/benchmarks.jar ServerBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g"})
public class ServerBenchmark {

  @Param({"1000000"})
  int users;

  private ScimServer server;
  private String[] ids;
  private final AtomicInteger next = new AtomicInteger();

  @Setup(Level.Trial)
  public void load() {
    InMemoryRepository repository = InMemoryRepository.forUsers();
    ids = EntraUsers.loadDirect(repository, 0, users);
    server = EntraUsers.server(repository);
    next.set(users);
  }

  /** {@code GET /Users?filter=userName eq "..."}: Entra's matching query, answered by index. */
  @Benchmark
  public ScimResponse getByUserNameFilter() {
    int n = ThreadLocalRandom.current().nextInt(users);
    return server.handle(
        ScimRequest.of(
            "GET",
            "/Users?filter=userName+eq+%22user" + n + "%40contoso.com%22",
            EntraUsers.HEADERS,
            null));
  }

  /** {@code POST /Users} of a new typical Entra user. */
  @Benchmark
  public ScimResponse createUser() {
    return server.handle(
        ScimRequest.of(
            "POST", "/Users", EntraUsers.HEADERS, EntraUsers.json(next.getAndIncrement())));
  }

  /** {@code PATCH /Users/{id}}: an Entra default-mode replace of one attribute. */
  @Benchmark
  public ScimResponse patchUser() {
    String id = ids[ThreadLocalRandom.current().nextInt(users)];
    return server.handle(
        ScimRequest.of(
            "PATCH",
            "/Users/" + id,
            EntraUsers.HEADERS,
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":"
                + "[{\"op\":\"Replace\",\"path\":\"title\",\"value\":\"Manager\"}]}"));
  }
}
