package io.scimworks.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Filter parse throughput: each operation parses the next filter of the corpus (the filters every
 * engine accepts), so the score is filters parsed per second over the corpus mix.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FilterParseBenchmark {
  /** Which library parses. */
  @Param({"scimworks", "scimworks-cached", "unboundid", "scimple", "scim-sdk"})
  public String engine;

  private FilterEngine parser;
  private String[] filters;
  private int next;

  /** Builds the engine and the corpus. */
  @Setup
  public void setUp() {
    parser = Engines.named(engine);
    filters = CorpusCheck.parseable().toArray(String[]::new);
  }

  /** Parses one filter. */
  @Benchmark
  public Object parse() throws Exception {
    String filter = filters[next];
    next = next + 1 == filters.length ? 0 : next + 1;
    return parser.parse(filter);
  }
}
