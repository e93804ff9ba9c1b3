package io.scimworks.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Filters as long as the parser accepts ({@link FilterParser#DEFAULT_MAX_TERMS} terms) are safe to
 * compare, hash, print, visit and evaluate. Each check runs on a thread with a small stack, so that
 * recursion along a chain fails every time rather than depending on the JIT.
 */
class LongFiltersTest {
  private static final int TERMS = FilterParser.DEFAULT_MAX_TERMS;
  private static final long SMALL_STACK = 256 * 1024;

  private static String chain(String term, String operator, int n) {
    return String.join(" " + operator + " ", Collections.nCopies(n, term));
  }

  @Test
  void thousandAndClausesCompareHashPrintAndEvaluateWithoutRecursion() {
    String text = chain("a pr", "and", TERMS);
    onSmallStack(
        () -> {
          Filter first = Filter.parse(text);
          Filter second = Filter.parse(text);
          assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
          assertThat(first).isNotEqualTo(Filter.parse(chain("a pr", "and", TERMS - 1)));
          assertThat(first.toString()).isEqualTo(text);
          assertThat(Filter.parse(first.toString())).isEqualTo(first);
          assertThat(((Filter.And) first).operands()).hasSize(TERMS);
          JsonNode resource = TestResources.json("{\"a\": \"x\"}");
          assertThat(FilterEvaluator.of(AttributeResolver.DEFAULT).matches(first, resource))
              .isTrue();
        });
  }

  @Test
  void longValueFilterOfAPatchPathIsSafeAsACacheKeyTwice() {
    String text = "emails[" + chain("value eq \"x\"", "or", TERMS) + "]";
    onSmallStack(
        () -> {
          Map<PatchPath, String> cache = new HashMap<>();
          cache.put(PatchPath.parse(text), "compiled");
          assertThat(cache.get(PatchPath.parse(text))).isEqualTo("compiled");
          PatchPath path = PatchPath.parse(text);
          assertThat(PatchPath.parse(path.toString())).isEqualTo(path);
          assertThat(((Filter.Or) path.valueFilter()).operands()).hasSize(TERMS);
        });
  }

  @Test
  void moreTermsThanTheLimitAreRejectedInFiltersAndPatchPaths() {
    String filter = chain("a pr", "and", TERMS + 1);
    assertThatThrownBy(() -> Filter.parse(filter))
        .isInstanceOfSatisfying(
            FilterException.class,
            e -> assertThat(e.scimType()).isEqualTo(FilterException.INVALID_FILTER))
        .hasMessageContaining("at most " + TERMS + " comparisons");
    String path = "emails[" + chain("value eq \"x\"", "or", TERMS + 1) + "]";
    assertThatThrownBy(() -> PatchPath.parse(path))
        .isInstanceOfSatisfying(
            FilterException.class,
            e -> assertThat(e.scimType()).isEqualTo(FilterException.INVALID_FILTER))
        .hasMessageContaining("at most " + TERMS + " comparisons");
  }

  @Test
  void operandsFlattenOneOperatorOnEitherSideButNotTheOther() {
    Filter a = Filters.present("a");
    Filter b = Filters.present("b");
    Filter c = Filters.present("c");
    Filter d = Filters.present("d");
    Filter.And and = (Filter.And) a.and(b.and(c)).and(c.or(d));
    assertThat(and.operands()).containsExactly(a, b, c, c.or(d));
    assertThat(((Filter.Or) Filter.parse("a pr or b pr or c pr")).operands())
        .containsExactly(a, b, c);
  }

  @Test
  void equalityDistinguishesShapesThatPrintDifferently() {
    Filter a = Filters.present("a");
    Filter b = Filters.present("b");
    Filter c = Filters.present("c");
    Filter left = a.and(b).and(c);
    Filter right = a.and(b.and(c));
    assertThat(left).isNotEqualTo(right);
    assertThat(left.toString()).isEqualTo("a pr and b pr and c pr");
    assertThat(right.toString()).isEqualTo("a pr and (b pr and c pr)");
    assertThat(Filter.parse(right.toString())).isEqualTo(right).hasSameHashCodeAs(right);
    assertThat(a.and(b)).isNotEqualTo(a.or(b)).isNotEqualTo(null).isNotEqualTo("a pr and b pr");
  }

  private static void onSmallStack(Runnable check) {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                check.run();
              } catch (Throwable t) { // a StackOverflowError too
                failure.set(t);
              }
            },
            "small-stack",
            SMALL_STACK);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    if (failure.get() != null) {
      throw new AssertionError("failed on a " + SMALL_STACK / 1024 + " KiB stack", failure.get());
    }
  }
}
