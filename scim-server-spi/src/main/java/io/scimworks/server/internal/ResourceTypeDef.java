package io.scimworks.server.internal;

import io.scimworks.server.spi.Repository;
import java.util.List;

/**
 * A resource type the server serves, with its repository.
 *
 * @param name the type's name, e.g. {@code User}
 * @param endpoint the endpoint without slash, e.g. {@code Users}
 * @param schema the core schema URN
 * @param extensions the extension schema URNs
 * @param description a description for {@code /ResourceTypes}
 * @param repository where its resources live
 */
public record ResourceTypeDef(
    String name,
    String endpoint,
    String schema,
    List<String> extensions,
    String description,
    Repository repository) {

  /** The core User schema URN. */
  public static final String USER_URN = "urn:ietf:params:scim:schemas:core:2.0:User";

  /** The core Group schema URN. */
  public static final String GROUP_URN = "urn:ietf:params:scim:schemas:core:2.0:Group";

  /** The enterprise User extension URN. */
  public static final String ENTERPRISE_URN =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  /** Copies the extension list. */
  public ResourceTypeDef {
    extensions = List.copyOf(extensions);
  }

  /** User, with the enterprise extension. */
  public static ResourceTypeDef user(Repository repository) {
    return new ResourceTypeDef(
        "User", "Users", USER_URN, List.of(ENTERPRISE_URN), "User Account", repository);
  }

  /** Group. */
  public static ResourceTypeDef group(Repository repository) {
    return new ResourceTypeDef("Group", "Groups", GROUP_URN, List.of(), "Group", repository);
  }

  /** Whether this is the User type. */
  public boolean isUser() {
    return schema.equals(USER_URN);
  }

  /** Whether this is the Group type. */
  public boolean isGroup() {
    return schema.equals(GROUP_URN);
  }
}
