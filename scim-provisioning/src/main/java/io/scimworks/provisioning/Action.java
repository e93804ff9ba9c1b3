package io.scimworks.provisioning;

/** What the engine did to an object, as in Entra ID's provisioning logs. */
public enum Action {
  /** A resource was created at the target. */
  CREATE,
  /** A resource was changed (attributes, group members, or enabled again). */
  UPDATE,
  /** A resource was deleted. */
  DELETE,
  /** A user was disabled ({@code active} false). */
  DISABLE,
  /** Anything else: matched without change, skipped out of scope, a cycle-level event. */
  OTHER
}
