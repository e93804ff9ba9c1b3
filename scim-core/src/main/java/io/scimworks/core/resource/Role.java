package io.scimworks.core.resource;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One of a user's {@code roles} (RFC 7643 §4.1.2). Entra sends {@code type:
 * "WindowsAzureActiveDirectoryRole"}.
 *
 * @param value the role, e.g. {@code Admin}
 * @param display a human-readable name, or {@code null}
 * @param type a label such as an application-defined label, or {@code null}
 * @param primary whether this is the preferred value, or {@code null} when unspecified
 */
public record Role(
    @Nullable String value,
    @Nullable String display,
    @Nullable String type,
    @Nullable Boolean primary) {

  /**
   * A value with a type and nothing else.
   *
   * @param value the role, e.g. {@code admin}; not checked
   * @param type a label such as {@code work}, or {@code null} for none
   * @return a value with {@code display} and {@code primary} absent
   */
  public static Role of(String value, @Nullable String type) {
    return new Role(value, null, type, null);
  }

  /**
   * This value marked (or unmarked) as primary.
   *
   * @param primary whether this is the preferred value
   * @return a copy with {@code primary} set to {@code primary}; this value is unchanged
   */
  public Role withPrimary(boolean primary) {
    return new Role(value, display, type, primary);
  }

  /**
   * Whether {@link #primary()} is {@code true}.
   *
   * @return {@code true} only when {@code primary} is present and {@code true}
   */
  public boolean isPrimary() {
    return Boolean.TRUE.equals(primary);
  }

  /**
   * Reads one element; {@code primary} may be the string {@code "True"}.
   *
   * @param json the JSON object as received; members are matched case-insensitively, unknown ones
   *     are ignored and a non-object reads as all parts absent
   * @return the value, with {@code null} for each part absent or of the wrong JSON type
   */
  public static Role fromJson(JsonNode json) {
    return TypedValue.fromJson(json, Role::new);
  }

  /**
   * Writes the element, leaving out absent parts.
   *
   * @return a new JSON object holding the parts that are not null
   */
  public ObjectNode toJson() {
    return TypedValue.toJson(value, display, type, primary);
  }

  /**
   * Starts an empty role, the same way {@code User.builder()} starts a user.
   *
   * <pre>{@code
   * Role.builder().value("Admin").type("WindowsAzureActiveDirectoryRole").primary(true).build();
   * }</pre>
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this role's parts, to derive a changed copy.
   *
   * @return a new builder holding this value's parts; changing it leaves this value unchanged
   */
  public Builder toBuilder() {
    return new Builder().parts(value, display, type, primary);
  }

  /** Builds {@link Role} values; every part is optional. Not thread-safe. */
  public static final class Builder extends TypedValue.Builder<Role, Builder> {
    private Builder() {
      super(Role::new);
    }
  }
}
