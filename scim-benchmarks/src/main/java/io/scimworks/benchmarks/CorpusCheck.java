package io.scimworks.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs every engine over the corpus once and reports, per engine, the filters it rejects and the
 * ones it evaluates differently from SCIMworks (whose answers the RFC 7644 example tests fix).
 * {@code java -cp scim-benchmarks/target/benchmarks.jar io.scimworks.benchmarks.CorpusCheck}
 */
public final class CorpusCheck {
  private CorpusCheck() {}

  /** Prints the report. */
  public static void main(String[] args) throws Exception {
    FilterEngine ours = Engines.ours();
    for (FilterEngine engine : Engines.all()) {
      List<String> rejected = new ArrayList<>();
      List<String> differs = new ArrayList<>();
      for (String filter : FilterCorpus.ALL) {
        boolean expected = ours.matchesUser(ours.prepare(ours.parse(filter)));
        Object parsed;
        try {
          parsed = engine.parse(filter);
        } catch (Exception | Error e) {
          rejected.add(filter + "  (" + e.getClass().getSimpleName() + ")");
          continue;
        }
        try {
          if (engine.matchesUser(engine.prepare(parsed)) != expected) {
            differs.add(filter + "  (scimworks: " + expected + ")");
          }
        } catch (Exception | Error e) {
          differs.add(filter + "  (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
      }
      System.out.println("== " + engine.name());
      rejected.forEach(f -> System.out.println("  rejects:  " + f));
      differs.forEach(f -> System.out.println("  differs:  " + f));
    }
  }

  /** The filters every engine parses. */
  static List<String> parseable() {
    List<String> parseable = new ArrayList<>();
    List<FilterEngine> engines = Engines.all();
    for (String filter : FilterCorpus.ALL) {
      boolean all = true;
      for (FilterEngine engine : engines) {
        try {
          engine.parse(filter);
        } catch (Exception | Error e) {
          all = false;
        }
      }
      if (all) {
        parseable.add(filter);
      }
    }
    return parseable;
  }

  /** The filters every engine parses and evaluates as SCIMworks does. */
  static List<String> agreed() throws Exception {
    FilterEngine ours = Engines.ours();
    List<FilterEngine> engines = Engines.all();
    List<String> agreed = new ArrayList<>();
    for (String filter : FilterCorpus.ALL) {
      boolean expected = ours.matchesUser(ours.prepare(ours.parse(filter)));
      boolean all = true;
      for (FilterEngine engine : engines) {
        try {
          all &= engine.matchesUser(engine.prepare(engine.parse(filter))) == expected;
        } catch (Exception | Error e) {
          all = false;
        }
      }
      if (all) {
        agreed.add(filter);
      }
    }
    return agreed;
  }
}
