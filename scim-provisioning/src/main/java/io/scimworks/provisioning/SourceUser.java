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

  /** Checks the id and copies the attributes. */
  public SourceUser {
    Sources.requireId(id);
    attributes = Objects.requireNonNull(attributes, "attributes").deepCopy();
  }

  /** An assigned, live user. */
  public static SourceUser of(String id, ObjectNode attributes) {
    return new SourceUser(id, attributes, true, false, false);
  }

  /** This user with another assignment. */
  public SourceUser withAssigned(boolean assigned) {
    return new SourceUser(id, attributes, assigned, softDeleted, hardDeleted);
  }

  /** This user soft-deleted or restored. */
  public SourceUser withSoftDeleted(boolean softDeleted) {
    return new SourceUser(id, attributes, assigned, softDeleted, hardDeleted);
  }

  /** This user with other attributes. */
  public SourceUser withAttributes(ObjectNode attributes) {
    return new SourceUser(id, attributes, assigned, softDeleted, hardDeleted);
  }

  /** A tombstone of this user. */
  public SourceUser asHardDeleted() {
    return new SourceUser(id, attributes, assigned, softDeleted, true);
  }
}
