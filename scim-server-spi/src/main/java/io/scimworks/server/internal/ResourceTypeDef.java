package io.scimworks.server.internal;

import io.scimworks.core.ScimUrns;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.server.spi.Repository;
import java.util.Objects;

/**
 * A resource type the server serves, with its repository.
 *
 * @param type the resource type
 * @param repository where its resources live
 */
public record ResourceTypeDef(ResourceType type, Repository repository) {

  /** Rejects nulls. */
  public ResourceTypeDef {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(repository, "repository");
  }

  /** The type's name, e.g. {@code User}. */
  public String name() {
    return type.name();
  }

  /** The endpoint's path segment, e.g. {@code Users}. */
  public String segment() {
    String e = type.endpoint();
    return e.startsWith("/") ? e.substring(1) : e;
  }

  /** Whether this is the User type. */
  public boolean isUser() {
    return type.schema().equalsIgnoreCase(ScimUrns.CORE_USER);
  }

  /** Whether this is the Group type. */
  public boolean isGroup() {
    return type.schema().equalsIgnoreCase(ScimUrns.CORE_GROUP);
  }
}
