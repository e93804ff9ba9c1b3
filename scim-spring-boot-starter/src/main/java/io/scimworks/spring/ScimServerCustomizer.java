package io.scimworks.spring;

import io.scimworks.server.ScimServer;

/**
 * Adjusts the auto-configured {@link ScimServer.Builder} after the starter has applied the
 * application's beans and {@code scimworks.*} properties, e.g. to set a tenant resolver. Every bean
 * of this type is applied, in {@code @Order}.
 *
 * <pre>{@code
 * @Bean
 * ScimServerCustomizer tenants() {
 *   return builder -> builder.tenantResolver(TenantResolver.fromPath("/tenants/{tenant}"));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ScimServerCustomizer {
  /**
   * Changes {@code builder} in place; an exception fails start-up.
   *
   * @param builder the server's builder, already holding the starter's settings
   */
  void customize(ScimServer.Builder builder);
}
