package io.scimworks.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.scimworks.server.BearerTokens;
import io.scimworks.server.ScimServer;
import io.scimworks.server.http.BindingOptions;
import io.scimworks.server.http.servlet.ScimServlet;
import io.scimworks.server.spi.AuditListener;
import io.scimworks.server.spi.Authenticator;
import io.scimworks.spring.internal.Instrumentation;
import io.scimworks.spring.internal.Registrations;
import io.scimworks.spring.internal.RepositoryHealthIndicator;
import io.scimworks.spring.internal.ScimMetrics;
import io.scimworks.spring.internal.ScimSecurity;
import io.scimworks.spring.internal.SpringSecurityAuthenticator;
import java.util.List;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Builds a {@link ScimServer} from the application's beans and {@code scimworks.*} properties
 * ({@link ScimWorksProperties}) and mounts it as a servlet at {@code scimworks.base-path}.
 *
 * <p>The application declares its storage: a {@link io.scimworks.server.spi.Repository} bean per
 * built-in resource type, marked {@link ScimResource}, and a {@link ScimResourceRegistration} bean
 * per custom type; {@link ScimSchemaExtension} beans add extensions. Callers are authenticated by
 * an {@link Authenticator} bean, else by the bearer tokens of {@code scimworks.tokens}, else by
 * Spring Security when {@code scimworks.authentication=spring-security}. An {@link AuditListener}
 * bean replaces the default logging one; {@link ScimServerCustomizer} beans adjust the rest. A
 * {@code ScimServer} bean of the application's own is mounted as it is.
 *
 * <p>Start-up fails with a {@link ScimConfigurationException} saying what to declare when there is
 * no storage or no way to authenticate: the starter never falls back to in-memory data or an open
 * endpoint silently.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
    })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(ScimServer.class)
@ConditionalOnProperty(
    prefix = "scimworks",
    name = "enabled",
    havingValue = "true",
    matchIfMissing = true)
@EnableConfigurationProperties(ScimWorksProperties.class)
public class ScimAutoConfiguration {

  /** Used by Spring. */
  public ScimAutoConfiguration() {}

  /** The resource types the application declared, one registration each. */
  @Bean
  ScimResources scimResources(ListableBeanFactory beans, ScimWorksProperties properties) {
    return new ScimResources(Registrations.find(beans, properties.isInMemory()));
  }

  /**
   * The SCIM server built from the application's beans and properties.
   *
   * @throws ScimConfigurationException when no way to authenticate callers is configured
   */
  @Bean
  @ConditionalOnMissingBean
  ScimServer scimServer(
      ScimWorksProperties properties,
      ScimResources resources,
      Environment environment,
      ObjectProvider<Authenticator> authenticator,
      ObjectProvider<AuditListener> audit,
      ObjectProvider<ScimSchemaExtension> extensions,
      ObjectProvider<ScimServerCustomizer> customizers,
      ObjectProvider<Instrumentation> instrumentation) {
    String contextPath = environment.getProperty("server.servlet.context-path", "");
    Instrumentation observed = instrumentation.getIfAvailable(() -> Instrumentation.NONE);
    ScimServer.Builder builder =
        ScimServer.builder()
            .basePath(contextPath + properties.getBasePath())
            .options(properties.toServerOptions())
            .authenticator(authenticator.getIfUnique(() -> fromProperties(properties)))
            .auditListener(observed.audit(audit.getIfUnique(AuditListener::logging)))
            .metrics(observed.serverMetrics());
    for (ScimResourceRegistration r : resources.all()) {
      r.schemas().forEach(builder::schema);
      builder.resourceType(r.type(), r.repository());
    }
    extensions
        .orderedStream()
        .forEach(e -> builder.schemaExtension(e.resourceType(), e.schema(), e.required()));
    customizers.orderedStream().forEach(c -> c.customize(builder));
    return builder.build();
  }

  /** The servlet serving {@code server} at {@code scimworks.base-path}. */
  @Bean
  ServletRegistrationBean<ScimServlet> scimServlet(
      ScimServer server,
      ScimWorksProperties properties,
      ObjectProvider<Instrumentation> instrumentation) {
    ScimServlet servlet =
        new ScimServlet(
            instrumentation.getIfAvailable(() -> Instrumentation.NONE).handler(server),
            BindingOptions.from(server.options()));
    String base = properties.getBasePath().replaceAll("/+$", "");
    ServletRegistrationBean<ScimServlet> registration =
        new ServletRegistrationBean<>(servlet, base + "/*");
    registration.setName("scimworks");
    registration.setLoadOnStartup(1);
    return registration;
  }

  private static Authenticator fromProperties(ScimWorksProperties properties) {
    if (properties.getAuthentication() == ScimWorksProperties.Authentication.SPRING_SECURITY) {
      if (!SpringSecurityPresence.present()) {
        throw new ScimConfigurationException(
            "scimworks.authentication=spring-security, but Spring Security is not on the class "
                + "path.",
            "Add spring-boot-starter-security, or authenticate with scimworks.tokens.");
      }
      return new SpringSecurityAuthenticator();
    }
    String[] tokens =
        properties.getTokens().stream().filter(t -> !t.isBlank()).toArray(String[]::new);
    if (tokens.length == 0) {
      throw new ScimConfigurationException(
          "The SCIM endpoint has no way to authenticate callers: scimworks.tokens is empty and "
              + "there is no Authenticator bean.",
          "Set scimworks.tokens (the Secret Token your identity provider sends; several, "
              + "comma-separated, while rotating), declare an Authenticator bean, or set "
              + "scimworks.authentication=spring-security.");
    }
    return BearerTokens.of(tokens);
  }

  /** The resource types served, resolved once from the application's beans. */
  record ScimResources(List<ScimResourceRegistration> all) {}

  /** Micrometer meters when Micrometer is present and the application has a registry. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  static class MetricsConfiguration {
    @Bean
    Instrumentation scimMetrics(ObjectProvider<MeterRegistry> registry, ScimResources resources) {
      MeterRegistry meters = registry.getIfUnique();
      if (meters == null) {
        return Instrumentation.NONE;
      }
      return new ScimMetrics(
          meters,
          resources.all().stream().map(r -> r.type().endpoint().replaceFirst("^/", "")).toList());
    }
  }

  /** An Actuator health indicator over the repositories. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  static class HealthConfiguration {
    @Bean
    @ConditionalOnMissingBean(name = "scimworksHealthIndicator")
    HealthIndicator scimworksHealthIndicator(ScimResources resources) {
      return new RepositoryHealthIndicator(resources.all());
    }
  }

  /** The SCIM path's own filter chain, ahead of the application's, when Spring Security is here. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(SecurityFilterChain.class)
  @ConditionalOnBean(
      type = "org.springframework.security.config.annotation.web.builders.HttpSecurity")
  static class SecurityConfiguration {
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 100)
    SecurityFilterChain scimSecurityFilterChain(HttpSecurity http, ScimWorksProperties properties)
        throws Exception {
      return ScimSecurity.chain(http, properties);
    }
  }

  private static final class SpringSecurityPresence {
    static boolean present() {
      try {
        Class.forName(
            "org.springframework.security.core.context.SecurityContextHolder",
            false,
            ScimAutoConfiguration.class.getClassLoader());
        return true;
      } catch (ClassNotFoundException e) {
        return false;
      }
    }
  }
}
