package io.scimworks.filter;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Generators of filter trees, filter texts and resources for the property tests. */
final class FilterArbitraries {
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  private FilterArbitraries() {}

  /** Any path the grammar accepts, keywords and URNs included. */
  static Arbitrary<AttributePath> paths() {
    Arbitrary<String> names =
        Arbitraries.oneOf(
            Arbitraries.of(
                "userName",
                "title",
                "emails",
                "value",
                "type",
                "$ref",
                "not",
                "and",
                "pr",
                "eq",
                "True"),
            Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('A', 'Z')
                .ofLength(1)
                .flatMap(
                    first ->
                        Arbitraries.strings()
                            .withCharRange('a', 'z')
                            .withCharRange('0', '9')
                            .withChars('-', '_')
                            .ofMaxLength(8)
                            .map(rest -> first + rest)));
    Arbitrary<String> urns =
        Arbitraries.of(null, ENTERPRISE, "urn:ietf:params:scim:schemas:core:2.0:User", "URN:x:y");
    return Combinators.combine(urns, names, names.injectNull(0.6)).as(AttributePath::new);
  }

  /**
   * Any compare value, strings with any Unicode (controls and surrogate pairs included; a surrogate
   * without its other half is no text and no literal holds one, so it becomes U+FFFD).
   */
  static Arbitrary<CompareValue> values() {
    Arbitrary<CompareValue> strings =
        Arbitraries.strings()
            .all()
            .ofMaxLength(12)
            .map(
                s ->
                    (CompareValue) new CompareValue.StringValue(s.replaceAll("\\p{Cs}", "\uFFFD")));
    Arbitrary<CompareValue> numbers =
        Combinators.combine(
                Arbitraries.bigIntegers()
                    .between(
                        BigInteger.valueOf(-1_000_000_000_000L),
                        BigInteger.valueOf(1_000_000_000_000L)),
                Arbitraries.integers().between(-30, 30))
            .as(
                (unscaled, scale) ->
                    (CompareValue) new CompareValue.NumberValue(new BigDecimal(unscaled, scale)));
    return Arbitraries.oneOf(
        strings,
        numbers,
        Arbitraries.of(
            new CompareValue.BooleanValue(true),
            new CompareValue.BooleanValue(false),
            CompareValue.NullValue.INSTANCE));
  }

  /** Filter trees of bounded depth; value filters are not nested (RFC 7644 valFilter). */
  static Arbitrary<Filter> filters() {
    return filters(4, true, paths(), values());
  }

  static Arbitrary<Filter> filters(
      int depth,
      boolean valuePaths,
      Arbitrary<AttributePath> paths,
      Arbitrary<CompareValue> values) {
    Arbitrary<Filter> leaf =
        Arbitraries.oneOf(
            Combinators.combine(paths, Arbitraries.of(CompareOperator.class), values)
                .as((p, o, v) -> (Filter) new Filter.Compare(p, o, v)),
            paths.map(p -> (Filter) new Filter.Present(p)));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Filter> sub = Arbitraries.lazy(() -> filters(depth - 1, valuePaths, paths, values));
    Arbitrary<Filter> inner = Arbitraries.lazy(() -> filters(depth - 1, false, paths, values));
    Arbitrary<Filter> and = Combinators.combine(sub, sub).as(Filter.And::new);
    Arbitrary<Filter> or = Combinators.combine(sub, sub).as(Filter.Or::new);
    Arbitrary<Filter> not = sub.map(Filter.Not::new);
    if (!valuePaths) {
      return Arbitraries.frequencyOf(
          net.jqwik.api.Tuple.of(4, leaf),
          net.jqwik.api.Tuple.of(2, and),
          net.jqwik.api.Tuple.of(2, or),
          net.jqwik.api.Tuple.of(1, not));
    }
    Arbitrary<Filter> valuePath =
        Combinators.combine(paths.filter(p -> p.subAttribute() == null), inner)
            .as(Filter.ValuePath::new);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, leaf),
        net.jqwik.api.Tuple.of(2, and),
        net.jqwik.api.Tuple.of(2, or),
        net.jqwik.api.Tuple.of(1, not),
        net.jqwik.api.Tuple.of(1, valuePath));
  }

  /** Filters over the attributes {@link #resources()} uses, so that evaluation is interesting. */
  static Arbitrary<Filter> evaluableFilters() {
    Arbitrary<AttributePath> paths =
        Arbitraries.of(
            AttributePath.of("userName"),
            AttributePath.of("title"),
            AttributePath.of("active"),
            AttributePath.of("n"),
            AttributePath.of("emails"),
            AttributePath.of("emails", "type"),
            AttributePath.of("emails", "value"),
            AttributePath.of("type"),
            AttributePath.of("value"),
            AttributePath.of("meta", "lastModified"),
            new AttributePath(ENTERPRISE, "employeeNumber", null),
            AttributePath.of("missing"));
    Arbitrary<CompareValue> values =
        Arbitraries.of(
            new CompareValue.StringValue("a"),
            new CompareValue.StringValue("B"),
            new CompareValue.StringValue("work"),
            new CompareValue.StringValue("b@x.com"),
            new CompareValue.StringValue("2011-05-13T04:42:34Z"),
            new CompareValue.NumberValue(BigDecimal.ONE),
            new CompareValue.NumberValue(new BigDecimal("2.5")),
            new CompareValue.BooleanValue(true),
            CompareValue.NullValue.INSTANCE);
    return filters(3, true, paths, values);
  }

  /** Small users whose attributes are sometimes absent, null, empty or multi-valued. */
  static Arbitrary<JsonNode> resources() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    Arbitrary<JsonNode> strings =
        Arbitraries.of(
                "a", "A", "b", "B", "work", "home", "b@x.com", "", "2011-05-13T06:42:34+02:00")
            .map(s -> (JsonNode) f.stringNode(s));
    Arbitrary<JsonNode> scalars =
        Arbitraries.oneOf(
            strings,
            Arbitraries.of(
                f.numberNode(1),
                f.numberNode(2.5),
                f.booleanNode(true),
                f.booleanNode(false),
                f.nullNode()));
    Arbitrary<JsonNode> email =
        Combinators.combine(strings, strings)
            .as(
                (type, value) -> {
                  ObjectNode e = f.objectNode();
                  e.set("type", type);
                  e.set("value", value);
                  return (JsonNode) e;
                });
    Arbitrary<JsonNode> emails =
        email
            .list()
            .ofMaxSize(3)
            .map(
                list -> {
                  ArrayNode a = f.arrayNode();
                  list.forEach(a::add);
                  return (JsonNode) a;
                });
    return Combinators.combine(
            scalars.injectNull(0.3),
            scalars.injectNull(0.3),
            scalars.injectNull(0.3),
            scalars.injectNull(0.3),
            emails.injectNull(0.3),
            strings.injectNull(0.3),
            scalars.injectNull(0.5))
        .as(
            (userName, title, active, n, mails, modified, employeeNumber) -> {
              ObjectNode r = f.objectNode();
              putIfNotNull(r, "userName", userName);
              putIfNotNull(r, "title", title);
              putIfNotNull(r, "active", active);
              putIfNotNull(r, "n", n);
              putIfNotNull(r, "emails", mails);
              putIfNotNull(r, "type", title);
              if (modified != null) {
                r.putObject("meta").set("lastModified", modified);
              }
              if (employeeNumber != null) {
                r.putObject(ENTERPRISE).set("employeeNumber", employeeNumber);
              }
              return (JsonNode) r;
            });
  }

  private static void putIfNotNull(ObjectNode r, String name, JsonNode value) {
    if (value != null) {
      r.set(name, value);
    }
  }
}
