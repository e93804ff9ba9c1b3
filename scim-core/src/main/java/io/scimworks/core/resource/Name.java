package io.scimworks.core.resource;

import io.scimworks.core.json.ScimJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A user's {@code name} (RFC 7643 §4.1.1).
 *
 * @param formatted the full name for display
 * @param familyName the family (last) name
 * @param givenName the given (first) name
 * @param middleName the middle name(s)
 * @param honorificPrefix e.g. {@code Ms.}
 * @param honorificSuffix e.g. {@code III}
 */
public record Name(
    @Nullable String formatted,
    @Nullable String familyName,
    @Nullable String givenName,
    @Nullable String middleName,
    @Nullable String honorificPrefix,
    @Nullable String honorificSuffix) {

  /**
   * A name with given and family name only.
   *
   * @param givenName the given name
   * @param familyName the family name
   * @return a name with {@code formatted}, {@code middleName} and the honorifics absent
   */
  public static Name of(String givenName, String familyName) {
    return new Name(null, familyName, givenName, null, null, null);
  }

  /**
   * Reads a {@code name} object.
   *
   * @param json the JSON object as received; members are matched case-insensitively, unknown ones
   *     are ignored and a non-object reads as all parts absent
   * @return the value, with {@code null} for each part absent or of the wrong JSON type
   */
  public static Name fromJson(JsonNode json) {
    return new Name(
        Nodes.text(json, "formatted"),
        Nodes.text(json, "familyName"),
        Nodes.text(json, "givenName"),
        Nodes.text(json, "middleName"),
        Nodes.text(json, "honorificPrefix"),
        Nodes.text(json, "honorificSuffix"));
  }

  /**
   * Writes the object, leaving out absent parts.
   *
   * @return a new JSON object holding the parts that are not null
   */
  public ObjectNode toJson() {
    ObjectNode o = ScimJson.object();
    Nodes.put(o, "formatted", formatted);
    Nodes.put(o, "familyName", familyName);
    Nodes.put(o, "givenName", givenName);
    Nodes.put(o, "middleName", middleName);
    Nodes.put(o, "honorificPrefix", honorificPrefix);
    Nodes.put(o, "honorificSuffix", honorificSuffix);
    return o;
  }

  /**
   * Starts an empty name, the same way {@code User.builder()} starts a user.
   *
   * <pre>{@code
   * Name.builder().givenName("Barbara").familyName("Jensen").formatted("Ms. Barbara J Jensen III").build();
   * }</pre>
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this name's parts, to derive a changed copy.
   *
   * @return a new builder holding this value's parts; changing it leaves this value unchanged
   */
  public Builder toBuilder() {
    return new Builder()
        .formatted(formatted)
        .familyName(familyName)
        .givenName(givenName)
        .middleName(middleName)
        .honorificPrefix(honorificPrefix)
        .honorificSuffix(honorificSuffix);
  }

  /** Builds {@link Name} values; every part is optional. Not thread-safe. */
  public static final class Builder {
    private @Nullable String formatted;
    private @Nullable String familyName;
    private @Nullable String givenName;
    private @Nullable String middleName;
    private @Nullable String honorificPrefix;
    private @Nullable String honorificSuffix;

    private Builder() {}

    /**
     * Sets {@code formatted}; {@code null} leaves it out.
     *
     * @param v the new value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder formatted(@Nullable String v) {
      formatted = v;
      return this;
    }

    /**
     * Sets {@code familyName}; {@code null} leaves it out.
     *
     * @param v the new value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder familyName(@Nullable String v) {
      familyName = v;
      return this;
    }

    /**
     * Sets {@code givenName}; {@code null} leaves it out.
     *
     * @param v the new value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder givenName(@Nullable String v) {
      givenName = v;
      return this;
    }

    /**
     * Sets {@code middleName}; {@code null} leaves it out.
     *
     * @param v the new value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder middleName(@Nullable String v) {
      middleName = v;
      return this;
    }

    /**
     * Sets {@code honorificPrefix}; {@code null} leaves it out.
     *
     * @param v the new value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder honorificPrefix(@Nullable String v) {
      honorificPrefix = v;
      return this;
    }

    /**
     * Sets {@code honorificSuffix}; {@code null} leaves it out.
     *
     * @param v the new value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder honorificSuffix(@Nullable String v) {
      honorificSuffix = v;
      return this;
    }

    /**
     * Builds the name.
     *
     * @return a new immutable {@link Name}
     */
    public Name build() {
      return new Name(
          formatted, familyName, givenName, middleName, honorificPrefix, honorificSuffix);
    }
  }
}
