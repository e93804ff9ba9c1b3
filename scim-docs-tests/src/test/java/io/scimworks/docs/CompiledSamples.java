package io.scimworks.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The Java samples of {@code README.md} and {@code docs/*.md}, compiled once per test run in one
 * compiler task into {@code target/doc-samples}.
 */
final class CompiledSamples {

  /** The project root: this module's parent directory (tests run in the module's directory). */
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private static final Path CLASSES = Path.of("target", "doc-samples");
  private static CompiledSamples compiled;

  final List<Snippet> snippets = new ArrayList<>();

  /** Java blocks without a valid snippet comment, at their file and line. */
  final List<String> problems = new ArrayList<>();

  /** Compiler errors, at the Markdown file and line. */
  final List<String> errors = new ArrayList<>();

  private final Map<JavaFileObject, Snippet> bySource = new LinkedHashMap<>();
  private final Map<Snippet, Snippet.Source> sources = new LinkedHashMap<>();
  private final URLClassLoader loader;

  private CompiledSamples() throws IOException {
    for (Path file : markdownFiles()) {
      MarkdownSnippets.Found found = MarkdownSnippets.read(ROOT, file);
      snippets.addAll(found.snippets());
      problems.addAll(found.problems());
    }
    List<String> implied = ImpliedImports.fromClassPath();
    for (Snippet snippet : snippets) {
      Snippet.Source source = snippet.source(implied);
      sources.put(snippet, source);
      bySource.put(new InMemorySource(snippet.packageName(), source.text()), snippet);
    }
    Files.createDirectories(CLASSES);
    compile();
    loader =
        new URLClassLoader(
            new URL[] {CLASSES.toUri().toURL()}, CompiledSamples.class.getClassLoader());
  }

  /** The samples, compiled on first use. */
  static synchronized CompiledSamples get() {
    if (compiled == null) {
      try {
        compiled = new CompiledSamples();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return compiled;
  }

  /** The block with this {@code id:}. */
  Snippet byId(String id) {
    return snippets.stream()
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no java block with 'id: " + id + "'"));
  }

  /** A method of the class a block was compiled into, made callable. */
  Method method(Snippet snippet, String name, Class<?>... parameters) {
    try {
      Class<?> type = loader.loadClass(snippet.packageName() + ".Snippet");
      Method method = type.getDeclaredMethod(name, parameters);
      method.setAccessible(true);
      return method;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(snippet.location() + ": no method " + name, e);
    }
  }

  /** A new instance of the class a block was compiled into. */
  Object instance(Snippet snippet) throws ReflectiveOperationException {
    var constructor = loader.loadClass(snippet.packageName() + ".Snippet").getDeclaredConstructor();
    constructor.setAccessible(true);
    return constructor.newInstance();
  }

  private static List<Path> markdownFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(Path.of("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md"))
          .sorted()
          .forEach(p -> files.add(ROOT.relativize(p)));
    }
    return files;
  }

  private void compile() throws IOException {
    if (bySource.isEmpty()) {
      return;
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "-classpath",
              System.getProperty("java.class.path"),
              "-d",
              CLASSES.toString(),
              "--release",
              "17",
              "-proc:none",
              "-Xlint:none",
              "-nowarn",
              "-Xmaxerrs",
              "1000");
      compiler.getTask(null, files, diagnostics, options, null, bySource.keySet()).call();
    }
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() != Diagnostic.Kind.ERROR) {
        continue;
      }
      Snippet snippet = bySource.get(d.getSource());
      if (snippet == null) {
        errors.add(d.getMessage(null));
        continue;
      }
      Snippet.Source source = sources.get(snippet);
      String line =
          source.text().lines().skip(Math.max(0, d.getLineNumber() - 1)).findFirst().orElse("");
      errors.add(
          snippet.file()
              + ":"
              + source.markdownLine(d.getLineNumber())
              + ": "
              + d.getMessage(null)
              + "\n    "
              + line.strip());
    }
  }

  /** A generated source file held in memory. */
  private static final class InMemorySource extends SimpleJavaFileObject {
    private final String text;

    InMemorySource(String packageName, String text) {
      super(
          URI.create("string:///" + packageName.replace('.', '/') + "/Snippet.java"), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
