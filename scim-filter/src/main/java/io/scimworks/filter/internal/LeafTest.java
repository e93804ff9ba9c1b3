package io.scimworks.filter.internal;

import tools.jackson.databind.JsonNode;

/** Tests one non-null scalar value found at an attribute path against a compare value. */
@FunctionalInterface
interface LeafTest {
  boolean test(JsonNode leaf);
}
