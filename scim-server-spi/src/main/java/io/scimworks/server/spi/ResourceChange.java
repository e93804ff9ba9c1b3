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
   * Returns {@code current} itself (the same instance) when the change changes nothing: a
   * repository then skips the write and keeps the resource's version and {@code lastModified}.
   *
   * @param current a private copy of the stored resource
   * @return the changed resource, or {@code current} itself when nothing changes
   * @throws io.scimworks.core.ScimException when the change cannot be applied (400 and such)
   */
  ObjectNode applyTo(ObjectNode current);
}
