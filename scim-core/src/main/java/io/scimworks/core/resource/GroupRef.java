package io.scimworks.core.resource;

import io.scimworks.core.json.ScimJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One of a user's {@code groups} (RFC 7643 §4.1.2); read-only, maintained by the service provider.
 *
 * @param value the group's {@code id}
 * @param ref the {@code $ref} URI, or {@code null}
 * @param display a human-readable name, or {@code null}
 * @param type {@code direct} or {@code indirect}, or {@code null}
 */
public record GroupRef(
    @Nullable String value, @Nullable String ref, @Nullable String display, @Nullable String type) {

  /**
   * A reference by id only.
   *
   * @param value the group's {@code id}
   * @return a reference with the other parts absent
   */
  public static GroupRef of(String value) {
    return new GroupRef(value, null, null, null);
  }

  /**
   * Reads one element ({@code $ref} may be {@code null}, as Entra sends it).
   *
   * @param json the JSON object as received; members are matched case-insensitively, unknown ones
   *     are ignored and a non-object reads as all parts absent
   * @return the value, with {@code null} for each part absent or of the wrong JSON type
   */
  public static GroupRef fromJson(JsonNode json) {
    return new GroupRef(
        Nodes.text(json, "value"),
        Nodes.text(json, "$ref"),
        Nodes.text(json, "display"),
        Nodes.text(json, "type"));
  }

  /**
   * Writes the element, leaving out absent parts.
   *
   * @return a new JSON object holding the parts that are not null
   */
  public ObjectNode toJson() {
    ObjectNode o = ScimJson.object();
    Nodes.put(o, "value", value);
    Nodes.put(o, "$ref", ref);
    Nodes.put(o, "display", display);
    Nodes.put(o, "type", type);
    return o;
  }

  /**
   * Starts an empty group reference, the same way {@code User.builder()} starts a user.
   *
   * <pre>{@code
   * GroupRef.builder().value(groupId).display("Tour Guides").build();
   * }</pre>
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this group reference's parts, to derive a changed copy.
   *
   * @return a new builder holding this value's parts; changing it leaves this value unchanged
   */
  public Builder toBuilder() {
    return new Builder().value(value).ref(ref).display(display).type(type);
  }

  /** Builds {@link GroupRef} values; every part is optional. Not thread-safe. */
  public static final class Builder {
    private @Nullable String value;
    private @Nullable String ref;
    private @Nullable String display;
    private @Nullable String type;

    private Builder() {}

    /**
     * Sets {@code value}; {@code null} leaves it out.
     *
     * @param v the new value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder value(@Nullable String v) {
      value = v;
      return this;
    }

    /**
     * Sets {@code $ref}; {@code null} leaves it out.
     *
     * @param v the new value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder ref(@Nullable String v) {
      ref = v;
      return this;
    }

    /**
     * Sets {@code display}; {@code null} leaves it out.
     *
     * @param v the new value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder display(@Nullable String v) {
      display = v;
      return this;
    }

    /**
     * Sets {@code type}; {@code null} leaves it out.
     *
     * @param v the new value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder type(@Nullable String v) {
      type = v;
      return this;
    }

    /**
     * Builds the group reference.
     *
     * @return a new immutable {@link GroupRef}
     */
    public GroupRef build() {
      return new GroupRef(value, ref, display, type);
    }
  }
}
