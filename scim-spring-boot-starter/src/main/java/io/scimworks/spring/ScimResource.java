package io.scimworks.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link io.scimworks.server.spi.Repository} bean as the storage of a built-in resource
 * type, on the {@code @Bean} method or on the repository's class.
 *
 * <pre>{@code
 * @Bean
 * @ScimResource("User")
 * Repository users(DataSource dataSource) {
 *   return new WorkspaceUsers(dataSource);
 * }
 * }</pre>
 *
 * <p>The value names the resource type, case-insensitively: {@code User} (served at {@code /Users})
 * or {@code Group} (at {@code /Groups}). A custom resource type is declared with a {@link
 * ScimResourceRegistration} bean instead, since it needs its schema too.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ScimResource {
  /**
   * {@return the built-in resource type this repository stores: {@code User} or {@code Group}, in
   * any case; another name fails start-up with a {@link ScimConfigurationException}}
   */
  String value();
}
