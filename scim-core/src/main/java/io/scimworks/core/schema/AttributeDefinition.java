package io.scimworks.core.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One attribute of a schema with its characteristics (RFC 7643 §2.2, §7). Immutable.
 *
 * <p>Defaults follow RFC 7643 §2.2: type {@code string}, single-valued, not required, not {@code
 * caseExact}, {@code readWrite}, returned by {@code default}, uniqueness {@code none}.
 *
 * <pre>{@code
 * AttributeDefinition userType = AttributeDefinition.builder("userType", AttributeType.STRING)
 *     .canonicalValues("admin", "guest", "member", "viewer")
 *     .enforceCanonicalValues(true)
 *     .build();
 * }</pre>
 *
 * <p>{@link #enforceCanonicalValues()} is a SCIMworks addition (RFC 7643 leaves canonical values
 * advisory): when set, validation rejects values outside {@link #canonicalValues()} with 400 {@code
 * invalidValue}. It is not part of the RFC's schema JSON and is not written by {@link Schemas}.
 */
public final class AttributeDefinition {
  private final String name;
  private final AttributeType type;
  private final List<AttributeDefinition> subAttributes;
  private final Map<String, AttributeDefinition> subByLowerName;
  private final Map<String, AttributeDefinition> subByName;
  private final List<AttributeDefinition> requiredSubAttributes;
  private final boolean multiValued;
  private final boolean required;
  private final boolean caseExact;
  private final Mutability mutability;
  private final Returned returned;
  private final Uniqueness uniqueness;
  private final List<String> canonicalValues;
  private final boolean enforceCanonicalValues;
  private final List<String> referenceTypes;
  private final @Nullable String description;

  private AttributeDefinition(Builder b) {
    this.name = b.name;
    this.type = b.type;
    this.subAttributes = List.copyOf(b.subAttributes);
    Map<String, AttributeDefinition> index = new LinkedHashMap<>();
    for (AttributeDefinition sub : subAttributes) {
      if (index.put(lower(sub.name), sub) != null) {
        throw new IllegalArgumentException(
            "attribute '" + name + "' defines sub-attribute '" + sub.name + "' twice");
      }
    }
    this.subByLowerName = Collections.unmodifiableMap(index);
    Map<String, AttributeDefinition> exact = new HashMap<>();
    subAttributes.forEach(a -> exact.put(a.name, a));
    this.subByName = exact;
    this.requiredSubAttributes = subAttributes.stream().filter(a -> a.required).toList();
    this.multiValued = b.multiValued;
    this.required = b.required;
    this.caseExact = b.caseExact;
    this.mutability = b.mutability;
    this.returned = b.returned;
    this.uniqueness = b.uniqueness;
    this.canonicalValues = List.copyOf(b.canonicalValues);
    this.enforceCanonicalValues = b.enforceCanonicalValues;
    this.referenceTypes = List.copyOf(b.referenceTypes);
    this.description = b.description;
    if (type != AttributeType.COMPLEX && !subAttributes.isEmpty()) {
      throw new IllegalArgumentException(
          "attribute '" + name + "' of type " + type + " cannot have sub-attributes");
    }
  }

  /**
   * Starts a definition with the given name and type; everything else takes its default.
   *
   * @param name the attribute name in its canonical case
   * @param type the data type; {@link AttributeType#COMPLEX} for one with sub-attributes
   * @return a new builder with the RFC 7643 defaults
   */
  public static Builder builder(String name, AttributeType type) {
    return new Builder(name, type);
  }

  /**
   * A builder initialised with this definition, to derive a changed copy.
   *
   * @return a new builder holding this value's parts; changing it leaves this value unchanged
   */
  public Builder toBuilder() {
    Builder b = new Builder(name, type);
    b.subAttributes.addAll(subAttributes);
    b.multiValued = multiValued;
    b.required = required;
    b.caseExact = caseExact;
    b.mutability = mutability;
    b.returned = returned;
    b.uniqueness = uniqueness;
    b.canonicalValues.addAll(canonicalValues);
    b.enforceCanonicalValues = enforceCanonicalValues;
    b.referenceTypes.addAll(referenceTypes);
    b.description = description;
    return b;
  }

  /**
   * The attribute name in its canonical case.
   *
   * @return the name, as the schema spells it
   */
  public String name() {
    return name;
  }

  /**
   * The data type.
   *
   * @return the data type
   */
  public AttributeType type() {
    return type;
  }

  /**
   * The sub-attributes of a complex attribute, in schema order; empty otherwise.
   *
   * @return an unmodifiable list, in schema order; empty for a simple attribute
   */
  public List<AttributeDefinition> subAttributes() {
    return subAttributes;
  }

  /**
   * The sub-attributes whose {@code required} is true, in schema order.
   *
   * @return an unmodifiable list, in schema order; empty when none is required
   */
  public List<AttributeDefinition> requiredSubAttributes() {
    return requiredSubAttributes;
  }

  /**
   * The sub-attribute named {@code name}, matched case-insensitively.
   *
   * @param name the sub-attribute name, in any case
   * @return the sub-attribute, or empty when there is none of that name
   */
  public Optional<AttributeDefinition> subAttribute(String name) {
    return Optional.ofNullable(subByLowerName.get(lower(name)));
  }

  /**
   * Like {@link #subAttribute(String)} but {@code null} when absent (for hot paths).
   *
   * @param name the sub-attribute name, in any case
   * @return the sub-attribute, or {@code null} when there is none of that name
   */
  public @Nullable AttributeDefinition subAttributeOrNull(String name) {
    AttributeDefinition d = subByName.get(name);
    return d != null ? d : subByLowerName.get(lower(name));
  }

  /**
   * Whether the attribute holds an array of values.
   *
   * @return {@code true} for a multi-valued attribute
   */
  public boolean multiValued() {
    return multiValued;
  }

  /**
   * Whether a value is required.
   *
   * @return {@code true} when a value is required
   */
  public boolean required() {
    return required;
  }

  /**
   * Whether string values compare case-sensitively.
   *
   * @return {@code true} when strings compare case-sensitively
   */
  public boolean caseExact() {
    return caseExact;
  }

  /**
   * When the attribute may be written.
   *
   * @return the mutability, {@code readWrite} by default
   */
  public Mutability mutability() {
    return mutability;
  }

  /**
   * When the attribute is returned.
   *
   * @return when it is returned, {@code default} by default
   */
  public Returned returned() {
    return returned;
  }

  /**
   * How unique the value must be.
   *
   * @return the uniqueness, {@code none} by default
   */
  public Uniqueness uniqueness() {
    return uniqueness;
  }

  /**
   * The suggested values (for example {@code work}, {@code home}); may be empty.
   *
   * @return an unmodifiable list in schema order; empty when there are none
   */
  public List<String> canonicalValues() {
    return canonicalValues;
  }

  /**
   * Whether validation rejects values outside {@link #canonicalValues()} (SCIMworks addition).
   *
   * @return {@code true} when values outside the canonical values are rejected
   */
  public boolean enforceCanonicalValues() {
    return enforceCanonicalValues;
  }

  /**
   * For references: the resource types or {@code external} / {@code uri} it may point to.
   *
   * @return an unmodifiable list; empty for attributes that are not references
   */
  public List<String> referenceTypes() {
    return referenceTypes;
  }

  /**
   * The human-readable description, or {@code null}.
   *
   * @return the value, or {@code null} when there is none
   */
  public @Nullable String description() {
    return description;
  }

  /**
   * Whether this is a complex attribute.
   *
   * @return {@code true} when the type is {@link AttributeType#COMPLEX}
   */
  public boolean isComplex() {
    return type == AttributeType.COMPLEX;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AttributeDefinition d)) {
      return false;
    }
    return name.equals(d.name)
        && type == d.type
        && subAttributes.equals(d.subAttributes)
        && multiValued == d.multiValued
        && required == d.required
        && caseExact == d.caseExact
        && mutability == d.mutability
        && returned == d.returned
        && uniqueness == d.uniqueness
        && canonicalValues.equals(d.canonicalValues)
        && enforceCanonicalValues == d.enforceCanonicalValues
        && referenceTypes.equals(d.referenceTypes)
        && Objects.equals(description, d.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, subAttributes, multiValued, required, mutability, returned);
  }

  @Override
  public String toString() {
    return name + "(" + type + (multiValued ? "[]" : "") + ", " + mutability + ")";
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Builds an {@link AttributeDefinition}. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private final AttributeType type;
    private final List<AttributeDefinition> subAttributes = new ArrayList<>();
    private boolean multiValued;
    private boolean required;
    private boolean caseExact;
    private Mutability mutability = Mutability.READ_WRITE;
    private Returned returned = Returned.DEFAULT;
    private Uniqueness uniqueness = Uniqueness.NONE;
    private final List<String> canonicalValues = new ArrayList<>();
    private boolean enforceCanonicalValues;
    private final List<String> referenceTypes = new ArrayList<>();
    private @Nullable String description;

    private Builder(String name, AttributeType type) {
      this.name = Objects.requireNonNull(name, "name");
      this.type = Objects.requireNonNull(type, "type");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("attribute name must not be empty");
      }
    }

    /**
     * Adds sub-attributes (complex attributes only).
     *
     * @param subs the sub-attributes, appended in order (two of one name make {@link #build()}
     *     fail)
     * @return this builder
     */
    public Builder subAttributes(AttributeDefinition... subs) {
      subAttributes.addAll(List.of(subs));
      return this;
    }

    /**
     * Adds sub-attributes (complex attributes only).
     *
     * @param subs the sub-attributes, appended in order (two of one name make {@link #build()}
     *     fail)
     * @return this builder
     */
    public Builder subAttributes(List<AttributeDefinition> subs) {
      subAttributes.addAll(subs);
      return this;
    }

    /**
     * Replaces the sub-attribute of the same name (case-insensitive) or adds it.
     *
     * @param sub the sub-attribute; not null
     * @return this builder
     */
    public Builder replaceSubAttribute(AttributeDefinition sub) {
      subAttributes.removeIf(s -> s.name().equalsIgnoreCase(sub.name()));
      subAttributes.add(sub);
      return this;
    }

    /**
     * Sets whether the attribute is multi-valued.
     *
     * @param multiValued {@code true} for an array of values
     * @return this builder
     */
    public Builder multiValued(boolean multiValued) {
      this.multiValued = multiValued;
      return this;
    }

    /**
     * Sets whether the attribute is required.
     *
     * @param required {@code true} when a value is required
     * @return this builder
     */
    public Builder required(boolean required) {
      this.required = required;
      return this;
    }

    /**
     * Sets whether string values compare case-sensitively.
     *
     * @param caseExact {@code true} when strings compare case-sensitively
     * @return this builder
     */
    public Builder caseExact(boolean caseExact) {
      this.caseExact = caseExact;
      return this;
    }

    /**
     * Sets the mutability.
     *
     * @param mutability the mutability; not null
     * @return this builder
     */
    public Builder mutability(Mutability mutability) {
      this.mutability = Objects.requireNonNull(mutability);
      return this;
    }

    /**
     * Sets when the attribute is returned.
     *
     * @param returned when it is returned; not null
     * @return this builder
     */
    public Builder returned(Returned returned) {
      this.returned = Objects.requireNonNull(returned);
      return this;
    }

    /**
     * Sets the uniqueness.
     *
     * @param uniqueness the uniqueness; not null
     * @return this builder
     */
    public Builder uniqueness(Uniqueness uniqueness) {
      this.uniqueness = Objects.requireNonNull(uniqueness);
      return this;
    }

    /**
     * Sets the canonical values (replacing any set before).
     *
     * @param values the canonical values, in order
     * @return this builder
     */
    public Builder canonicalValues(String... values) {
      return canonicalValues(List.of(values));
    }

    /**
     * Sets the canonical values (replacing any set before).
     *
     * @param values the canonical values, in order
     * @return this builder
     */
    public Builder canonicalValues(List<String> values) {
      canonicalValues.clear();
      canonicalValues.addAll(values);
      return this;
    }

    /**
     * Sets whether validation rejects values outside the canonical values.
     *
     * @param enforce {@code true} to reject other values with 400 {@code invalidValue}
     * @return this builder
     */
    public Builder enforceCanonicalValues(boolean enforce) {
      this.enforceCanonicalValues = enforce;
      return this;
    }

    /**
     * Sets the reference types (replacing any set before).
     *
     * @param types resource type names, {@code external} or {@code uri}
     * @return this builder
     */
    public Builder referenceTypes(String... types) {
      return referenceTypes(List.of(types));
    }

    /**
     * Sets the reference types (replacing any set before).
     *
     * @param types resource type names, {@code external} or {@code uri}
     * @return this builder
     */
    public Builder referenceTypes(List<String> types) {
      referenceTypes.clear();
      referenceTypes.addAll(types);
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
     * Builds the definition.
     *
     * @return a new immutable definition; the builder stays usable
     * @throws IllegalArgumentException if a simple attribute has sub-attributes or two
     *     sub-attributes share a name
     */
    public AttributeDefinition build() {
      return new AttributeDefinition(this);
    }
  }
}
