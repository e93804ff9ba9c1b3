package io.scimworks.spring;

import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.Schema;
import io.scimworks.server.spi.Repository;
import java.util.List;
import java.util.Objects;

/**
 * A resource type served by the auto-configured server, with its repository and the schemas it
 * needs that are not built in. Declare one as a bean for a custom resource type:
 *
 * <pre>{@code
 * @Bean
 * ScimResourceRegistration devices(DeviceRepository devices) {
 *   return ScimResourceRegistration.of(
 *       ResourceType.builder("Device", "/Devices", DEVICE_URN).build(),
 *       devices,
 *       Schemas.fromJson(deviceSchemaJson));
 * }
 * }</pre>
 *
 * @param type the resource type (name, endpoint, schema and extensions)
 * @param repository where its resources are stored
 * @param schemas schemas to register besides the built-in ones (the type's own schema when it is
 *     custom), possibly empty
 */
public record ScimResourceRegistration(
    ResourceType type, Repository repository, List<Schema> schemas) {

  /**
   * Rejects nulls and copies {@code schemas}.
   *
   * @param type the resource type (name, endpoint, schema and extensions)
   * @param repository where its resources are stored
   * @param schemas schemas to register besides the built-in ones, possibly empty
   * @throws NullPointerException if an argument or a schema is {@code null}
   */
  public ScimResourceRegistration {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(repository, "repository");
    schemas = List.copyOf(schemas);
  }

  /**
   * A registration of {@code type} stored in {@code repository}, registering {@code schemas}.
   *
   * @param type the resource type; its endpoint is where it is served
   * @param repository where its resources are stored
   * @param schemas the schemas it uses that are not built in (its own schema when it is custom)
   * @return the registration, to return from a {@code @Bean} method
   */
  public static ScimResourceRegistration of(
      ResourceType type, Repository repository, Schema... schemas) {
    return new ScimResourceRegistration(type, repository, List.of(schemas));
  }

  /**
   * {@code /Users} (core User schema with the enterprise extension) stored in {@code users}; the
   * same as a {@code @ScimResource("User")} repository bean.
   *
   * @param users the application's storage of users
   * @return the registration
   */
  public static ScimResourceRegistration users(Repository users) {
    return of(ResourceType.user(), users);
  }

  /**
   * {@code /Groups} stored in {@code groups}; the same as a {@code @ScimResource("Group")}
   * repository bean.
   *
   * @param groups the application's storage of groups
   * @return the registration
   */
  public static ScimResourceRegistration groups(Repository groups) {
    return of(ResourceType.group(), groups);
  }
}
