package io.scimworks.provisioning;

/** The two kinds of object the engine provisions. */
public enum ObjectKind {
  /** A user, at {@code /Users}. */
  USER,
  /** A group, at {@code /Groups}. */
  GROUP
}
