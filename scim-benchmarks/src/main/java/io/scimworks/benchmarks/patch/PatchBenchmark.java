package io.scimworks.benchmarks.patch;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Applies Entra ID's usual five-operation user PATCH to a realistic user, in SCIMworks and its
 * peers, in the same JVM. Every library starts from a parsed request and a stored user it must not
 * modify, and returns the patched user.
 *
 * <pre>
 * ./mvnw -B -q install -DskipTests -pl scim-benchmarks -am
 * java -jar scim-benchmarks/target/benchmarks.jar PatchBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PatchBenchmark {
  private ScimworksPatch scimworks;
  private ScimworksPatch scimworksEntra;
  private UnboundIdPatch unboundId;
  private ScimplePatch scimple;
  private ScimSdkPatch scimSdk;

  /** Parses the user and the requests once per library. */
  @Setup
  public void setUp() {
    scimworks = new ScimworksPatch(PatchInputs.PATCH);
    scimworksEntra = new ScimworksPatch(PatchInputs.ENTRA_PATCH);
    unboundId = new UnboundIdPatch();
    scimple = new ScimplePatch();
    scimSdk = new ScimSdkPatch();
  }

  /** SCIMworks, RFC form of the request. */
  @Benchmark
  public Object scimworks() {
    return scimworks.apply();
  }

  /** SCIMworks, the request as Entra ID sends it (capitalised ops, "False", bare manager id). */
  @Benchmark
  public Object scimworksEntraShape() {
    return scimworksEntra.apply();
  }

  /** The floor: a deep copy of the user's JSON tree. */
  @Benchmark
  public Object deepCopyOnly() {
    return scimworks.copy();
  }

  /** UnboundID scim2-sdk-common: {@code PatchRequest.apply} on a copy. */
  @Benchmark
  public Object unboundId() {
    return unboundId.apply();
  }

  /** Apache SCIMple: {@code DefaultPatchHandler.apply}. */
  @Benchmark
  public Object scimple() {
    return scimple.apply();
  }

  /** SCIM-SDK: {@code PatchRequestHandler.handlePatchRequest}. */
  @Benchmark
  public Object scimSdk() {
    return scimSdk.apply();
  }
}
