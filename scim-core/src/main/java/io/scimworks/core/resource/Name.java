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

  /** A name with given and family name only. */
  public static Name of(String givenName, String familyName) {
    return new Name(null, familyName, givenName, null, null, null);
  }

  /** Reads a {@code name} object. */
  public static Name fromJson(JsonNode json) {
    return new Name(
        Nodes.text(json, "formatted"),
        Nodes.text(json, "familyName"),
        Nodes.text(json, "givenName"),
        Nodes.text(json, "middleName"),
        Nodes.text(json, "honorificPrefix"),
        Nodes.text(json, "honorificSuffix"));
  }

  /** Writes the object, leaving out absent parts. */
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
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this name's parts, to derive a changed copy. */
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

    /** Sets {@code formatted}; {@code null} leaves it out. */
    public Builder formatted(@Nullable String v) {
      formatted = v;
      return this;
    }

    /** Sets {@code familyName}; {@code null} leaves it out. */
    public Builder familyName(@Nullable String v) {
      familyName = v;
      return this;
    }

    /** Sets {@code givenName}; {@code null} leaves it out. */
    public Builder givenName(@Nullable String v) {
      givenName = v;
      return this;
    }

    /** Sets {@code middleName}; {@code null} leaves it out. */
    public Builder middleName(@Nullable String v) {
      middleName = v;
      return this;
    }

    /** Sets {@code honorificPrefix}; {@code null} leaves it out. */
    public Builder honorificPrefix(@Nullable String v) {
      honorificPrefix = v;
      return this;
    }

    /** Sets {@code honorificSuffix}; {@code null} leaves it out. */
    public Builder honorificSuffix(@Nullable String v) {
      honorificSuffix = v;
      return this;
    }

    /** Builds the name. */
    public Name build() {
      return new Name(
          formatted, familyName, givenName, middleName, honorificPrefix, honorificSuffix);
    }
  }
}
