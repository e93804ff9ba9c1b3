package io.scimworks.filter;

import tools.jackson.databind.JsonNode;

/**
 * A filter compiled by a {@link FilterEvaluator} into a predicate over JSON trees. Immutable and
 * thread-safe: compile once, test many resources.
 */
public interface CompiledFilter {

  /**
   * Whether {@code resource} (a JSON object; for an element filter, one element) matches. Absent
   * and unknown attributes never raise an error: only compilation rejects filters.
   *
   * @param resource the JSON tree tested; not null
   * @return whether it matches
   */
  boolean test(JsonNode resource);

  /**
   * The filter this was compiled from.
   *
   * @return the filter given to the evaluator, never null
   */
  Filter filter();
}
