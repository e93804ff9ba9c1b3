package io.scimworks.spring;

import io.scimworks.server.memory.InMemoryRepository;
import io.scimworks.server.spi.Repository;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Real Spring Boot applications on a random loopback port, as a user of the starter writes them.
 */
final class BootApps {
  private BootApps() {}

  static final String ADMIN_PASSWORD = "actuator-secret";

  /** The two-file setup: the starter on the class path and a repository bean per type. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class WorkspaceApp {
    @Bean
    @ScimResource("User")
    Repository users() {
      return InMemoryRepository.forUsers();
    }

    @Bean
    @ScimResource("Group")
    Repository groups() {
      return InMemoryRepository.forGroups();
    }
  }

  /** An application that forgot to declare its storage. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class NoStorageApp {}

  /** Starts {@code app} with the quiet defaults plus {@code properties}. */
  static ConfigurableApplicationContext start(Class<?> app, String... properties) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "server.port=0",
                "server.address=127.0.0.1",
                "spring.main.banner-mode=off",
                "logging.level.root=WARN",
                "logging.level.org.springframework.boot.diagnostics=OFF",
                "logging.level.org.springframework.boot.SpringApplication=OFF",
                "spring.security.user.name=admin",
                "spring.security.user.password=" + ADMIN_PASSWORD,
                "management.endpoints.web.exposure.include=health,metrics",
                "management.endpoint.health.show-details=always"));
    all.addAll(List.of(properties));
    return new SpringApplicationBuilder(app).properties(all.toArray(String[]::new)).run();
  }

  static String baseUrl(ConfigurableApplicationContext context) {
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    return "http://127.0.0.1:" + port;
  }
}
