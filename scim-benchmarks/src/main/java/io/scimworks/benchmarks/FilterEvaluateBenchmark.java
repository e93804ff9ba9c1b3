package io.scimworks.benchmarks;

import java.util.List;
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
 * Filter evaluation throughput against RFC 7643's enterprise user: each operation evaluates the
 * next prepared (parsed, and compiled where the library compiles) filter. The corpus is the subset
 * every library evaluates as RFC 7644 says (see {@link CorpusCheck}), so no one is timed on answers
 * it gets wrong.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FilterEvaluateBenchmark {
  /** Which library evaluates. */
  @Param({"scimworks", "unboundid", "scimple", "scim-sdk"})
  public String engine;

  private FilterEngine evaluator;
  private Object[] prepared;
  private int next;

  /** Builds the engine and prepares the corpus. */
  @Setup
  public void setUp() throws Exception {
    evaluator = Engines.named(engine);
    List<String> filters = CorpusCheck.agreed();
    prepared = new Object[filters.size()];
    for (int i = 0; i < prepared.length; i++) {
      prepared[i] = evaluator.prepare(evaluator.parse(filters.get(i)));
    }
  }

  /** Evaluates one filter. */
  @Benchmark
  public boolean evaluate() throws Exception {
    Object filter = prepared[next];
    next = next + 1 == prepared.length ? 0 : next + 1;
    return evaluator.matchesUser(filter);
  }
}
