package io.scimworks.filter;

import io.scimworks.filter.internal.EvalNode;
import io.scimworks.filter.internal.EvaluationCompiler;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Decides whether a resource (a Jackson 3 JSON tree) matches a {@link Filter}, with the semantics
 * of RFC 7644 §3.4.2.2. Compile a filter once ({@link #compile(Filter)}) and test it against many
 * resources; instances are immutable and thread-safe.
 *
 * <pre>{@code
 * // with scim-core: FilterEvaluator.of(schemaRegistry.resolverFor(ResourceType.user()))
 * FilterEvaluator evaluator = FilterEvaluator.of(AttributeResolver.DEFAULT);
 * CompiledFilter f = evaluator.compile(Filter.parse("emails[type eq \"work\" and value co \"@example.com\"]"));
 * boolean hit = f.test(user);   // a JsonNode
 * }</pre>
 *
 * <h2>Semantics</h2>
 *
 * <ul>
 *   <li><b>Names</b> of attributes, sub-attributes and schema URNs compare case-insensitively. A
 *       URN-qualified path ({@code urn:...:enterprise:2.0:User:manager.value}) looks inside the
 *       member keyed by that URN; when there is none, the URN must be one of the resource's {@code
 *       schemas} (its core schema) for the path to address top-level attributes, else the attribute
 *       is absent.
 *   <li><b>Strings</b> compare case-insensitively unless the {@link AttributeResolver} says the
 *       attribute is {@code caseExact}; {@code gt ge lt le} compare lexicographically.
 *   <li><b>Date-times</b> compare as instants (RFC 3339, any offset, any fraction) when the
 *       resolver says {@code DATE_TIME}; then a filter value that is not a date-time is an {@code
 *       invalidFilter} error. When the resolver knows nothing of the attribute and the filter value
 *       is an RFC 3339 date-time, values that are date-times compare as instants and others as
 *       strings.
 *   <li><b>Numbers</b> compare by numeric value ({@code 1}, {@code 1.0}, {@code 1e0} are equal).
 *   <li><b>Booleans</b> and <b>binary</b> support only {@code eq}/{@code ne}: {@code gt ge lt le}
 *       on them (a boolean literal, or an attribute the resolver types so) and {@code co sw ew}
 *       with a boolean or number literal are {@code invalidFilter} errors, raised by {@link
 *       #compile}. A value of another JSON type than the literal simply does not match.
 *   <li><b>Types</b>: a literal of another type than the attribute the resolver describes ({@code
 *       userName gt 5}, {@code active eq "yes"}, {@code meta.created gt 5}) is an {@code
 *       invalidFilter} error raised by {@link #compile}, not a comparison that matches nothing;
 *       {@code "true"}/{@code "false"} on a boolean attribute only when the resolver asks for it
 *       ({@link AttributeResolver#booleanStrings()}). See {@link ComparisonTypes}.
 *   <li><b>Multi-valued</b> attributes match when any value matches; {@code emails.value} on a
 *       multi-valued complex attribute looks at each element's {@code value}; a complex attribute
 *       compared without a sub-attribute ({@code emails co "example.com"}) stands for its {@code
 *       value} sub-attribute.
 *   <li><b>Value paths</b> {@code emails[type eq "work" and value co "@x.com"]} match when one and
 *       the same element satisfies the whole inner filter.
 *   <li><b>{@code pr}</b> is false for an absent attribute, {@code null}, {@code ""}, an empty
 *       array and an object whose members are all empty.
 *   <li><b>Absent attributes</b> (missing, {@code null}, or an empty array): every comparison is
 *       false, except {@code ne}, which is true: an absent value is not equal to anything. On a
 *       present multi-valued attribute {@code ne} matches when any value differs (RFC 7644's "any
 *       value" rule). {@code eq null} matches exactly when {@code pr} does not, {@code ne null}
 *       exactly when it does. Absent and unknown attributes, extension ones included, never raise
 *       an error.
 * </ul>
 */
public final class FilterEvaluator {
  private final EvaluationCompiler compiler;

  private FilterEvaluator(AttributeResolver resolver) {
    this.compiler = new EvaluationCompiler(resolver);
  }

  /**
   * An evaluator that asks {@code resolver} about attributes ({@link AttributeResolver#DEFAULT}:
   * infer from JSON).
   *
   * @param resolver what the schema says of attributes; not null
   * @return a new immutable, thread-safe evaluator
   * @throws NullPointerException when {@code resolver} is null
   */
  public static FilterEvaluator of(AttributeResolver resolver) {
    return new FilterEvaluator(Objects.requireNonNull(resolver, "resolver"));
  }

  /**
   * Compiles {@code filter} into a predicate over resources.
   *
   * @param filter the filter; not null
   * @return an immutable, thread-safe predicate whose {@link CompiledFilter#filter()} is {@code
   *     filter}
   * @throws FilterException ({@code invalidFilter}) for comparisons SCIM does not define, such as
   *     {@code active gt true}
   */
  public CompiledFilter compile(Filter filter) {
    return new Compiled(filter, compiler.compile(filter, null));
  }

  /**
   * Compiles the filter of a value path to test ONE element of the multi-valued attribute {@code
   * parent}, with paths relative to the element: for {@code members[value eq "x"]}, {@code
   * compileElementFilter(AttributePath.of("members"), filter)} tests each member object. A scalar
   * element (of a simple multi-valued attribute) is tested as {@code {"value": element}}.
   *
   * @param parent the multi-valued attribute whose elements are tested, used to resolve the
   *     element-relative paths of {@code valueFilter}; not null
   * @param valueFilter the filter between the brackets; not null
   * @return an immutable predicate over one element (an object, or a scalar)
   * @throws FilterException ({@code invalidFilter}) as {@link #compile(Filter)} does
   */
  public CompiledFilter compileElementFilter(AttributePath parent, Filter valueFilter) {
    EvalNode node = compiler.compile(valueFilter, Objects.requireNonNull(parent, "parent"));
    return new CompiledFilter() {
      @Override
      public boolean test(JsonNode element) {
        return node.test(EvaluationCompiler.asElement(element));
      }

      @Override
      public Filter filter() {
        return valueFilter;
      }

      @Override
      public String toString() {
        return parent + "[" + valueFilter + "]";
      }
    };
  }

  /**
   * Compiles and tests in one go; prefer {@link #compile(Filter)} for repeated use.
   *
   * @param filter the filter; not null
   * @param resource the resource, a JSON object; not null
   * @return whether {@code resource} matches
   * @throws FilterException ({@code invalidFilter}) as {@link #compile(Filter)} does
   */
  public boolean matches(Filter filter, JsonNode resource) {
    return compile(filter).test(resource);
  }

  private record Compiled(Filter filter, EvalNode node) implements CompiledFilter {
    @Override
    public boolean test(JsonNode resource) {
      return node.test(resource);
    }

    @Override
    public String toString() {
      return filter.toString();
    }
  }
}
