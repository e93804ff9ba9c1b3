package io.scimworks.benchmarks;

/**
 * One library's way to parse a filter and to evaluate a parsed filter against the benchmark user,
 * so that the benchmarks call every library the same way.
 */
interface FilterEngine {
  /** A short name for reports. */
  String name();

  /** Parses a filter; throws whatever the library throws for one it rejects. */
  Object parse(String filter) throws Exception;

  /** Prepares a parsed filter for repeated evaluation (compiles it, if the library can). */
  default Object prepare(Object parsed) throws Exception {
    return parsed;
  }

  /** Evaluates a prepared filter against the benchmark user. */
  boolean matchesUser(Object prepared) throws Exception;
}
