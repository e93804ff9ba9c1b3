package io.scimworks.core.resource;

import io.scimworks.core.json.ScimJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One of a group's {@code members} (RFC 7643 §4.2).
 *
 * @param value the member's {@code id}
 * @param ref the {@code $ref} URI, or {@code null}
 * @param display a human-readable name, or {@code null}
 * @param type {@code User} or {@code Group}, or {@code null}
 */
public record Member(
    @Nullable String value, @Nullable String ref, @Nullable String display, @Nullable String type) {

  /**
   * A reference by id only.
   *
   * @param value the member's {@code id}
   * @return a reference with the other parts absent
   */
  public static Member of(String value) {
    return new Member(value, null, null, null);
  }

  /**
   * Reads one element ({@code $ref} may be {@code null}, as Entra sends it).
   *
   * @param json the JSON object as received; members are matched case-insensitively, unknown ones
   *     are ignored and a non-object reads as all parts absent
   * @return the value, with {@code null} for each part absent or of the wrong JSON type
   */
  public static Member fromJson(JsonNode json) {
    return new Member(
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
   * Starts an empty member, the same way {@code User.builder()} starts a user.
   *
   * <pre>{@code
   * Member.builder().value(userId).type("User").display("Babs Jensen").build();
   * }</pre>
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this member's parts, to derive a changed copy.
   *
   * @return a new builder holding this value's parts; changing it leaves this value unchanged
   */
  public Builder toBuilder() {
    return new Builder().value(value).ref(ref).display(display).type(type);
  }

  /** Builds {@link Member} values; every part is optional. Not thread-safe. */
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
     * Builds the member.
     *
     * @return a new immutable {@link Member}
     */
    public Member build() {
      return new Member(value, ref, display, type);
    }
  }
}
