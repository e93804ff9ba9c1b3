package io.scimworks.core.resource;

import io.scimworks.core.json.ScimJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One of a user's {@code emails} (RFC 7643 §4.1.2).
 *
 * @param value the address, e.g. {@code bjensen@example.com}
 * @param display a human-readable name, or {@code null}
 * @param type a label such as {@code work}, {@code home}, {@code other}, or {@code null}
 * @param primary whether this is the preferred value, or {@code null} when unspecified
 */
public record Email(
    @Nullable String value,
    @Nullable String display,
    @Nullable String type,
    @Nullable Boolean primary) {

  /** A value with a type and nothing else. */
  public static Email of(String value, @Nullable String type) {
    return new Email(value, null, type, null);
  }

  /** This value marked (or unmarked) as primary. */
  public Email withPrimary(boolean primary) {
    return new Email(value, display, type, primary);
  }

  /** Whether {@link #primary()} is {@code true}. */
  public boolean isPrimary() {
    return Boolean.TRUE.equals(primary);
  }

  /** Reads one element; {@code primary} may be the string {@code "True"}. */
  public static Email fromJson(JsonNode json) {
    return new Email(
        Nodes.text(json, "value"),
        Nodes.text(json, "display"),
        Nodes.text(json, "type"),
        Nodes.bool(json, "primary"));
  }

  /** Writes the element, leaving out absent parts. */
  public ObjectNode toJson() {
    ObjectNode o = ScimJson.object();
    Nodes.put(o, "value", value);
    Nodes.put(o, "display", display);
    Nodes.put(o, "type", type);
    Nodes.put(o, "primary", primary);
    return o;
  }

  /**
   * Starts an empty email address, the same way {@code User.builder()} starts a user.
   *
   * <pre>{@code
   * Email.builder().value("bjensen@example.com").type("work").primary(true).build();
   * }</pre>
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this email address's parts, to derive a changed copy. */
  public Builder toBuilder() {
    return new Builder().value(value).display(display).type(type).primary(primary);
  }

  /** Builds {@link Email} values; every part is optional. Not thread-safe. */
  public static final class Builder {
    private @Nullable String value;
    private @Nullable String display;
    private @Nullable String type;
    private @Nullable Boolean primary;

    private Builder() {}

    /** Sets {@code value}; {@code null} leaves it out. */
    public Builder value(@Nullable String v) {
      value = v;
      return this;
    }

    /** Sets {@code display}; {@code null} leaves it out. */
    public Builder display(@Nullable String v) {
      display = v;
      return this;
    }

    /** Sets {@code type}; {@code null} leaves it out. */
    public Builder type(@Nullable String v) {
      type = v;
      return this;
    }

    /** Sets {@code primary}; {@code null} leaves it out. */
    public Builder primary(@Nullable Boolean v) {
      primary = v;
      return this;
    }

    /** Builds the email address. */
    public Email build() {
      return new Email(value, display, type, primary);
    }
  }
}
