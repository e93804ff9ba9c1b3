package io.scimworks.examples.spring;

import io.scimworks.server.spi.Repository;
import io.scimworks.spring.ScimResource;
import io.scimworks.store.jdbc.JdbcStore;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A workspace app made provisionable by Entra ID or Okta: Spring Boot's own {@link DataSource} (H2
 * in a file by default, see {@code application.properties}), the SCIMworks JDBC store on it, and
 * the starter serving {@code /scim/v2} with the token of {@code scimworks.tokens}.
 *
 * <pre>
 * SCIM_TOKEN=$(openssl rand -base64 32) java -jar scim-example-spring-boot.jar
 * </pre>
 */
@SpringBootApplication
public class WorkspaceApplication {

  /** Starts the app. */
  public static void main(String[] args) {
    SpringApplication.run(WorkspaceApplication.class, args);
  }

  /** SCIM resources in the application's database; the tables are created at start-up. */
  @Bean(destroyMethod = "close")
  JdbcStore scimStore(DataSource dataSource) {
    return JdbcStore.builder().dataSource(dataSource).build();
  }

  /** Users, served at {@code /scim/v2/Users}. */
  @Bean
  @ScimResource("User")
  Repository users(JdbcStore store) {
    return store.users();
  }

  /** Groups, served at {@code /scim/v2/Groups}. */
  @Bean
  @ScimResource("Group")
  Repository groups(JdbcStore store) {
    return store.groups();
  }
}
