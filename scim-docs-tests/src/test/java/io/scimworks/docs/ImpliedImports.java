package io.scimworks.docs;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The imports a sample leaves out: the exported packages of every SCIMworks module on the class
 * path (for the one module without a descriptor, its packages other than {@code .internal} ones)
 * and {@link Snippet#JDK_AND_JACKSON_IMPORTS}.
 */
final class ImpliedImports {

  private static final String ROOT = "io/scimworks/";

  private ImpliedImports() {}

  static List<String> fromClassPath() throws IOException {
    Set<String> packages = new TreeSet<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (Files.isDirectory(path)) {
        packages.addAll(fromDirectory(path));
      } else if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
        packages.addAll(fromJar(path));
      }
    }
    packages.remove("io.scimworks.docs");
    Stream<String> scimworks = packages.stream().map(p -> p + ".*");
    return Stream.concat(scimworks, Snippet.JDK_AND_JACKSON_IMPORTS.stream()).toList();
  }

  private static Set<String> fromDirectory(Path directory) throws IOException {
    Path descriptor = directory.resolve("module-info.class");
    if (Files.isRegularFile(descriptor)) {
      try (InputStream in = Files.newInputStream(descriptor)) {
        return exports(ModuleDescriptor.read(in));
      }
    }
    Set<String> packages = new TreeSet<>();
    Path root = directory.resolve(ROOT);
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.walk(root)) {
        files
            .filter(f -> f.toString().endsWith(".class"))
            .map(
                f ->
                    directory.relativize(f.getParent()).toString().replace(File.separatorChar, '.'))
            .filter(p -> !p.contains(".internal"))
            .forEach(packages::add);
      }
    }
    return packages;
  }

  private static Set<String> fromJar(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      JarEntry descriptor = file.getJarEntry("module-info.class");
      if (descriptor != null) {
        try (InputStream in = file.getInputStream(descriptor)) {
          return exports(ModuleDescriptor.read(in));
        }
      }
      Set<String> packages = new TreeSet<>();
      file.stream()
          .map(JarEntry::getName)
          .filter(n -> n.startsWith(ROOT) && n.endsWith(".class"))
          .map(n -> n.substring(0, n.lastIndexOf('/')).replace('/', '.'))
          .filter(p -> !p.contains(".internal"))
          .forEach(packages::add);
      return packages;
    }
  }

  private static Set<String> exports(ModuleDescriptor descriptor) {
    Set<String> packages = new TreeSet<>();
    if (descriptor.name().startsWith("io.scimworks")) {
      descriptor.exports().stream()
          .filter(e -> !e.isQualified())
          .forEach(e -> packages.add(e.source()));
    }
    return packages;
  }
}
