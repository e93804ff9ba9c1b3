package io.scimworks.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java samples of {@code README.md} and {@code docs/*.md} compile, as written, against the
 * modules of this build (one compiler task for all of them); the ones marked {@code run} also run.
 * The convention for the comment before each block is in the package documentation.
 */
class DocumentationSamplesTest {

  /** The project root: this module's parent directory (tests run in the module's directory). */
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @TempDir static Path classes;

  private static final List<Snippet> snippets = new ArrayList<>();
  private static final List<String> problems = new ArrayList<>();
  private static final Map<JavaFileObject, Snippet> bySource = new LinkedHashMap<>();
  private static final Map<Snippet, Snippet.Source> sources = new LinkedHashMap<>();
  private static final List<String> compileErrors = new ArrayList<>();

  @BeforeAll
  static void compileEverySample() throws IOException {
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
    compile();
  }

  @Test
  void theReadmeHasJavaSamplesAndEachSaysHowItIsWrapped() {
    assertThat(snippets)
        .filteredOn(s -> s.file().toString().equals("README.md"))
        .hasSizeGreaterThan(10);
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  @Test
  void everyJavaSampleCompilesAsWritten() {
    if (!compileErrors.isEmpty()) {
      fail(
          compileErrors.size()
              + " compiler errors in samples:\n"
              + String.join("\n", compileErrors));
    }
  }

  @Test
  void samplesMarkedRunRunWithoutFailing() throws Exception {
    if (!compileErrors.isEmpty()) {
      fail("the samples do not compile (see everyJavaSampleCompilesAsWritten)");
    }
    List<Snippet> runnable = snippets.stream().filter(Snippet::run).toList();
    assertThat(runnable).as("samples marked run").isNotEmpty();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      for (Snippet snippet : runnable) {
        Class<?> type = loader.loadClass(snippet.packageName() + ".Snippet");
        Constructor<?> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        Method method = type.getDeclaredMethod("snippet");
        method.setAccessible(true);
        try {
          method.invoke(constructor.newInstance());
        } catch (InvocationTargetException e) {
          throw new AssertionError(snippet.location() + " failed when run", e.getCause());
        }
      }
    }
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

  private static void compile() throws IOException {
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
              classes.toString(),
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
        compileErrors.add(d.getMessage(null));
        continue;
      }
      Snippet.Source source = sources.get(snippet);
      String line =
          source.text().lines().skip(Math.max(0, d.getLineNumber() - 1)).findFirst().orElse("");
      compileErrors.add(
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
