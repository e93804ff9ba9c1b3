package io.scimworks.core.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A schema (RFC 7643 §7): a URN, a name, a description and top-level attributes. Immutable.
 *
 * <pre>{@code
 * Schema workspace = Schema.builder("urn:example:workspace:2.0:User")
 *     .name("WorkspaceUser")
 *     .attribute(AttributeDefinition.builder("timezone", AttributeType.STRING).build())
 *     .build();
 * Schema user = Schemas.user();            // RFC 7643 §8.7.1, loaded from JSON
 * }</pre>
 */
public final class Schema {
  private final String id;
  private final @Nullable String name;
  private final @Nullable String description;
  private final List<AttributeDefinition> attributes;
  private final Map<String, AttributeDefinition> byLowerName;
  private final Map<String, AttributeDefinition> byName;
  private final List<AttributeDefinition> requiredAttributes;

  private Schema(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.description = b.description;
    this.attributes = List.copyOf(b.attributes);
    Map<String, AttributeDefinition> index = new LinkedHashMap<>();
    for (AttributeDefinition a : attributes) {
      if (index.put(AttributeDefinition.lower(a.name()), a) != null) {
        throw new IllegalArgumentException(
            "schema " + id + " defines attribute '" + a.name() + "' twice");
      }
    }
    this.byLowerName = Collections.unmodifiableMap(index);
    Map<String, AttributeDefinition> exact = new HashMap<>();
    attributes.forEach(a -> exact.put(a.name(), a));
    this.byName = exact;
    this.requiredAttributes = attributes.stream().filter(AttributeDefinition::required).toList();
  }

  /**
   * Starts a schema with the given URN.
   *
   * @param id the schema URN; not null
   * @return a new, empty builder
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * A builder initialised with this schema, to derive a changed copy.
   *
   * @return a new builder holding this value's parts; changing it leaves this value unchanged
   */
  public Builder toBuilder() {
    Builder b = new Builder(id).name(name).description(description);
    b.attributes.addAll(attributes);
    return b;
  }

  /**
   * The schema URN, e.g. {@code urn:ietf:params:scim:schemas:core:2.0:User}.
   *
   * @return the URN, as given to the builder
   */
  public String id() {
    return id;
  }

  /**
   * The human-readable name, or {@code null}.
   *
   * @return the value, or {@code null} when there is none
   */
  public @Nullable String name() {
    return name;
  }

  /**
   * The description, or {@code null}.
   *
   * @return the value, or {@code null} when there is none
   */
  public @Nullable String description() {
    return description;
  }

  /**
   * The top-level attributes in schema order.
   *
   * @return an unmodifiable list, in schema order
   */
  public List<AttributeDefinition> attributes() {
    return attributes;
  }

  /**
   * The top-level attributes whose {@code required} is true, in schema order.
   *
   * @return an unmodifiable list, in schema order; empty when none is required
   */
  public List<AttributeDefinition> requiredAttributes() {
    return requiredAttributes;
  }

  /**
   * The top-level attribute named {@code name}, matched case-insensitively.
   *
   * @param name the attribute name, in any case
   * @return the attribute, or empty when the schema has none of that name
   */
  public Optional<AttributeDefinition> attribute(String name) {
    return Optional.ofNullable(attributeOrNull(name));
  }

  /**
   * Like {@link #attribute(String)} but {@code null} when absent (for hot paths).
   *
   * @param name the attribute name, in any case
   * @return the attribute, or {@code null} when the schema has none of that name
   */
  public @Nullable AttributeDefinition attributeOrNull(String name) {
    AttributeDefinition d = byName.get(name);
    return d != null ? d : byLowerName.get(AttributeDefinition.lower(name));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Schema s
        && id.equals(s.id)
        && Objects.equals(name, s.name)
        && Objects.equals(description, s.description)
        && attributes.equals(s.attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, attributes);
  }

  @Override
  public String toString() {
    return "Schema(" + id + ")";
  }

  /** Builds a {@link Schema}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private @Nullable String name;
    private @Nullable String description;
    private final List<AttributeDefinition> attributes = new ArrayList<>();

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
      if (id.isBlank()) {
        throw new IllegalArgumentException("schema id must not be blank");
      }
    }

    /**
     * Sets the name.
     *
     * @param name the human-readable name, or {@code null} for none
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description, or {@code null} for none
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Adds a top-level attribute.
     *
     * @param attribute the attribute, appended (two of one name make {@link #build()} fail)
     * @return this builder
     */
    public Builder attribute(AttributeDefinition attribute) {
      attributes.add(Objects.requireNonNull(attribute));
      return this;
    }

    /**
     * Adds top-level attributes.
     *
     * @param list the attributes, appended in order
     * @return this builder
     */
    public Builder attributes(List<AttributeDefinition> list) {
      list.forEach(this::attribute);
      return this;
    }

    /**
     * Replaces the attribute of the same name (case-insensitive) in place, or adds it.
     *
     * @param attribute the attribute; not null
     * @return this builder
     */
    public Builder replaceAttribute(AttributeDefinition attribute) {
      for (int i = 0; i < attributes.size(); i++) {
        if (attributes.get(i).name().equalsIgnoreCase(attribute.name())) {
          attributes.set(i, attribute);
          return this;
        }
      }
      return attribute(attribute);
    }

    /**
     * Builds the schema.
     *
     * @return a new immutable schema; the builder stays usable
     * @throws IllegalArgumentException if two attributes share a name
     */
    public Schema build() {
      return new Schema(this);
    }
  }
}
