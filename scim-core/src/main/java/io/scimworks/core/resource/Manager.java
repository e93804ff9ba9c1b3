package io.scimworks.core.resource;

import io.scimworks.core.json.ScimJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The enterprise extension's {@code manager} (RFC 7643 §4.3).
 *
 * @param value the manager's {@code id}
 * @param ref the manager's URI, or {@code null}
 * @param displayName the manager's display name (read-only), or {@code null}
 */
public record Manager(@Nullable String value, @Nullable String ref, @Nullable String displayName) {

  /**
   * A manager by id.
   *
   * @param value the manager's {@code id}
   * @return a manager with {@code $ref} and {@code displayName} absent
   */
  public static Manager of(String value) {
    return new Manager(value, null, null);
  }

  /**
   * Reads a manager. Accepts the bare id string Entra sends and the older one-element array form
   * {@code [{"$ref": ..., "value": id}]}.
   *
   * @param json the {@code manager} value as received: an object, a bare id string (Entra ID), or
   *     an array whose first element is used; other values read as all parts absent
   * @return the value, with {@code null} for each part absent or not a simple value
   */
  public static Manager fromJson(JsonNode json) {
    if (json.isString()) {
      return new Manager(json.stringValue(), null, null);
    }
    JsonNode o = json.isArray() && !json.isEmpty() ? json.get(0) : json;
    return new Manager(Nodes.text(o, "value"), Nodes.text(o, "$ref"), Nodes.text(o, "displayName"));
  }

  /**
   * Writes the complex form {@code {"value": ...}}, leaving out absent parts.
   *
   * @return a new JSON object holding the parts that are not null
   */
  public ObjectNode toJson() {
    ObjectNode o = ScimJson.object();
    Nodes.put(o, "value", value);
    Nodes.put(o, "$ref", ref);
    Nodes.put(o, "displayName", displayName);
    return o;
  }

  /**
   * Starts an empty manager reference, the same way {@code User.builder()} starts a user.
   *
   * <pre>{@code
   * Manager.builder().value(managerId).displayName("John Smith").build();
   * }</pre>
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this manager reference's parts, to derive a changed copy.
   *
   * @return a new builder holding this value's parts; changing it leaves this value unchanged
   */
  public Builder toBuilder() {
    return new Builder().value(value).ref(ref).displayName(displayName);
  }

  /** Builds {@link Manager} values; every part is optional. Not thread-safe. */
  public static final class Builder {
    private @Nullable String value;
    private @Nullable String ref;
    private @Nullable String displayName;

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
     * Sets {@code displayName}; {@code null} leaves it out.
     *
     * @param v the new value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder displayName(@Nullable String v) {
      displayName = v;
      return this;
    }

    /**
     * Builds the manager reference.
     *
     * @return a new immutable {@link Manager}
     */
    public Manager build() {
      return new Manager(value, ref, displayName);
    }
  }
}
