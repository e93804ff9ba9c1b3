package io.scimworks.core.validation;

/** The operation a resource is validated for; the rules differ (RFC 7643 §2.2, RFC 7644 §3). */
public enum Operation {
  /**
   * {@code POST}: client-sent {@code id}, {@code meta} and {@code readOnly} attributes are ignored;
   * required attributes must be present.
   */
  CREATE,
  /**
   * {@code PUT}: as {@link #CREATE}, and {@code immutable} attributes that are set cannot change
   * (omitted ones are kept from the stored resource).
   */
  REPLACE,
  /**
   * The result of a PATCH: the whole resource must be valid, {@code immutable} attributes that were
   * set and {@code readOnly} attributes must not have changed.
   */
  PATCH_RESULT
}
