package io.scimworks.architecture;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The library modules and the arrows between them: a module may use the modules it names and,
 * through them, what those name. Adding a library module means adding it here (and as a dependency
 * of this test module), which puts it under every rule.
 */
enum Modules {
  FILTER("scim-filter", "io.scimworks.filter", io.scimworks.filter.Filter.class),
  CORE("scim-core", "io.scimworks.core", io.scimworks.core.ScimException.class, FILTER),
  SERVER("scim-server-spi", "io.scimworks.server", io.scimworks.server.ScimServer.class, CORE),
  CLIENT("scim-client", "io.scimworks.client", io.scimworks.client.ScimClient.class, CORE),
  STORE_JDBC(
      "scim-store-jdbc",
      "io.scimworks.store.jdbc",
      io.scimworks.store.jdbc.JdbcStore.class,
      SERVER),
  TESTING(
      "scim-testing",
      "io.scimworks.testing",
      io.scimworks.testing.ScimServerExtension.class,
      SERVER),
  COMPLIANCE(
      "scim-compliance-tests",
      "io.scimworks.compliance",
      io.scimworks.compliance.ComplianceRun.class,
      CORE),
  SPRING(
      "scim-spring-boot-starter",
      "io.scimworks.spring",
      io.scimworks.spring.ScimAutoConfiguration.class,
      SERVER,
      STORE_JDBC),
  PROVISIONING(
      "scim-provisioning",
      "io.scimworks.provisioning",
      io.scimworks.provisioning.ProvisioningEngine.class,
      CLIENT);

  private final String artifact;
  private final String rootPackage;
  private final Class<?> representative;
  private final List<Modules> uses;

  Modules(String artifact, String rootPackage, Class<?> representative, Modules... uses) {
    this.artifact = artifact;
    this.rootPackage = rootPackage;
    this.representative = representative;
    this.uses = List.of(uses);
  }

  /** The Maven artifact, as rule names show it. */
  String artifact() {
    return artifact;
  }

  /** The package every class of the module lives in or below. */
  String rootPackage() {
    return rootPackage;
  }

  /** An ArchUnit package pattern matching the module's classes. */
  String packages() {
    return rootPackage + "..";
  }

  /**
   * Whether the module has a {@code module-info.java}. The Spring Boot starter has none: Spring
   * Boot runs applications on the class path, so it keeps an {@code Automatic-Module-Name}.
   */
  boolean modular() {
    return this != SPRING;
  }

  /** What the module may use, following the arrows transitively. */
  Set<Modules> allowed() {
    Set<Modules> all = EnumSet.noneOf(Modules.class);
    for (Modules used : uses) {
      all.add(used);
      all.addAll(used.allowed());
    }
    return all;
  }

  /** The modules this one must not use. */
  Set<Modules> forbidden() {
    Set<Modules> forbidden = EnumSet.allOf(Modules.class);
    forbidden.remove(this);
    forbidden.removeAll(allowed());
    return forbidden;
  }

  /** The module a class name belongs to, or {@code null} when it is none of ours. */
  static @org.jspecify.annotations.Nullable Modules of(String className) {
    return Arrays.stream(values())
        .filter(m -> className.startsWith(m.rootPackage + "."))
        .findFirst()
        .orElse(null);
  }

  /** Where the module was built: its jar, or its classes directory. */
  Path location() {
    return ModulePathTest.locationOf(representative);
  }

  /** Where each library module with a descriptor was built. */
  static List<Path> libraryLocations() {
    return Arrays.stream(values()).filter(Modules::modular).map(Modules::location).toList();
  }

  /** The library modules and what they need at run time, ready for a module path. */
  static List<Path> modulePath() {
    List<Path> path = new ArrayList<>(libraryLocations());
    for (Class<?> thirdParty :
        List.of(
            tools.jackson.databind.JsonNode.class,
            tools.jackson.core.JsonParser.class,
            com.fasterxml.jackson.annotation.JsonProperty.class,
            org.antlr.v4.runtime.Lexer.class,
            org.jspecify.annotations.NullMarked.class)) {
      path.add(ModulePathTest.locationOf(thirdParty));
    }
    return path;
  }
}
