package io.scimworks.benchmarks.codec;

import io.scimworks.core.json.ScimJson;
import io.scimworks.core.resource.ScimResource;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.core.validation.ResourceValidator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a server does with a {@code POST /Users} body, against the limit: SCIMworks decodes the
 * bytes, validates the user against the RFC 7643 User and Enterprise User schemas (names, types,
 * required, mutability, canonical case, {@code schemas}) and encodes it again; bare Jackson only
 * parses the same bytes into a tree and writes them back.
 *
 * <pre>
 * ./mvnw -B -q install -DskipTests -pl scim-benchmarks -am
 * java -jar scim-benchmarks/target/benchmarks.jar CodecBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CodecBenchmark {
  private static final JsonMapper BARE = JsonMapper.builder().build();
  private static final ResourceValidator VALIDATOR =
      ResourceValidator.of(SchemaRegistry.defaults());
  private static final ResourceType USERS = ResourceType.user();
  private final byte[] body = CodecInputs.CREATE_BODY;

  /** The limit: Jackson tree parse and write of the same bytes. */
  @Benchmark
  public byte[] jacksonTreeParseWrite() {
    JsonNode tree = BARE.readTree(body);
    return BARE.writeValueAsBytes(tree);
  }

  /** SCIMworks: decode, validate for create, encode. */
  @Benchmark
  public byte[] scimworksDecodeValidateEncode() {
    return decodeValidateEncode(body);
  }

  static byte[] decodeValidateEncode(byte[] bytes) {
    ScimResource user = ScimResource.parse(bytes);
    VALIDATOR.validateCreate(USERS, user);
    return ScimJson.writeBytes(user.json());
  }
}
