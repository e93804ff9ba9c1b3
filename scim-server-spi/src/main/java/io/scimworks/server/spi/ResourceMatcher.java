package io.scimworks.server.spi;

import tools.jackson.databind.node.ObjectNode;

/**
 * A filter compiled by the server with the resource type's schema rules ({@code caseExact}, types,
 * case-insensitive names). A repository that narrows candidates itself (say, through an index on
 * one attribute of an {@code and}) can use it to check the rest of the filter exactly.
 */
@FunctionalInterface
public interface ResourceMatcher {

  /** Matches every resource. */
  ResourceMatcher ALL = resource -> true;

  /**
   * Whether {@code resource} satisfies the filter.
   *
   * @param resource a stored resource tree; not changed
   * @return whether it matches the request's whole filter
   */
  boolean matches(ObjectNode resource);
}
