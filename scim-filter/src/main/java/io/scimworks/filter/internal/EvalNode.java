package io.scimworks.filter.internal;

import tools.jackson.databind.JsonNode;

/** A compiled filter: decides for one JSON object (a resource, or an element of a value path). */
@FunctionalInterface
public interface EvalNode {
  /** Whether {@code context} matches. */
  boolean test(JsonNode context);
}
