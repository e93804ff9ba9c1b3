package io.scimworks.core.schema;

import io.scimworks.core.CaseFolding;
import io.scimworks.filter.AttributeInfo;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.AttributeResolver;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The schemas and resource types a service knows, and the resolution of attribute paths against
 * them. Immutable and thread-safe.
 *
 * <p>Paths resolve case-insensitively, with or without a schema URN: {@code userName}, {@code
 * USERNAME}, {@code urn:ietf:params:scim:schemas:core:2.0:User:userName} and {@code name.givenName}
 * resolve against the core schema; {@code
 * urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value} against the extension.
 * A path without URN that the core schema does not define is looked up in the extensions too (in
 * declaration order), as identity providers often leave the URN out.
 *
 * <pre>{@code
 * SchemaRegistry registry = SchemaRegistry.defaults();   // User (+ enterprise), Group
 * ResourceType users = registry.resourceType("User").orElseThrow();
 * AttributeResolver resolver = registry.resolverFor(users);   // for scim-filter
 * }</pre>
 */
public final class SchemaRegistry {
  private final Map<String, Schema> schemas;
  private final Map<String, ResourceType> resourceTypes;
  private final Map<String, AttributeResolver> resolvers = new ConcurrentHashMap<>();

  private SchemaRegistry(Map<String, Schema> schemas, Map<String, ResourceType> resourceTypes) {
    this.schemas = schemas;
    this.resourceTypes = resourceTypes;
  }

  /**
   * A registry with the RFC 7643 User (with optional enterprise extension) and Group types.
   *
   * @return the shared default registry
   */
  public static SchemaRegistry defaults() {
    return Defaults.INSTANCE;
  }

  /**
   * Starts an empty registry.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this registry's content, to add or replace schemas and types.
   *
   * @return a new builder holding this value's parts; changing it leaves this value unchanged
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.schemas.putAll(schemas);
    b.resourceTypes.putAll(resourceTypes);
    return b;
  }

  /**
   * The schema with URN {@code urn} (case-insensitive).
   *
   * @param urn the schema URN, in any case
   * @return the schema, or empty when none has that URN
   */
  public Optional<Schema> schema(String urn) {
    return Optional.ofNullable(schemas.get(key(urn)));
  }

  /**
   * All schemas in registration order.
   *
   * @return an unmodifiable view of the schemas, in registration order
   */
  public Collection<Schema> schemas() {
    return schemas.values();
  }

  /**
   * The resource type named {@code name} (case-insensitive), e.g. {@code User}.
   *
   * @param name the type name, in any case
   * @return the type, or empty when none has that name
   */
  public Optional<ResourceType> resourceType(String name) {
    return Optional.ofNullable(resourceTypes.get(key(name)));
  }

  /**
   * The resource type served at {@code endpoint} (e.g. {@code /Users}, case-insensitive).
   *
   * @param endpoint the endpoint, with or without leading {@code /}, in any case
   * @return the type, or empty when none is served there
   */
  public Optional<ResourceType> resourceTypeByEndpoint(String endpoint) {
    String e = endpoint.startsWith("/") ? endpoint : "/" + endpoint;
    for (ResourceType t : resourceTypes.values()) {
      if (t.endpoint().equalsIgnoreCase(e)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * All resource types in registration order.
   *
   * @return an unmodifiable view of the types, in registration order
   */
  public Collection<ResourceType> resourceTypes() {
    return resourceTypes.values();
  }

  /**
   * The core schema of a resource type.
   *
   * @param type a resource type of this registry
   * @return the schema named by {@link ResourceType#schema()}
   */
  public Schema coreSchema(ResourceType type) {
    return schemaOrFail(type.schema());
  }

  /**
   * The extension schemas of a resource type, in declaration order.
   *
   * @param type a resource type of this registry
   * @return a new list of the extension schemas, in declaration order
   * @throws IllegalStateException when an extension schema is not registered
   */
  public List<Schema> extensionSchemas(ResourceType type) {
    List<Schema> out = new ArrayList<>(type.schemaExtensions().size());
    type.schemaExtensions().forEach(e -> out.add(schemaOrFail(e.schema())));
    return out;
  }

  /**
   * The extension schema of {@code type} whose URN is {@code urn} (case-insensitive), if any.
   *
   * @param type a resource type of this registry
   * @param urn the extension URN, in any case
   * @return the schema, or empty when {@code type} declares no such extension
   */
  public Optional<Schema> extensionSchema(ResourceType type, String urn) {
    return type.extension(urn).map(e -> schemaOrFail(e.schema()));
  }

  /**
   * Resolves an attribute path for a resource type.
   *
   * @param type a resource type of this registry
   * @param path the path, with or without URN, names in any case
   * @return the resolution, or empty when the type's schemas do not define the path
   */
  public Optional<ResolvedAttribute> resolve(ResourceType type, AttributePath path) {
    return Optional.ofNullable(resolveOrNull(type, path));
  }

  /**
   * Like {@link #resolve(ResourceType, AttributePath)} but {@code null} when not defined.
   *
   * @param type a resource type of this registry
   * @param path the path, with or without URN, names in any case
   * @return the resolution, or {@code null} when the type's schemas do not define the path
   */
  public @Nullable ResolvedAttribute resolveOrNull(ResourceType type, AttributePath path) {
    String urn = path.schemaUrn();
    ResolvedAttribute top;
    if (urn == null) {
      top = resolveTop(type, path.attribute());
    } else if (urn.equalsIgnoreCase(type.schema())) {
      top = inSchema(schemaOrFail(type.schema()), false, path.attribute());
      if (top == null) {
        top = common(path.attribute());
      }
    } else if (type.extension(urn).isPresent()) {
      top = inSchema(schemaOrFail(type.extension(urn).get().schema()), true, path.attribute());
    } else {
      return null;
    }
    if (top == null || path.subAttribute() == null) {
      return top;
    }
    AttributeDefinition sub = top.attribute().subAttributeOrNull(path.subAttribute());
    return sub == null
        ? null
        : new ResolvedAttribute(top.schemaUrn(), top.extension(), top.attribute(), sub);
  }

  /**
   * The {@link AttributeResolver} scim-filter uses to honour {@code caseExact} and types for
   * resources of {@code type}, comparing text with {@link CaseFolding}. Cached per type.
   *
   * @param type a resource type of this registry
   * @return the resolver, the same instance for the same type
   */
  public AttributeResolver resolverFor(ResourceType type) {
    return resolvers.computeIfAbsent(
        key(type.name()),
        k ->
            new AttributeResolver() {
              @Override
              public @Nullable AttributeInfo resolve(AttributePath path) {
                ResolvedAttribute r = resolveOrNull(type, path);
                return r == null ? null : r.info();
              }

              @Override
              public UnaryOperator<String> caseFolding() {
                return CaseFolding.function();
              }
            });
  }

  /**
   * Whether {@code urn} names an extension of {@code type} (case-insensitive).
   *
   * @param type a resource type of this registry
   * @param urn a schema URN, in any case
   * @return whether {@code type} declares it as an extension
   */
  public boolean isExtension(ResourceType type, String urn) {
    return type.extension(urn).isPresent();
  }

  private @Nullable ResolvedAttribute resolveTop(ResourceType type, String name) {
    ResolvedAttribute r = common(name);
    if (r != null) {
      return r;
    }
    r = inSchema(schemaOrFail(type.schema()), false, name);
    if (r != null) {
      return r;
    }
    for (SchemaExtension e : type.schemaExtensions()) {
      r = inSchema(schemaOrFail(e.schema()), true, name);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  private static @Nullable ResolvedAttribute common(String name) {
    for (AttributeDefinition d : CommonAttributes.ALL) {
      if (d.name().equalsIgnoreCase(name)) {
        return new ResolvedAttribute(null, false, d, null);
      }
    }
    return null;
  }

  private static @Nullable ResolvedAttribute inSchema(Schema s, boolean extension, String name) {
    AttributeDefinition d = s.attributeOrNull(name);
    return d == null ? null : new ResolvedAttribute(s.id(), extension, d, null);
  }

  private Schema schemaOrFail(String urn) {
    Schema s = schemas.get(key(urn));
    if (s == null) {
      throw new IllegalStateException("schema " + urn + " is not registered");
    }
    return s;
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Builds a {@link SchemaRegistry}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Schema> schemas = new LinkedHashMap<>();
    private final Map<String, ResourceType> resourceTypes = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds (or replaces, by URN) a schema.
     *
     * @param schema the schema; not null
     * @return this builder
     */
    public Builder schema(Schema schema) {
      schemas.put(key(schema.id()), schema);
      return this;
    }

    /**
     * Adds (or replaces, by name) a resource type.
     *
     * @param type the resource type; its schemas must be added before {@link #build()}
     * @return this builder
     */
    public Builder resourceType(ResourceType type) {
      resourceTypes.put(key(type.name()), type);
      return this;
    }

    /**
     * Builds the registry.
     *
     * @return a new immutable, thread-safe registry
     * @throws IllegalStateException if a resource type names a schema that is not registered
     */
    public SchemaRegistry build() {
      for (ResourceType t : resourceTypes.values()) {
        for (String urn : t.allSchemaUrns()) {
          if (!schemas.containsKey(key(urn))) {
            throw new IllegalStateException(
                "resource type " + t.name() + " uses schema " + urn + ", which is not registered");
          }
        }
      }
      return new SchemaRegistry(
          Collections.unmodifiableMap(new LinkedHashMap<>(schemas)),
          Collections.unmodifiableMap(new LinkedHashMap<>(resourceTypes)));
    }
  }

  private static final class Defaults {
    static final SchemaRegistry INSTANCE =
        builder()
            .schema(Schemas.user())
            .schema(Schemas.enterpriseUser())
            .schema(Schemas.group())
            .resourceType(ResourceType.user())
            .resourceType(ResourceType.group())
            .build();
  }
}
