package io.scimworks.core.schema;

import java.util.Objects;

/**
 * A schema extension of a resource type (RFC 7643 §6 {@code schemaExtensions}).
 *
 * @param schema the extension's schema URN
 * @param required whether every resource of the type must carry the extension
 */
public record SchemaExtension(String schema, boolean required) {
  /**
   * Rejects a null URN.
   *
   * @param schema the extension's schema URN; not null
   * @param required whether every resource of the type must carry it
   * @throws NullPointerException when {@code schema} is null
   */
  public SchemaExtension {
    Objects.requireNonNull(schema, "schema");
  }
}
