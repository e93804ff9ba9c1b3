package io.scimworks.core.resource;

import io.scimworks.core.json.ScimJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the multi-valued attributes made of {@code value}, {@code display}, {@code type} and {@code
 * primary} (RFC 7643 §2.4) have in common: {@link Email}, {@link PhoneNumber}, {@link Im}, {@link
 * Photo}, {@link Role}, {@link Entitlement} and {@link X509Certificate}. Each of them is a record
 * with those four components in that order; it reads, writes and builds itself through this class
 * and keeps only its name and its documentation.
 */
final class TypedValue {
  private TypedValue() {}

  /**
   * The canonical constructor of one of these records.
   *
   * @param <T> the record
   */
  @FunctionalInterface
  interface Factory<T> {
    T create(
        @Nullable String value,
        @Nullable String display,
        @Nullable String type,
        @Nullable Boolean primary);
  }

  /** Reads the four parts of {@code json}; {@code primary} may be the string {@code "True"}. */
  static <T> T fromJson(JsonNode json, Factory<T> factory) {
    return factory.create(
        Nodes.text(json, "value"),
        Nodes.text(json, "display"),
        Nodes.text(json, "type"),
        Nodes.bool(json, "primary"));
  }

  /** Writes the parts that are not null, in the order RFC 7643 lists them. */
  static ObjectNode toJson(
      @Nullable String value,
      @Nullable String display,
      @Nullable String type,
      @Nullable Boolean primary) {
    ObjectNode o = ScimJson.object();
    Nodes.put(o, "value", value);
    Nodes.put(o, "display", display);
    Nodes.put(o, "type", type);
    Nodes.put(o, "primary", primary);
    return o;
  }

  /**
   * The builder of every such record; a record's own {@code Builder} extends it to name the type it
   * builds, so that {@code Email.builder().value(...)} stays an {@code Email.Builder}. Every part
   * is optional. Not thread-safe.
   *
   * @param <T> the record built
   * @param <B> the record's own builder, returned by each setter
   */
  // The public methods are not final: javac then gives each public subclass public bridges for
  // them, so that code reflecting on Email.Builder can call them (this class is not public).
  abstract static class Builder<T, B extends Builder<T, B>> {
    private final Factory<T> factory;
    private @Nullable String value;
    private @Nullable String display;
    private @Nullable String type;
    private @Nullable Boolean primary;

    Builder(Factory<T> factory) {
      this.factory = factory;
    }

    /** Sets all four parts at once, for {@code toBuilder()}. */
    final B parts(
        @Nullable String value,
        @Nullable String display,
        @Nullable String type,
        @Nullable Boolean primary) {
      this.value = value;
      this.display = display;
      this.type = type;
      this.primary = primary;
      return self();
    }

    /**
     * Sets {@code value}; {@code null} leaves it out.
     *
     * @param v the new value, or {@code null} to leave it out
     * @return this builder
     */
    public B value(@Nullable String v) {
      value = v;
      return self();
    }

    /**
     * Sets {@code display}; {@code null} leaves it out.
     *
     * @param v the new value, or {@code null} to leave it out
     * @return this builder
     */
    public B display(@Nullable String v) {
      display = v;
      return self();
    }

    /**
     * Sets {@code type}; {@code null} leaves it out.
     *
     * @param v the new value, or {@code null} to leave it out
     * @return this builder
     */
    public B type(@Nullable String v) {
      type = v;
      return self();
    }

    /**
     * Sets {@code primary}; {@code null} leaves it out.
     *
     * @param v the new value, or {@code null} to leave it out
     * @return this builder
     */
    public B primary(@Nullable Boolean v) {
      primary = v;
      return self();
    }

    /**
     * Builds the value from the parts set so far.
     *
     * @return a new immutable value; later changes to this builder leave it unchanged
     */
    public T build() {
      return factory.create(value, display, type, primary);
    }

    @SuppressWarnings("unchecked") // B is the class that extends this one, by its declaration
    private B self() {
      return (B) this;
    }
  }
}
