package io.scimworks.server.spi;

import tools.jackson.databind.node.ObjectNode;

/**
 * A change to one resource, such as a PATCH request. A repository that patches natively calls
 * {@link #applyTo(ObjectNode)} under its own lock or transaction.
 */
@FunctionalInterface
public interface ResourceChange {

  /**
   * The changed resource; {@code current} is a private copy the change may modify and return.
   *
   * @throws io.scimworks.core.ScimException when the change cannot be applied (400 and such)
   */
  ObjectNode applyTo(ObjectNode current);
}
