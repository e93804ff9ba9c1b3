package io.scimworks.provisioning;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * A group as the source directory holds it.
 *
 * @param id the source's stable identifier
 * @param attributes the source attributes, e.g. {@code {"displayName": "Sales"}}
 * @param members the source ids of its member users (first level only, as Entra provisions)
 * @param assigned whether the group is assigned to the application
 * @param hardDeleted whether the group is gone for good (a tombstone)
 */
public record SourceGroup(
    String id, ObjectNode attributes, List<String> members, boolean assigned, boolean hardDeleted) {

  /**
   * Checks the id and copies the attributes and members.
   *
   * @param id the source's stable identifier
   * @param attributes the source attributes (copied)
   * @param members the source ids of its member users (copied)
   * @param assigned whether the group is assigned to the application
   * @param hardDeleted whether the group is a tombstone
   * @throws IllegalArgumentException when the id is blank or longer than 1,024 characters
   */
  public SourceGroup {
    Sources.requireId(id);
    attributes = Objects.requireNonNull(attributes, "attributes").deepCopy();
    members = List.copyOf(members);
  }

  /**
   * An assigned, live group.
   *
   * @param id the source's stable identifier
   * @param attributes the source attributes (copied)
   * @param members the source ids of its member users (copied)
   * @return the group
   * @throws IllegalArgumentException when the id is blank or longer than 1,024 characters
   */
  public static SourceGroup of(String id, ObjectNode attributes, List<String> members) {
    return new SourceGroup(id, attributes, members, true, false);
  }

  /**
   * This group with other members.
   *
   * @param members the source ids of its member users (copied)
   * @return a copy
   */
  public SourceGroup withMembers(List<String> members) {
    return new SourceGroup(id, attributes, members, assigned, hardDeleted);
  }

  /**
   * This group with other attributes.
   *
   * @param attributes the new attributes (copied)
   * @return a copy
   */
  public SourceGroup withAttributes(ObjectNode attributes) {
    return new SourceGroup(id, attributes, members, assigned, hardDeleted);
  }

  /**
   * This group with another assignment.
   *
   * @param assigned whether the group is assigned to the application
   * @return a copy
   */
  public SourceGroup withAssigned(boolean assigned) {
    return new SourceGroup(id, attributes, members, assigned, hardDeleted);
  }

  /**
   * A tombstone of this group.
   *
   * @return a copy marked hard-deleted
   */
  public SourceGroup asHardDeleted() {
    return new SourceGroup(id, attributes, members, assigned, true);
  }
}
