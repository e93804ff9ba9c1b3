package io.scimworks.core.validation;

/** What validation does with attributes the resource type's schemas do not define. */
public enum UnknownAttributes {
  /** Keep them as sent (the default: identity providers send custom attributes). */
  KEEP,
  /** Silently drop them. */
  DROP,
  /** Reject the request with 400 {@code invalidSyntax} naming the attribute. */
  REJECT
}
