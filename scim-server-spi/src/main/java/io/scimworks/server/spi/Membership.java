package io.scimworks.server.spi;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A group that lists a resource among its {@code members}, as a repository delivers it with the
 * resource (see {@link Repository#withGroups}). The server renders it as one value of the user's
 * {@code groups}: {@code value} is the group's id, {@code $ref} its location, {@code display} its
 * {@code displayName} and {@code type} {@code "direct"}.
 *
 * @param groupId the group's id
 * @param displayName the group's {@code displayName} when it is a string, else {@code null}
 */
public record Membership(String groupId, @Nullable String displayName) {

  /**
   * Creates the membership.
   *
   * @param groupId the group's id; not null
   * @param displayName the group's display name, or {@code null}
   * @throws NullPointerException when {@code groupId} is null
   */
  public Membership {
    Objects.requireNonNull(groupId, "groupId");
  }
}
