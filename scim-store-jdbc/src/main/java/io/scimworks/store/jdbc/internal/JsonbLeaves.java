package io.scimworks.store.jdbc.internal;

import io.scimworks.core.schema.ResolvedAttribute;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.filter.AttributeInfo;
import io.scimworks.filter.AttributeInfo.ValueType;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.AttributeResolver;
import io.scimworks.filter.CompareOperator;
import io.scimworks.filter.CompareValue;
import io.scimworks.filter.ComparisonTypes;
import io.scimworks.filter.Filter;
import io.scimworks.filter.FilterException;
import org.jspecify.annotations.Nullable;

/**
 * Comparisons, presence tests and value paths as PostgreSQL conditions on the {@code jsonb} body,
 * following the in-memory evaluator step by step (RFC 7644 §3.4.2.2 as scim-filter implements it):
 *
 * <ul>
 *   <li>the values of {@code attr} are its elements when it is an array, else itself ({@code lax
 *       $[*]}); a complex element compared without sub-attribute stands for its {@code value}; with
 *       a sub-attribute, each element's sub-attribute. Nulls, nested arrays and objects are no
 *       values;
 *   <li>a comparison holds when some value passes; {@code ne} holds when some value is not equal or
 *       there is no value at all; {@code eq null} is {@code not pr};
 *   <li>strings: {@code eq co sw ew} through a {@link FoldPattern} (exact, case folding included);
 *       ordering and date-times narrow to string values and are finished in memory; numbers as
 *       {@code numeric} (exact but for {@code decimal} attributes, which the JVM reads as doubles);
 *       booleans by equality; literals first go through {@link ComparisonTypes} as in the evaluator
 *       ({@code active eq "True"} compares with {@code true});
 *   <li>{@code pr}: some non-null, non-empty leaf ({@code lax $.**}); value paths: one element,
 *       wrapped as {@code {"value": e}} when scalar, satisfies the whole inner filter.
 * </ul>
 *
 * Attribute names are those of the schema: the server writes resources with the schema's names, and
 * they are bound as parameters like every filter value. Every condition is TRUE or FALSE, never
 * NULL.
 */
final class JsonbLeaves {
  private static final String ELEMENTS = "'lax $[*]'";
  private static final String NON_EMPTY =
      "'lax $.** ? (@.type() != \"null\" && @.type() != \"object\" && @.type() != \"array\""
          + " && (@.type() != \"string\" || @ != \"\"))'";
  private static final Frag ELEMENT =
      Frag.of(
          "(CASE WHEN jsonb_typeof(e.v) = 'object' THEN e.v"
              + " ELSE jsonb_build_object('value', e.v) END)");
  private static final String SCALARS = "'string', 'number', 'boolean'";

  private final SchemaRegistry registry;
  private final ResourceType type;
  private final AttributeResolver resolver;

  JsonbLeaves(SchemaRegistry registry, ResourceType type) {
    this.registry = registry;
    this.type = type;
    this.resolver = registry.resolverFor(type);
  }

  /** The condition of a leaf of a filter over the whole resource, or {@code null}. */
  @Nullable Cond leaf(Filter filter) {
    if (filter instanceof Filter.ValuePath v) {
      return valuePath(v);
    }
    return leaf(filter, Frag.of("r.body"), null);
  }

  private @Nullable Cond leaf(Filter filter, Frag context, @Nullable AttributePath parent) {
    if (filter instanceof Filter.Present p) {
      return present(p.path(), context, parent);
    }
    if (filter instanceof Filter.Compare c) {
      return compare(c, context, parent);
    }
    return null; // a value path inside a value path: the grammar has none
  }

  /**
   * Where a path's values live.
   *
   * @param object SQL of the JSON object holding the attribute
   * @param member the attribute's name in that object
   * @param sub the sub-attribute's name, or null
   */
  private record Place(Frag object, String member, @Nullable String sub) {}

  private @Nullable Place place(AttributePath path, Frag context, @Nullable AttributePath parent) {
    if (parent != null) {
      if (path.schemaUrn() != null || path.subAttribute() != null) {
        return null;
      }
      ResolvedAttribute r = registry.resolveOrNull(type, path.under(parent));
      return r == null || r.subAttribute() == null
          ? null
          : new Place(context, r.subAttribute().name(), null);
    }
    ResolvedAttribute r = registry.resolveOrNull(type, path);
    if (r == null || path.hasSubAttribute() != (r.subAttribute() != null) || managed(r)) {
      return null;
    }
    String sub = r.subAttribute() == null ? null : r.subAttribute().name();
    if (path.schemaUrn() == null) {
      // without URN the evaluator reads the top level, where extension attributes are not
      return r.extension() ? null : new Place(context, r.attribute().name(), sub);
    }
    String urn = r.schemaUrn();
    String pattern = FoldPattern.of(path.schemaUrn(), true, true, true);
    if (!r.extension() || urn == null || pattern == null) {
      return null;
    }
    // the extension object; without one, the top level when `schemas` declares the URN
    Frag object =
        Frag.of(
            "(CASE WHEN jsonb_typeof(r.body -> ",
            Frag.param(urn),
            ") = 'object' THEN r.body -> ",
            Frag.param(urn),
            " WHEN jsonb_typeof(r.body -> 'schemas') IS DISTINCT FROM 'array' OR EXISTS (SELECT 1"
                + " FROM jsonb_array_elements(CASE WHEN jsonb_typeof(r.body -> 'schemas') = 'array'"
                + " THEN r.body -> 'schemas' ELSE '[]'::jsonb END) s(x)"
                + " WHERE jsonb_typeof(s.x) = 'string' AND (s.x #>> '{}') ~ ",
            Frag.param(pattern),
            ") THEN r.body END)");
    return new Place(object, r.attribute().name(), sub);
  }

  /**
   * Whether the server keeps the attribute out of the stored body ({@code id}, {@code
   * meta.resourceType}, {@code meta.location}, {@code meta.version}): never read from JSON.
   */
  private static boolean managed(ResolvedAttribute r) {
    String name = r.attribute().name();
    if (r.schemaUrn() != null && r.extension()) {
      return false;
    }
    if (name.equalsIgnoreCase("id")) {
      return true;
    }
    if (!name.equalsIgnoreCase("meta")) {
      return false;
    }
    String sub = r.subAttribute() == null ? null : r.subAttribute().name();
    return !"created".equalsIgnoreCase(sub) && !"lastModified".equalsIgnoreCase(sub);
  }

  /** The rows of a path's values: {@code a(v)}, and {@code b(v)} for a sub-attribute. */
  private static Frag values(Place p) {
    Frag a =
        Frag.of(
            "jsonb_path_query(",
            p.object(),
            " -> ",
            Frag.param(p.member()),
            ", ",
            ELEMENTS,
            ") a(v)");
    return p.sub() == null
        ? a
        : Frag.of(a, ", jsonb_path_query(a.v -> ", Frag.param(p.sub()), ", ", ELEMENTS, ") b(v)");
  }

  /** One value: the element, a complex element's {@code value}, or the sub-attribute. */
  private static String value(Place p) {
    return p.sub() == null
        ? "(CASE WHEN jsonb_typeof(a.v) = 'object' THEN a.v -> 'value' ELSE a.v END)"
        : "b.v";
  }

  private @Nullable Cond present(AttributePath path, Frag context, @Nullable AttributePath parent) {
    Place p = place(path, context, parent);
    if (p == null) {
      return null;
    }
    if (p.sub() == null) {
      return Cond.exact(
          "COALESCE(jsonb_path_exists(",
          p.object(),
          " -> ",
          Frag.param(p.member()),
          ", ",
          NON_EMPTY,
          "), FALSE)");
    }
    return Cond.exact(
        "EXISTS (SELECT 1 FROM jsonb_path_query(",
        p.object(),
        " -> ",
        Frag.param(p.member()),
        ", ",
        ELEMENTS,
        ") a(v) WHERE jsonb_typeof(a.v) = 'object' AND COALESCE(jsonb_path_exists(a.v -> ",
        Frag.param(p.sub()),
        ", ",
        NON_EMPTY,
        "), FALSE))");
  }

  private @Nullable Cond compare(Filter.Compare c, Frag context, @Nullable AttributePath parent) {
    CompareOperator op = c.operator();
    if (c.value() instanceof CompareValue.NullValue) {
      Cond pr = present(c.path(), context, parent);
      if (pr == null) {
        return null;
      }
      return switch (op) {
        case EQ -> Cond.exact("(NOT ", pr.frag(), ")");
        case NE -> pr;
        default -> null;
      };
    }
    Place p = place(c.path(), context, parent);
    if (p == null) {
      return null;
    }
    AttributePath qualified = parent == null ? c.path() : c.path().under(parent);
    AttributeInfo info = resolver.resolve(qualified);
    if (info != null && info.type() == ValueType.COMPLEX && !qualified.hasSubAttribute()) {
      info =
          resolver.resolve(
              new AttributePath(qualified.schemaUrn(), qualified.attribute(), "value"));
    }
    if (info == null) {
      return null;
    }
    CompareValue literal;
    try {
      // boolean strings read as booleans: the server refused them before asking when it does not
      literal = ComparisonTypes.check(op, c.value(), info, true, c);
    } catch (FilterException e) {
      return null; // the server refused the filter before asking
    }
    String v = value(p);
    if (op == CompareOperator.NE) {
      Cond eq = ValueTests.test(CompareOperator.EQ, literal, info, v);
      if (eq == null || !eq.exact()) {
        return null;
      }
      String present = p.sub() == null ? SCALARS : SCALARS + ", 'object'";
      return Cond.exact(
          "(EXISTS (SELECT 1 FROM ",
          values(p),
          " WHERE jsonb_typeof(" + v + ") IN (" + SCALARS + ") AND NOT ",
          eq.frag(),
          ") OR NOT EXISTS (SELECT 1 FROM ",
          values(p),
          " WHERE jsonb_typeof(" + v + ") IN (" + present + ")))");
    }
    Cond test = ValueTests.test(op, literal, info, v);
    if (test == null) {
      return null;
    }
    return new Cond(
        Frag.of("EXISTS (SELECT 1 FROM ", values(p), " WHERE ", test.frag(), ")"), test.exact());
  }

  private @Nullable Cond valuePath(Filter.ValuePath vp) {
    AttributePath path = vp.path();
    if (path.hasSubAttribute()) {
      return null;
    }
    Place p = place(path, Frag.of("r.body"), null);
    if (p == null) {
      return null;
    }
    Cond inner = SqlFilter.combine(vp.filter(), f -> leaf(f, ELEMENT, path));
    Frag elements =
        Frag.of(
            "EXISTS (SELECT 1 FROM jsonb_path_query(",
            p.object(),
            " -> ",
            Frag.param(p.member()),
            ", ",
            ELEMENTS,
            ") e(v) WHERE jsonb_typeof(e.v) <> 'null'");
    if (inner == null) {
      return Cond.superset(elements, ")");
    }
    return new Cond(Frag.of(elements, " AND ", inner.frag(), ")"), inner.exact());
  }
}
