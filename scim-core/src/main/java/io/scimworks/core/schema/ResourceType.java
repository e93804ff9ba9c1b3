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

  /** Rejects nulls and copies the extension list. */
  public ResourceType {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(schema, "schema");
    schemaExtensions = List.copyOf(schemaExtensions);
  }

  /** Starts a resource type whose id equals its name. */
  public static Builder builder(String name, String endpoint, String schema) {
    return new Builder(name, endpoint, schema);
  }

  /** The RFC 7643 {@code User} type at {@code /Users} with the optional enterprise extension. */
  public static ResourceType user() {
    return builder("User", "/Users", ScimUrns.CORE_USER)
        .description("User Account")
        .extension(ScimUrns.ENTERPRISE_USER, false)
        .build();
  }

  /** The RFC 7643 {@code Group} type at {@code /Groups}. */
  public static ResourceType group() {
    return builder("Group", "/Groups", ScimUrns.CORE_GROUP).description("Group").build();
  }

  /** The extension with URN {@code urn} (case-insensitive). */
  public Optional<SchemaExtension> extension(String urn) {
    for (SchemaExtension e : schemaExtensions) {
      if (e.schema().equalsIgnoreCase(urn)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The core schema URN followed by the extension URNs. */
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

    /** Sets an id different from the name. */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /** Sets the description. */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /** Adds a schema extension. */
    public Builder extension(String schemaUrn, boolean required) {
      extensions.add(new SchemaExtension(schemaUrn, required));
      return this;
    }

    /** Builds the resource type. */
    public ResourceType build() {
      return new ResourceType(id, name, endpoint, description, schema, extensions);
    }
  }
}
