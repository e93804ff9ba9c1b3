package io.scimworks.core.schema;

import io.scimworks.core.ScimUrns;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A resource type (RFC 7643 §6): what lives at an endpoint, with its core schema and extensions.
 * Immutable.
 *
 * <pre>{@code
 * ResourceType users = ResourceType.builder("User", "/Users", ScimUrns.CORE_USER)
 *     .description("User Account")
 *     .extension(ScimUrns.ENTERPRISE_USER, false)
 *     .build();
 * }</pre>
 *
 * @param id the identifier, usually equal to the name (e.g. {@code User})
 * @param name the name used in {@code meta.resourceType}
 * @param endpoint the relative endpoint, e.g. {@code /Users}
 * @param description the description, or {@code null}
 * @param schema the core schema URN
 * @param schemaExtensions the extensions, in order
 */
public record ResourceType(
    String id,
    String name,
    String endpoint,
    @Nullable String description,
    String schema,
    List<SchemaExtension> schemaExtensions) {

  /**
   * Rejects nulls and copies the extension list.
   *
   * @param id the type's id; not null
   * @param name the type's name, e.g. {@code User}; not null
   * @param endpoint the endpoint, e.g. {@code /Users}; not null
   * @param description the description, or {@code null}
   * @param schema the core schema URN; not null
   * @param schemaExtensions the extensions, in order; copied
   * @throws NullPointerException when a non-null part is null
   */
  public ResourceType {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(schema, "schema");
    schemaExtensions = List.copyOf(schemaExtensions);
  }

  /**
   * Starts a resource type whose id equals its name.
   *
   * @param name the name, which is also the id
   * @param endpoint the endpoint, e.g. {@code /Users}
   * @param schema the core schema URN
   * @return a new builder without description or extensions
   */
  public static Builder builder(String name, String endpoint, String schema) {
    return new Builder(name, endpoint, schema);
  }

  /**
   * The RFC 7643 {@code User} type at {@code /Users} with the optional enterprise extension.
   *
   * @return the shared instance
   */
  public static ResourceType user() {
    return builder("User", "/Users", ScimUrns.CORE_USER)
        .description("User Account")
        .extension(ScimUrns.ENTERPRISE_USER, false)
        .build();
  }

  /**
   * The RFC 7643 {@code Group} type at {@code /Groups}.
   *
   * @return the shared instance
   */
  public static ResourceType group() {
    return builder("Group", "/Groups", ScimUrns.CORE_GROUP).description("Group").build();
  }

  /**
   * The extension with URN {@code urn} (case-insensitive).
   *
   * @param urn the extension URN, in any case
   * @return the extension, or empty when the type does not declare it
   */
  public Optional<SchemaExtension> extension(String urn) {
    for (SchemaExtension e : schemaExtensions) {
      if (e.schema().equalsIgnoreCase(urn)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * The core schema URN followed by the extension URNs.
   *
   * @return a new unmodifiable list: the core schema URN first, then the extension URNs in order
   */
  public List<String> allSchemaUrns() {
    List<String> all = new ArrayList<>(schemaExtensions.size() + 1);
    all.add(schema);
    schemaExtensions.forEach(e -> all.add(e.schema()));
    return List.copyOf(all);
  }

  /** Builds a {@link ResourceType}. Not thread-safe. */
  public static final class Builder {
    private String id;
    private final String name;
    private final String endpoint;
    private final String schema;
    private @Nullable String description;
    private final List<SchemaExtension> extensions = new ArrayList<>();

    private Builder(String name, String endpoint, String schema) {
      this.id = name;
      this.name = name;
      this.endpoint = endpoint;
      this.schema = schema;
    }

    /**
     * Sets an id different from the name.
     *
     * @param id the id; not null
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
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
     * Adds a schema extension.
     *
     * @param schemaUrn the extension's schema URN; not null
     * @param required whether every resource of the type must carry it
     * @return this builder
     */
    public Builder extension(String schemaUrn, boolean required) {
      extensions.add(new SchemaExtension(schemaUrn, required));
      return this;
    }

    /**
     * Builds the resource type.
     *
     * @return a new immutable resource type; the builder stays usable
     */
    public ResourceType build() {
      return new ResourceType(id, name, endpoint, description, schema, extensions);
    }
  }
}
