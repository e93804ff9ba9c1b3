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
  CLIENT("scim-client", "io.scimworks.client", io.scimworks.client.ScimClient.class, CORE);

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

  /** Where each library module was built (a jar, or a classes directory). */
  static List<Path> libraryLocations() {
    return Arrays.stream(values()).map(m -> ModulePathTest.locationOf(m.representative)).toList();
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
