package io.scimworks.filter;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;

class FilterPropertiesTest {
  private static final FilterEvaluator EVALUATOR = FilterEvaluator.of(AttributeResolver.DEFAULT);

  @Property
  void generatedTreesPrintAndReparseEqual(@ForAll("filters") Filter filter) {
    String text = filter.toString();
    assertThat(Filter.parse(text)).isEqualTo(filter);
  }

  @Property
  void generatedPatchPathsPrintAndReparseEqual(@ForAll("filters") Filter filter) {
    Assume.that(!containsValuePath(filter));
    PatchPath path = new PatchPath(AttributePath.of("emails"), filter, "value");
    assertThat(PatchPath.parse(path.toString())).isEqualTo(path);
  }

  @Property
  void notOfAFilterIsTheNegationOfTheFilter(
      @ForAll("evaluableFilters") Filter f, @ForAll("resources") JsonNode resource) {
    Boolean plain = evaluate(f, resource);
    Assume.that(plain != null);
    assertThat(evaluate(Filter.parse("not (" + f + ")"), resource)).isEqualTo(!plain);
  }

  @Property
  void andAndOrAgreeWithBooleanLogic(
      @ForAll("evaluableFilters") Filter a,
      @ForAll("evaluableFilters") Filter b,
      @ForAll("resources") JsonNode resource) {
    Boolean x = evaluate(a, resource);
    Boolean y = evaluate(b, resource);
    Assume.that(x != null && y != null);
    assertThat(evaluate(Filter.parse("(" + a + ") and (" + b + ")"), resource)).isEqualTo(x && y);
    assertThat(evaluate(Filter.parse("(" + a + ") or (" + b + ")"), resource)).isEqualTo(x || y);
  }

  /** The result, or null where the filter is not defined (an invalidFilter at compile time). */
  private static Boolean evaluate(Filter f, JsonNode resource) {
    CompiledFilter compiled;
    try {
      compiled = EVALUATOR.compile(f);
    } catch (FilterException e) {
      assertThat(e.scimType()).isEqualTo(FilterException.INVALID_FILTER);
      return null;
    }
    return compiled.test(resource);
  }

  private static boolean containsValuePath(Filter f) {
    if (f instanceof Filter.ValuePath) {
      return true;
    }
    if (f instanceof Filter.And and) {
      return containsValuePath(and.left()) || containsValuePath(and.right());
    }
    if (f instanceof Filter.Or or) {
      return containsValuePath(or.left()) || containsValuePath(or.right());
    }
    return f instanceof Filter.Not not && containsValuePath(not.filter());
  }

  @Provide
  Arbitrary<Filter> filters() {
    return FilterArbitraries.filters();
  }

  @Provide
  Arbitrary<Filter> evaluableFilters() {
    return FilterArbitraries.evaluableFilters();
  }

  @Provide
  Arbitrary<JsonNode> resources() {
    return FilterArbitraries.resources();
  }
}
