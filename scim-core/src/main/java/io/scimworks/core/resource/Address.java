package io.scimworks.core.resource;

import io.scimworks.core.json.ScimJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One of a user's {@code addresses} (RFC 7643 §4.1.2).
 *
 * @param formatted the full address for display
 * @param streetAddress street, house number, P.O. box
 * @param locality city
 * @param region state or region
 * @param postalCode zip or postal code
 * @param country ISO 3166-1 alpha-2 country code
 * @param type {@code work}, {@code home} or {@code other}
 * @param primary whether this is the preferred address, or {@code null}
 */
public record Address(
    @Nullable String formatted,
    @Nullable String streetAddress,
    @Nullable String locality,
    @Nullable String region,
    @Nullable String postalCode,
    @Nullable String country,
    @Nullable String type,
    @Nullable Boolean primary) {

  /**
   * Reads one address; {@code primary} may be the string {@code "True"}.
   *
   * @param json the JSON object as received; members are matched case-insensitively, unknown ones
   *     are ignored and a non-object reads as all parts absent
   * @return the value, with {@code null} for each part absent or of the wrong JSON type
   */
  public static Address fromJson(JsonNode json) {
    return new Address(
        Nodes.text(json, "formatted"),
        Nodes.text(json, "streetAddress"),
        Nodes.text(json, "locality"),
        Nodes.text(json, "region"),
        Nodes.text(json, "postalCode"),
        Nodes.text(json, "country"),
        Nodes.text(json, "type"),
        Nodes.bool(json, "primary"));
  }

  /**
   * Writes the address, leaving out absent parts.
   *
   * @return a new JSON object holding the parts that are not null
   */
  public ObjectNode toJson() {
    ObjectNode o = ScimJson.object();
    Nodes.put(o, "formatted", formatted);
    Nodes.put(o, "streetAddress", streetAddress);
    Nodes.put(o, "locality", locality);
    Nodes.put(o, "region", region);
    Nodes.put(o, "postalCode", postalCode);
    Nodes.put(o, "country", country);
    Nodes.put(o, "type", type);
    Nodes.put(o, "primary", primary);
    return o;
  }

  /**
   * Starts an empty address, the same way {@code User.builder()} starts a user.
   *
   * <pre>{@code
   * Address.builder().streetAddress("100 Universal City Plaza").locality("Hollywood")
   *     .region("CA").postalCode("91608").country("US").type("work").build();
   * }</pre>
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this address's parts, to derive a changed copy.
   *
   * @return a new builder holding this value's parts; changing it leaves this value unchanged
   */
  public Builder toBuilder() {
    return new Builder()
        .formatted(formatted)
        .streetAddress(streetAddress)
        .locality(locality)
        .region(region)
        .postalCode(postalCode)
        .country(country)
        .type(type)
        .primary(primary);
  }

  /** Builds {@link Address} values; every part is optional. Not thread-safe. */
  public static final class Builder {
    private @Nullable String formatted;
    private @Nullable String streetAddress;
    private @Nullable String locality;
    private @Nullable String region;
    private @Nullable String postalCode;
    private @Nullable String country;
    private @Nullable String type;
    private @Nullable Boolean primary;

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
     * Sets {@code streetAddress}; {@code null} leaves it out.
     *
     * @param v the new value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder streetAddress(@Nullable String v) {
      streetAddress = v;
      return this;
    }

    /**
     * Sets {@code locality}; {@code null} leaves it out.
     *
     * @param v the new value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder locality(@Nullable String v) {
      locality = v;
      return this;
    }

    /**
     * Sets {@code region}; {@code null} leaves it out.
     *
     * @param v the new value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder region(@Nullable String v) {
      region = v;
      return this;
    }

    /**
     * Sets {@code postalCode}; {@code null} leaves it out.
     *
     * @param v the new value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder postalCode(@Nullable String v) {
      postalCode = v;
      return this;
    }

    /**
     * Sets {@code country}; {@code null} leaves it out.
     *
     * @param v the new value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder country(@Nullable String v) {
      country = v;
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
     * Sets {@code primary}; {@code null} leaves it out.
     *
     * @param v the new value, or {@code null} to leave it out
     * @return this builder
     */
    public Builder primary(@Nullable Boolean v) {
      primary = v;
      return this;
    }

    /**
     * Builds the address.
     *
     * @return a new immutable {@link Address}
     */
    public Address build() {
      return new Address(
          formatted, streetAddress, locality, region, postalCode, country, type, primary);
    }
  }
}
