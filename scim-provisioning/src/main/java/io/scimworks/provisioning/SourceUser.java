package io.scimworks.provisioning;

import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * A user as the source directory holds it.
 *
 * @param id the source's stable identifier (Entra's {@code objectId}); never reused
 * @param attributes the source attributes, e.g. {@code {"userPrincipalName": "alice@contoso.com",
 *     "givenName": "Alice"}}; mappings and scoping filters read them
 * @param assigned whether the user is assigned to the application, directly or through a group
 * @param softDeleted whether the user is deleted in the source but can still be restored (the
 *     target user is then disabled)
 * @param hardDeleted whether the user is gone for good (a tombstone: the target user is deleted)
 */
public record SourceUser(
    String id, ObjectNode attributes, boolean assigned, boolean softDeleted, boolean hardDeleted) {

  /**
   * Checks the id and copies the attributes.
   *
   * @param id the source's stable identifier
   * @param attributes the source attributes (copied)
   * @param assigned whether the user is assigned to the application
   * @param softDeleted whether the user is soft-deleted in the source
   * @param hardDeleted whether the user is a tombstone
   * @throws IllegalArgumentException when the id is blank or longer than 1,024 characters
   */
  public SourceUser {
    Sources.requireId(id);
    attributes = Objects.requireNonNull(attributes, "attributes").deepCopy();
  }

  /**
   * An assigned, live user.
   *
   * @param id the source's stable identifier
   * @param attributes the source attributes (copied)
   * @return the user
   * @throws IllegalArgumentException when the id is blank or longer than 1,024 characters
   */
  public static SourceUser of(String id, ObjectNode attributes) {
    return new SourceUser(id, attributes, true, false, false);
  }

  /**
   * This user with another assignment.
   *
   * @param assigned whether the user is assigned to the application
   * @return a copy
   */
  public SourceUser withAssigned(boolean assigned) {
    return new SourceUser(id, attributes, assigned, softDeleted, hardDeleted);
  }

  /**
   * This user soft-deleted or restored.
   *
   * @param softDeleted whether the user is soft-deleted
   * @return a copy
   */
  public SourceUser withSoftDeleted(boolean softDeleted) {
    return new SourceUser(id, attributes, assigned, softDeleted, hardDeleted);
  }

  /**
   * This user with other attributes.
   *
   * @param attributes the new attributes (copied)
   * @return a copy
   */
  public SourceUser withAttributes(ObjectNode attributes) {
    return new SourceUser(id, attributes, assigned, softDeleted, hardDeleted);
  }

  /**
   * A tombstone of this user.
   *
   * @return a copy marked hard-deleted
   */
  public SourceUser asHardDeleted() {
    return new SourceUser(id, attributes, assigned, softDeleted, true);
  }
}
