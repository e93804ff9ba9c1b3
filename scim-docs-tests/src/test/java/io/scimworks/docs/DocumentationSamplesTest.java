package io.scimworks.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java samples of {@code README.md} and {@code docs/*.md} compile, as written, against the
 * modules of this build (one compiler task for all of them); the ones marked {@code run} also run.
 * The convention for the comment before each block is in the package documentation.
 */
class DocumentationSamplesTest {

  private final CompiledSamples samples = CompiledSamples.get();

  @Test
  void theReadmeHasJavaSamplesAndEachSaysHowItIsWrapped() {
    assertThat(samples.snippets)
        .filteredOn(s -> s.file().toString().equals("README.md"))
        .hasSizeGreaterThan(10);
    if (!samples.problems.isEmpty()) {
      fail(String.join("\n", samples.problems));
    }
  }

  @Test
  void everyJavaSampleCompilesAsWritten() {
    if (!samples.errors.isEmpty()) {
      fail(
          samples.errors.size()
              + " compiler errors in samples:\n"
              + String.join("\n", samples.errors));
    }
  }

  @Test
  void samplesMarkedRunRunWithoutFailing() throws Exception {
    requireCompiled(samples);
    List<Snippet> runnable = samples.snippets.stream().filter(Snippet::run).toList();
    assertThat(runnable).as("samples marked run").isNotEmpty();
    for (Snippet snippet : runnable) {
      try {
        samples.method(snippet, "snippet").invoke(samples.instance(snippet));
      } catch (InvocationTargetException e) {
        throw new AssertionError(snippet.location() + " failed when run", e.getCause());
      }
    }
  }

  static void requireCompiled(CompiledSamples samples) {
    if (!samples.errors.isEmpty()) {
      fail("the samples do not compile (see everyJavaSampleCompilesAsWritten)");
    }
  }
}
