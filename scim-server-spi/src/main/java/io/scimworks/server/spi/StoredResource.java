package io.scimworks.server.spi;

import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * A resource as a repository holds it.
 *
 * @param id the resource's id, chosen by the repository, unique within its type and tenant
 * @param version an opaque version that changes with every write; the server derives weak ETags
 *     from it
 * @param resource the resource's attributes as the server handed them over, including {@code
 *     meta.created} and {@code meta.lastModified}; the server sets {@code id} and the rest of
 *     {@code meta} when it answers. Callers must not modify it.
 */
public record StoredResource(String id, String version, ObjectNode resource) {

  /**
   * Creates the stored resource.
   *
   * @param id the resource's id; not null
   * @param version the version, as the ETag carries it; not null
   * @param resource the stored attributes; not null
   * @throws NullPointerException when a part is null
   */
  public StoredResource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(resource, "resource");
  }
}
