package io.scimworks.spring;

import io.scimworks.core.schema.Schema;
import java.util.Objects;

/**
 * A schema extension added to a resource type of the auto-configured server, declared as a bean:
 *
 * <pre>{@code
 * @Bean
 * ScimSchemaExtension workspaceUser() {
 *   return ScimSchemaExtension.optional("User", Schemas.fromJson(workspaceSchemaJson));
 * }
 * }</pre>
 *
 * @param resourceType the name of the resource type it extends, e.g. {@code User}
 * @param schema the extension schema
 * @param required whether every resource of that type must carry the extension
 */
public record ScimSchemaExtension(String resourceType, Schema schema, boolean required) {

  /**
   * Rejects nulls. Start-up fails when the server has no resource type named {@code resourceType}.
   *
   * @param resourceType the name of the resource type it extends, e.g. {@code User}
   * @param schema the extension schema; its id is the URN resources carry it under
   * @param required whether every resource of that type must carry the extension
   */
  public ScimSchemaExtension {
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(schema, "schema");
  }

  /**
   * An extension that resources of {@code resourceType} may carry.
   *
   * @param resourceType the name of the resource type it extends, e.g. {@code User}
   * @param schema the extension schema
   * @return the declaration, to return from a {@code @Bean} method
   */
  public static ScimSchemaExtension optional(String resourceType, Schema schema) {
    return new ScimSchemaExtension(resourceType, schema, false);
  }

  /**
   * An extension that every resource of {@code resourceType} must carry: a create or replace
   * without it is 400 {@code invalidValue}.
   *
   * @param resourceType the name of the resource type it extends, e.g. {@code User}
   * @param schema the extension schema
   * @return the declaration, to return from a {@code @Bean} method
   */
  public static ScimSchemaExtension required(String resourceType, Schema schema) {
    return new ScimSchemaExtension(resourceType, schema, true);
  }
}
