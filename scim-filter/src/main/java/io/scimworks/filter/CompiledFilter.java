package io.scimworks.filter;

import tools.jackson.databind.JsonNode;

/**
 * A filter compiled by a {@link FilterEvaluator} into a predicate over JSON trees. Immutable and
 * thread-safe: compile once, test many resources.
 */
public interface CompiledFilter {

  /**
   * Whether {@code resource} (a JSON object; for an element filter, one element) matches.
   *
   * @throws FilterException never for absent attributes; only compilation rejects filters
   */
  boolean test(JsonNode resource);

  /** The filter this was compiled from. */
  Filter filter();
}
