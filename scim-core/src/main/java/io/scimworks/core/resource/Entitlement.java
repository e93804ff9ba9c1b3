package io.scimworks.core.resource;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One of a user's {@code entitlements} (RFC 7643 §4.1.2).
 *
 * @param value the entitlement
 * @param display a human-readable name, or {@code null}
 * @param type a label such as an application-defined label, or {@code null}
 * @param primary whether this is the preferred value, or {@code null} when unspecified
 */
public record Entitlement(
    @Nullable String value,
    @Nullable String display,
    @Nullable String type,
    @Nullable Boolean primary) {

  /**
   * A value with a type and nothing else.
   *
   * @param value the entitlement; not checked
   * @param type a label such as {@code work}, or {@code null} for none
   * @return a value with {@code display} and {@code primary} absent
   */
  public static Entitlement of(String value, @Nullable String type) {
    return new Entitlement(value, null, type, null);
  }

  /**
   * This value marked (or unmarked) as primary.
   *
   * @param primary whether this is the preferred value
   * @return a copy with {@code primary} set to {@code primary}; this value is unchanged
   */
  public Entitlement withPrimary(boolean primary) {
    return new Entitlement(value, display, type, primary);
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
  public static Entitlement fromJson(JsonNode json) {
    return TypedValue.fromJson(json, Entitlement::new);
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
   * Starts an empty entitlement, the same way {@code User.builder()} starts a user.
   *
   * <pre>{@code
   * Entitlement.builder().value("premium-support").primary(true).build();
   * }</pre>
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this entitlement's parts, to derive a changed copy.
   *
   * @return a new builder holding this value's parts; changing it leaves this value unchanged
   */
  public Builder toBuilder() {
    return new Builder().parts(value, display, type, primary);
  }

  /** Builds {@link Entitlement} values; every part is optional. Not thread-safe. */
  public static final class Builder extends TypedValue.Builder<Entitlement, Builder> {
    private Builder() {
      super(Entitlement::new);
    }
  }
}
