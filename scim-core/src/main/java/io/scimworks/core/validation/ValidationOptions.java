package io.scimworks.core.validation;

import io.scimworks.core.schema.internal.SimpleValues;
import java.util.Objects;

/**
 * What validation accepts beyond the letter of RFC 7643, and its limits. Immutable; start from
 * {@link #defaults()} (what a server facing real identity providers needs) or {@link #strict()},
 * and derive variants with {@link #toBuilder()}.
 *
 * <p>Types are strict by default: a number where a string is defined ({@code "userName": 5}), a
 * single value where an array is defined ({@code "emails": "x@y"}) or an array where a single value
 * is defined is 400 {@code invalidValue}. Each coercion is a named leniency that a real identity
 * provider needs, and only those are on by default:
 *
 * <ul>
 *   <li>{@link #coerceBooleanStrings()}: Entra ID sends {@code "active": "True"} and {@code
 *       "primary": "False"} (on);
 *   <li>{@link #complexValueShorthands()}: Entra ID sends a manager as a bare id, as a one-element
 *       array, and clears it with {@code {"value": ""}} (on). Only single-valued complex attributes
 *       with a {@code value} sub-attribute take these shapes: an array for {@code name}, or for an
 *       application's complex attribute without {@code value}, is 400 {@code invalidValue} either
 *       way;
 *   <li>{@link #ignoreUnknownSchemas()}: Entra ID lists a Microsoft schema URI of its own beside
 *       the core Group schema when it creates a group (on);
 *   <li>{@link #acceptUnlistedExtensions()}: Entra ID sends extension attributes under a URN it
 *       does not list in {@code schemas} (on);
 *   <li>{@link #coerceNumberStrings()} and {@link #singleValuesAsArrays()}: no known provider needs
 *       them (off).
 * </ul>
 *
 * <p>A resource's {@code schemas} (RFC 7643 §3, RFC 7644 §3.3) is checked on create and replace: it
 * must be a non-empty array of URIs naming the resource type's core schema; a URN naming a schema
 * that is neither that core schema nor one of the type's extensions (the Group schema on a user) is
 * 400 {@code invalidValue}, and so is a URN the server does not know unless {@link
 * #ignoreUnknownSchemas()}.
 *
 * <pre>{@code
 * ValidationOptions opts = ValidationOptions.defaults().toBuilder()
 *     .unknownAttributes(UnknownAttributes.REJECT)
 *     .maxValuesPerAttribute(5_000)
 *     .build();
 * }</pre>
 *
 * @param unknownAttributes what to do with attributes no schema defines, on every write path
 *     (default {@link UnknownAttributes#DROP})
 * @param coerceBooleanStrings accept {@code "True"}/{@code "False"} (any case) for booleans and
 *     store real booleans (Entra ID)
 * @param coerceNumberStrings accept numbers written as strings for integer and decimal attributes
 * @param complexValueShorthands for a single-valued complex attribute with a {@code value}
 *     sub-attribute, a bare string means {@code {"value": string}} and a one-element array means
 *     its element; an empty {@code value} clears it (Entra ID's {@code manager})
 * @param singleValuesAsArrays accept one value where a multi-valued attribute needs an array
 * @param enforceAllCanonicalValues reject values outside {@code canonicalValues} for every
 *     attribute that lists some; otherwise only attributes flagged {@link
 *     io.scimworks.core.schema.AttributeDefinition#enforceCanonicalValues()} are checked
 * @param maxValuesPerAttribute the most values one multi-valued attribute may hold (default {@value
 *     #DEFAULT_MAX_VALUES}); more is 400 {@code tooMany}, on create, replace and PATCH
 * @param ignoreUnknownSchemas on create and replace, a URN in {@code schemas} that names no schema
 *     the server knows is ignored (and not stored) instead of 400 {@code invalidValue}; a URN of a
 *     known schema of another resource type is refused either way (Entra ID)
 * @param acceptUnlistedExtensions on create and replace, an object under a declared extension's URN
 *     that {@code schemas} does not list is accepted (and the URN listed) instead of 400 {@code
 *     invalidValue} (Entra ID)
 */
public record ValidationOptions(
    UnknownAttributes unknownAttributes,
    boolean coerceBooleanStrings,
    boolean coerceNumberStrings,
    boolean complexValueShorthands,
    boolean singleValuesAsArrays,
    boolean enforceAllCanonicalValues,
    int maxValuesPerAttribute,
    boolean ignoreUnknownSchemas,
    boolean acceptUnlistedExtensions) {

  /**
   * The default {@link #maxValuesPerAttribute()}: large enough for an "all staff" group of a big
   * organisation, small enough that one request cannot hold a tenant's writes for long.
   */
  public static final int DEFAULT_MAX_VALUES = 100_000;

  private static final ValidationOptions DEFAULTS =
      new ValidationOptions(
          UnknownAttributes.DROP, true, false, true, false, false, DEFAULT_MAX_VALUES, true, true);
  private static final ValidationOptions STRICT =
      new ValidationOptions(
          UnknownAttributes.REJECT,
          false,
          false,
          false,
          false,
          false,
          DEFAULT_MAX_VALUES,
          false,
          false);

  /**
   * Rejects a null policy and a limit below one.
   *
   * @param unknownAttributes the unknown-attribute policy; not null
   * @param coerceBooleanStrings whether boolean strings are accepted
   * @param coerceNumberStrings whether number strings are accepted
   * @param complexValueShorthands whether the complex-value shorthands are accepted
   * @param singleValuesAsArrays whether a single value stands for a one-element array
   * @param enforceAllCanonicalValues whether every attribute's canonical values are enforced
   * @param maxValuesPerAttribute at least 1
   * @param ignoreUnknownSchemas whether unknown URNs in {@code schemas} are ignored
   * @param acceptUnlistedExtensions whether extension objects not listed in {@code schemas} are
   *     accepted
   * @throws NullPointerException when {@code unknownAttributes} is null
   * @throws IllegalArgumentException when {@code maxValuesPerAttribute} is below 1
   */
  public ValidationOptions {
    Objects.requireNonNull(unknownAttributes, "unknownAttributes");
    if (maxValuesPerAttribute < 1) {
      throw new IllegalArgumentException("maxValuesPerAttribute must be at least 1");
    }
  }

  /**
   * Server defaults: unknown attributes dropped, Entra ID's leniencies on, nothing else.
   *
   * @return the shared default options
   */
  public static ValidationOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Strict RFC reading: unknown attributes and unknown or unlisted schemas rejected, no coercions.
   *
   * @return the shared strict options
   */
  public static ValidationOptions strict() {
    return STRICT;
  }

  /**
   * A builder starting from {@link #defaults()}.
   *
   * @return a new builder holding the defaults
   */
  public static Builder builder() {
    return DEFAULTS.toBuilder();
  }

  /**
   * A builder starting from these options.
   *
   * @return a new builder holding these options; changing it leaves them unchanged
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The coercions of simple values these options turn on. */
  SimpleValues.Coercions coercions() {
    return new SimpleValues.Coercions(
        coerceBooleanStrings, coerceNumberStrings, enforceAllCanonicalValues);
  }

  /** Builds {@link ValidationOptions}. Not thread-safe. */
  public static final class Builder {
    private UnknownAttributes unknownAttributes;
    private boolean coerceBooleanStrings;
    private boolean coerceNumberStrings;
    private boolean complexValueShorthands;
    private boolean singleValuesAsArrays;
    private boolean enforceAllCanonicalValues;
    private int maxValuesPerAttribute;
    private boolean ignoreUnknownSchemas;
    private boolean acceptUnlistedExtensions;

    private Builder(ValidationOptions o) {
      unknownAttributes = o.unknownAttributes;
      coerceBooleanStrings = o.coerceBooleanStrings;
      coerceNumberStrings = o.coerceNumberStrings;
      complexValueShorthands = o.complexValueShorthands;
      singleValuesAsArrays = o.singleValuesAsArrays;
      enforceAllCanonicalValues = o.enforceAllCanonicalValues;
      maxValuesPerAttribute = o.maxValuesPerAttribute;
      ignoreUnknownSchemas = o.ignoreUnknownSchemas;
      acceptUnlistedExtensions = o.acceptUnlistedExtensions;
    }

    /**
     * See {@link ValidationOptions#unknownAttributes()}.
     *
     * @param policy the policy; not null
     * @return this builder
     */
    public Builder unknownAttributes(UnknownAttributes policy) {
      unknownAttributes = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * See {@link ValidationOptions#coerceBooleanStrings()}.
     *
     * @param on {@code true} to turn the leniency on
     * @return this builder
     */
    public Builder coerceBooleanStrings(boolean on) {
      coerceBooleanStrings = on;
      return this;
    }

    /**
     * See {@link ValidationOptions#coerceNumberStrings()}.
     *
     * @param on {@code true} to turn the leniency on
     * @return this builder
     */
    public Builder coerceNumberStrings(boolean on) {
      coerceNumberStrings = on;
      return this;
    }

    /**
     * See {@link ValidationOptions#complexValueShorthands()}.
     *
     * @param on {@code true} to turn the leniency on
     * @return this builder
     */
    public Builder complexValueShorthands(boolean on) {
      complexValueShorthands = on;
      return this;
    }

    /**
     * See {@link ValidationOptions#singleValuesAsArrays()}.
     *
     * @param on {@code true} to turn the leniency on
     * @return this builder
     */
    public Builder singleValuesAsArrays(boolean on) {
      singleValuesAsArrays = on;
      return this;
    }

    /**
     * See {@link ValidationOptions#enforceAllCanonicalValues()}.
     *
     * @param on {@code true} to enforce canonical values wherever a schema lists some
     * @return this builder
     */
    public Builder enforceAllCanonicalValues(boolean on) {
      enforceAllCanonicalValues = on;
      return this;
    }

    /**
     * See {@link ValidationOptions#maxValuesPerAttribute()}.
     *
     * @param max the most values per attribute, at least 1
     * @return this builder
     * @throws IllegalArgumentException (from {@link #build()}) when below one
     */
    public Builder maxValuesPerAttribute(int max) {
      maxValuesPerAttribute = max;
      return this;
    }

    /**
     * See {@link ValidationOptions#ignoreUnknownSchemas()}.
     *
     * @param on {@code true} to turn the leniency on
     * @return this builder
     */
    public Builder ignoreUnknownSchemas(boolean on) {
      ignoreUnknownSchemas = on;
      return this;
    }

    /**
     * See {@link ValidationOptions#acceptUnlistedExtensions()}.
     *
     * @param on {@code true} to turn the leniency on
     * @return this builder
     */
    public Builder acceptUnlistedExtensions(boolean on) {
      acceptUnlistedExtensions = on;
      return this;
    }

    /**
     * The options.
     *
     * @return new immutable options; the builder stays usable
     */
    public ValidationOptions build() {
      return new ValidationOptions(
          unknownAttributes,
          coerceBooleanStrings,
          coerceNumberStrings,
          complexValueShorthands,
          singleValuesAsArrays,
          enforceAllCanonicalValues,
          maxValuesPerAttribute,
          ignoreUnknownSchemas,
          acceptUnlistedExtensions);
    }
  }
}
