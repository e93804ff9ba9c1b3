package io.scimworks.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module descriptors work: a small application that requires only {@code io.scimworks.server}
 * and {@code io.scimworks.client} compiles against the built modules on the module path and runs in
 * its own module layer (server over the JDK binding, client over {@code java.net.http}, a filter
 * parsed by the ANTLR runtime, schemas loaded from the core module's resources).
 */
class ModulePathTest {

  private static final Path DEMO_SOURCES = Paths.get("src/test/modulepath");
  private static final String DEMO_MODULE = "io.scimworks.modulepath.demo";

  @Test
  void anApplicationOnTheModulePathCompilesAndServesAndCallsScim(@TempDir Path out)
      throws Exception {
    List<Path> modulePath = Modules.modulePath();
    compile(out, modulePath);

    ModuleFinder finder = ModuleFinder.of(withFirst(out, modulePath));
    Configuration configuration =
        ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of(DEMO_MODULE));
    ModuleLayer layer =
        ModuleLayer.boot()
            .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    Class<?> demo = layer.findLoader(DEMO_MODULE).loadClass(DEMO_MODULE + ".Demo");

    assertThat(demo.getModule().getName()).isEqualTo(DEMO_MODULE);
    assertThat(demo.getMethod("run").invoke(null)).isEqualTo("alice@example.com false");
  }

  @Test
  void everyLibraryModuleExportsItsApiPackagesAndNoInternalOne() throws IOException {
    for (Modules module : Modules.values()) {
      if (!module.modular()) {
        continue;
      }
      ModuleDescriptor descriptor = descriptorAt(module.location());
      Set<String> exported =
          descriptor.exports().stream()
              .filter(e -> !e.isQualified())
              .map(ModuleDescriptor.Exports::source)
              .collect(Collectors.toCollection(TreeSet::new));
      Set<String> api = new TreeSet<>(classPackages(module.location()));
      api.removeIf(p -> !PackageWithInternals.owner(p).equals(p));

      assertThat(descriptor.isAutomatic()).as("%s has a module-info", module.artifact()).isFalse();
      assertThat(exported).as("packages exported by %s", descriptor.name()).isEqualTo(api);
    }
  }

  /** The packages holding classes in a jar or classes directory. */
  private static Set<String> classPackages(Path location) throws IOException {
    if (Files.isDirectory(location)) {
      return classPackagesBelow(location);
    }
    try (FileSystem jar = FileSystems.newFileSystem(location)) {
      return classPackagesBelow(jar.getPath("/"));
    }
  }

  private static Set<String> classPackagesBelow(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".class"))
          .map(f -> root.relativize(f.getParent()).toString().replace('/', '.'))
          .filter(p -> !p.isEmpty() && !p.startsWith("META-INF"))
          .collect(Collectors.toSet());
    }
  }

  private static void compile(Path out, List<Path> modulePath) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> options =
        List.of(
            "--module-path",
            modulePath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
            "-d",
            out.toString());
    List<File> sources;
    try (Stream<Path> files = Files.walk(DEMO_SOURCES)) {
      sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toFile).toList();
    }
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      Boolean compiled =
          javac
              .getTask(
                  diagnostics,
                  files,
                  null,
                  options,
                  null,
                  files.getJavaFileObjectsFromFiles(sources))
              .call();
      assertThat(compiled).as("javac %s%n%s", options, diagnostics).isTrue();
    }
  }

  private static ModuleDescriptor descriptorAt(Path location) {
    Set<ModuleReference> found = ModuleFinder.of(location).findAll();
    assertThat(found).as("a module at %s", location).hasSize(1);
    return found.iterator().next().descriptor();
  }

  private static Path[] withFirst(Path first, List<Path> rest) {
    List<Path> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all.toArray(Path[]::new);
  }

  static Path locationOf(Class<?> type) {
    try {
      return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
