package io.scimworks.core.validation;

import java.util.Objects;

/**
 * How lenient validation is. Immutable; start from {@link #defaults()} (what a server facing real
 * identity providers needs) or {@link #strict()}.
 *
 * <pre>{@code
 * ValidationOptions opts = ValidationOptions.defaults().withUnknownAttributes(UnknownAttributes.REJECT);
 * }</pre>
 *
 * @param unknownAttributes what to do with attributes no schema defines
 * @param coerceBooleanStrings accept {@code "True"}/{@code "False"} (any case) for booleans, as
 *     Entra sends them, and store real booleans
 * @param coerceNumberStrings accept numbers written as strings for integer and decimal attributes,
 *     and numbers or booleans for string attributes
 * @param coerceShapes accept a single value for a multi-valued attribute (wrapped in an array), a
 *     one-element array for a single-valued one, and a bare string for a complex attribute with a
 *     {@code value} sub-attribute (Entra's manager id)
 * @param enforceAllCanonicalValues reject values outside {@code canonicalValues} for every
 *     attribute that lists some; otherwise only attributes flagged {@link
 *     io.scimworks.core.schema.AttributeDefinition#enforceCanonicalValues()} are checked
 */
public record ValidationOptions(
    UnknownAttributes unknownAttributes,
    boolean coerceBooleanStrings,
    boolean coerceNumberStrings,
    boolean coerceShapes,
    boolean enforceAllCanonicalValues) {

  /** Rejects a null policy. */
  public ValidationOptions {
    Objects.requireNonNull(unknownAttributes, "unknownAttributes");
  }

  /** Server defaults: keep unknown attributes, all coercions on, canonical values as flagged. */
  public static ValidationOptions defaults() {
    return new ValidationOptions(UnknownAttributes.KEEP, true, true, true, false);
  }

  /** Strict RFC reading: reject unknown attributes, no coercions. */
  public static ValidationOptions strict() {
    return new ValidationOptions(UnknownAttributes.REJECT, false, false, false, false);
  }

  /** A copy with another unknown-attribute policy. */
  public ValidationOptions withUnknownAttributes(UnknownAttributes policy) {
    return new ValidationOptions(
        policy, coerceBooleanStrings, coerceNumberStrings, coerceShapes, enforceAllCanonicalValues);
  }

  /** A copy with boolean-string coercion on or off. */
  public ValidationOptions withCoerceBooleanStrings(boolean on) {
    return new ValidationOptions(
        unknownAttributes, on, coerceNumberStrings, coerceShapes, enforceAllCanonicalValues);
  }

  /** A copy with number-string coercion on or off. */
  public ValidationOptions withCoerceNumberStrings(boolean on) {
    return new ValidationOptions(
        unknownAttributes, coerceBooleanStrings, on, coerceShapes, enforceAllCanonicalValues);
  }

  /** A copy with shape coercion on or off. */
  public ValidationOptions withCoerceShapes(boolean on) {
    return new ValidationOptions(
        unknownAttributes,
        coerceBooleanStrings,
        coerceNumberStrings,
        on,
        enforceAllCanonicalValues);
  }

  /** A copy enforcing canonical values everywhere (or only where flagged). */
  public ValidationOptions withEnforceAllCanonicalValues(boolean on) {
    return new ValidationOptions(
        unknownAttributes, coerceBooleanStrings, coerceNumberStrings, coerceShapes, on);
  }
}
