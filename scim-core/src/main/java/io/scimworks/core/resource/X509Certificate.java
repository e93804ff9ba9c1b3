package io.scimworks.core.resource;

import io.scimworks.core.json.ScimJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One of a user's {@code x509Certificates} (RFC 7643 §4.1.2).
 *
 * @param value the DER certificate, base64-encoded
 * @param display a human-readable name, or {@code null}
 * @param type a label such as an application-defined label, or {@code null}
 * @param primary whether this is the preferred value, or {@code null} when unspecified
 */
public record X509Certificate(
    @Nullable String value,
    @Nullable String display,
    @Nullable String type,
    @Nullable Boolean primary) {

  /** A value with a type and nothing else. */
  public static X509Certificate of(String value, @Nullable String type) {
    return new X509Certificate(value, null, type, null);
  }

  /** This value marked (or unmarked) as primary. */
  public X509Certificate withPrimary(boolean primary) {
    return new X509Certificate(value, display, type, primary);
  }

  /** Whether {@link #primary()} is {@code true}. */
  public boolean isPrimary() {
    return Boolean.TRUE.equals(primary);
  }

  /** Reads one element; {@code primary} may be the string {@code "True"}. */
  public static X509Certificate fromJson(JsonNode json) {
    return new X509Certificate(
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
   * Starts an empty certificate, the same way {@code User.builder()} starts a user.
   *
   * <pre>{@code
   * X509Certificate.builder().value(base64Der).build();
   * }</pre>
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this certificate's parts, to derive a changed copy. */
  public Builder toBuilder() {
    return new Builder().value(value).display(display).type(type).primary(primary);
  }

  /** Builds {@link X509Certificate} values; every part is optional. Not thread-safe. */
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

    /** Builds the certificate. */
    public X509Certificate build() {
      return new X509Certificate(value, display, type, primary);
    }
  }
}
