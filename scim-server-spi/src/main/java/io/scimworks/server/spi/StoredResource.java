package io.scimworks.server.spi;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
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
 * @param groups the groups listing this resource among their members, delivered with it by a
 *     repository that can ({@link Repository#withGroups}), in the order of their ids; {@code null}
 *     (what every other repository gives) when the server is to look them up itself
 */
public record StoredResource(
    String id, String version, ObjectNode resource, @Nullable List<Membership> groups) {

  /**
   * Creates the stored resource, its groups delivered with it.
   *
   * @param id the resource's id; not null
   * @param version the version, as the ETag carries it; not null
   * @param resource the stored attributes; not null
   * @param groups the groups listing it, or {@code null} when not delivered
   * @throws NullPointerException when {@code id}, {@code version} or {@code resource} is null
   */
  public StoredResource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(resource, "resource");
    groups = groups == null ? null : List.copyOf(groups);
  }

  /**
   * Creates the stored resource without its groups (the server looks them up when it needs them).
   *
   * @param id the resource's id; not null
   * @param version the version, as the ETag carries it; not null
   * @param resource the stored attributes; not null
   * @throws NullPointerException when a part is null
   */
  public StoredResource(String id, String version, ObjectNode resource) {
    this(id, version, resource, null);
  }
}
