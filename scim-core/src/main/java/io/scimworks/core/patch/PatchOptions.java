package io.scimworks.core.patch;

/**
 * What the {@link PatchEngine} accepts beyond the letter of RFC 7644 §3.5.2. Every leniency is on
 * in {@link #defaults()}, because real identity providers send these shapes; {@link #strict()}
 * turns them all off. Immutable; derive variants with {@link #toBuilder()}.
 *
 * <pre>{@code
 * PatchOptions options = PatchOptions.defaults().toBuilder().decodeJsonRoleValues(false).build();
 * }</pre>
 *
 * @param opAnyCase {@code op} in any case: {@code Replace}, {@code ADD} (Entra ID)
 * @param booleanStrings {@code "True"} / {@code "False"} (any case) for boolean attributes such as
 *     {@code active} and {@code primary} (Entra ID)
 * @param pathKeysInValue in a no-path {@code add}/{@code replace}, value keys that are paths:
 *     {@code name.givenName} and URN-qualified {@code urn:...:enterprise:2.0:User:employeeNumber}
 *     (Entra ID {@code aadOptscim062020})
 * @param removeByValue {@code remove} of a multi-valued attribute with a {@code value} array
 *     removes exactly those values (Entra ID removing group members) instead of the whole attribute
 * @param filteredAddCreates {@code add} to {@code emails[type eq "work"].value} with no matching
 *     element creates {@code {"type": "work", "value": ...}}; repeating it updates that element
 *     (Entra ID)
 * @param complexValueShorthands for a single-valued complex attribute with a {@code value}
 *     sub-attribute, a bare string means {@code {"value": string}} and a one-element array means
 *     its element; {@code {"value": ""}} or an empty array clears the attribute (Entra ID's {@code
 *     manager}). Other single-valued complex attributes ({@code name}) take one JSON object: an
 *     array there is 400 {@code invalidValue} whatever the options, as in validation
 * @param decodeJsonRoleValues a {@code roles} element whose {@code value} is a JSON string holding
 *     an object ({@code "{\"id\":..,\"value\":\"Admin\",\"displayName\":..}"}) becomes that role
 *     (Entra ID app roles)
 */
public record PatchOptions(
    boolean opAnyCase,
    boolean booleanStrings,
    boolean pathKeysInValue,
    boolean removeByValue,
    boolean filteredAddCreates,
    boolean complexValueShorthands,
    boolean decodeJsonRoleValues) {

  private static final PatchOptions DEFAULTS =
      new PatchOptions(true, true, true, true, true, true, true);
  private static final PatchOptions STRICT =
      new PatchOptions(false, false, false, false, false, false, false);

  /**
   * Every leniency on: what a server facing Entra ID, Okta and friends wants.
   *
   * @return the shared instance with every leniency on
   */
  public static PatchOptions defaults() {
    return DEFAULTS;
  }

  /**
   * RFC 7644 to the letter: every leniency off.
   *
   * @return the shared instance with every leniency off
   */
  public static PatchOptions strict() {
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

  /** Builds {@link PatchOptions}. Not thread-safe. */
  public static final class Builder {
    private boolean opAnyCase;
    private boolean booleanStrings;
    private boolean pathKeysInValue;
    private boolean removeByValue;
    private boolean filteredAddCreates;
    private boolean complexValueShorthands;
    private boolean decodeJsonRoleValues;

    private Builder(PatchOptions o) {
      opAnyCase = o.opAnyCase;
      booleanStrings = o.booleanStrings;
      pathKeysInValue = o.pathKeysInValue;
      removeByValue = o.removeByValue;
      filteredAddCreates = o.filteredAddCreates;
      complexValueShorthands = o.complexValueShorthands;
      decodeJsonRoleValues = o.decodeJsonRoleValues;
    }

    /**
     * See {@link PatchOptions#opAnyCase()}.
     *
     * @param on {@code true} to accept the shape, {@code false} to reject it as RFC 7644 does
     * @return this builder
     */
    public Builder opAnyCase(boolean on) {
      opAnyCase = on;
      return this;
    }

    /**
     * See {@link PatchOptions#booleanStrings()}.
     *
     * @param on {@code true} to accept the shape, {@code false} to reject it as RFC 7644 does
     * @return this builder
     */
    public Builder booleanStrings(boolean on) {
      booleanStrings = on;
      return this;
    }

    /**
     * See {@link PatchOptions#pathKeysInValue()}.
     *
     * @param on {@code true} to accept the shape, {@code false} to reject it as RFC 7644 does
     * @return this builder
     */
    public Builder pathKeysInValue(boolean on) {
      pathKeysInValue = on;
      return this;
    }

    /**
     * See {@link PatchOptions#removeByValue()}.
     *
     * @param on {@code true} to accept the shape, {@code false} to reject it as RFC 7644 does
     * @return this builder
     */
    public Builder removeByValue(boolean on) {
      removeByValue = on;
      return this;
    }

    /**
     * See {@link PatchOptions#filteredAddCreates()}.
     *
     * @param on {@code true} to accept the shape, {@code false} to reject it as RFC 7644 does
     * @return this builder
     */
    public Builder filteredAddCreates(boolean on) {
      filteredAddCreates = on;
      return this;
    }

    /**
     * See {@link PatchOptions#complexValueShorthands()}.
     *
     * @param on {@code true} to accept the shape, {@code false} to reject it as RFC 7644 does
     * @return this builder
     */
    public Builder complexValueShorthands(boolean on) {
      complexValueShorthands = on;
      return this;
    }

    /**
     * See {@link PatchOptions#decodeJsonRoleValues()}.
     *
     * @param on {@code true} to accept the shape, {@code false} to reject it as RFC 7644 does
     * @return this builder
     */
    public Builder decodeJsonRoleValues(boolean on) {
      decodeJsonRoleValues = on;
      return this;
    }

    /**
     * The options.
     *
     * @return new immutable options; the builder stays usable
     */
    public PatchOptions build() {
      return new PatchOptions(
          opAnyCase,
          booleanStrings,
          pathKeysInValue,
          removeByValue,
          filteredAddCreates,
          complexValueShorthands,
          decodeJsonRoleValues);
    }
  }
}
