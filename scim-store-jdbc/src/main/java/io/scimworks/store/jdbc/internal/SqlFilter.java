package io.scimworks.store.jdbc.internal;

import io.scimworks.filter.AttributePath;
import io.scimworks.filter.CompareOperator;
import io.scimworks.filter.CompareValue;
import io.scimworks.filter.Filter;
import io.scimworks.server.spi.IndexedAttribute;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Translates filters to SQL over {@code scim_resource r}, only where the translation gives exactly
 * what the in-memory evaluator gives; every value is a bound parameter. What it answers:
 *
 * <ul>
 *   <li>{@code eq} and {@code ne} with a string on {@code id} and on the attributes with a column
 *       ({@code externalId}, {@code userName}, {@code displayName}): keys are folded in Java
 *       exactly like the evaluator compares ({@code caseExact} from the schema), so SQL compares
 *       opaque keys and no database collation or {@code LOWER()} is involved;
 *   <li>{@code eq ne gt ge lt le} with an RFC 3339 date-time on {@code meta.created} and {@code
 *       meta.lastModified};
 *   <li>{@code members.value eq} through the membership table;
 *   <li>{@code and}, {@code or}, {@code not} of those.
 * </ul>
 *
 * Everything else is left to the server's in-memory check over a conservative pre-filter.
 */
final class SqlFilter {
  private final Layout layout;

  SqlFilter(Layout layout) {
    this.layout = layout;
  }

  /** Whether {@link #translate} answers this comparison, presence test or value path exactly. */
  boolean supports(Filter filter) {
    return leaf(filter, null) != null;
  }

  /**
   * A condition that holds for every resource {@code filter} matches; exact when {@code exact[0]}
   * stays true. {@code null} means "no condition" (every resource).
   */
  @Nullable String translate(Filter filter, List<Object> params, boolean[] exact) {
    if (filter instanceof Filter.And and) {
      String l = translate(and.left(), params, exact);
      String r = translate(and.right(), params, exact);
      return l == null ? r : r == null ? l : "(" + l + " AND " + r + ")";
    }
    if (filter instanceof Filter.Or or) {
      int mark = params.size();
      String l = translate(or.left(), params, exact);
      String r = translate(or.right(), params, exact);
      if (l == null || r == null) {
        trim(params, mark);
        return null;
      }
      return "(" + l + " OR " + r + ")";
    }
    if (filter instanceof Filter.Not not) {
      int mark = params.size();
      boolean[] inner = {true};
      String s = translate(not.filter(), params, inner);
      if (s == null || !inner[0]) {
        trim(params, mark);
        exact[0] = false;
        return null;
      }
      return "(NOT " + s + ")";
    }
    String sql = leaf(filter, params);
    if (sql == null) {
      exact[0] = false;
    }
    return sql;
  }

  private static void trim(List<Object> params, int size) {
    while (params.size() > size) {
      params.remove(params.size() - 1);
    }
  }

  /** The SQL of a supported leaf (adding its parameters when {@code params} is given), or null. */
  private @Nullable String leaf(Filter filter, @Nullable List<Object> params) {
    if (!(filter instanceof Filter.Compare c)) {
      return null;
    }
    AttributePath path = c.path();
    CompareOperator op = c.operator();
    if (!(c.value() instanceof CompareValue.StringValue sv)) {
      return null;
    }
    String value = sv.value();
    if (value.indexOf('\0') >= 0) {
      return null; // PostgreSQL refuses NUL in text; the server answers these in memory
    }
    if (path.schemaUrn() == null && path.subAttribute() == null) {
      if (path.attribute().equalsIgnoreCase("id")) {
        return equality("r.id", op, value, params);
      }
      String column = layout.column(path);
      if (column != null) {
        IndexedAttribute a = layout.attribute(column);
        return equality("r." + column, op, Keys.of(a.key(value)), params);
      }
      return null;
    }
    if (path.schemaUrn() == null && path.attribute().equalsIgnoreCase("meta")) {
      String column =
          "created".equalsIgnoreCase(path.subAttribute())
              ? "r.created"
              : "lastModified".equalsIgnoreCase(path.subAttribute()) ? "r.last_modified" : null;
      OffsetDateTime t = dateTime(value);
      if (column == null || t == null || op.ordinal() > CompareOperator.LE.ordinal()) {
        return null;
      }
      return switch (op) {
        case EQ, NE, GT, GE, LT, LE -> bind(params, t, column + " " + symbol(op) + " ?");
        default -> null;
      };
    }
    IndexedAttribute members = layout.members();
    if (members != null
        && op == CompareOperator.EQ
        && path.schemaUrn() == null
        && path.attribute().equalsIgnoreCase("members")
        && "value".equalsIgnoreCase(path.subAttribute())) {
      return bind(
          params,
          Keys.of(members.key(value)),
          "EXISTS (SELECT 1 FROM scim_member m WHERE m.group_pk = r.pk AND m.member_key = ?)");
    }
    return null;
  }

  private static @Nullable String equality(
      String column, CompareOperator op, String key, @Nullable List<Object> params) {
    return switch (op) {
      case EQ -> bind(params, key, column + " = ?");
      case NE -> bind(params, key, "(" + column + " IS NULL OR " + column + " <> ?)");
      default -> null;
    };
  }

  private static String bind(@Nullable List<Object> params, Object value, String sql) {
    if (params != null) {
      params.add(value);
    }
    return sql;
  }

  private static String symbol(CompareOperator op) {
    return switch (op) {
      case EQ -> "=";
      case NE -> "<>";
      case GT -> ">";
      case GE -> ">=";
      case LT -> "<";
      case LE -> "<=";
      default -> throw new IllegalArgumentException(op.token());
    };
  }

  /**
   * A date-time literal the database compares exactly: ISO-8601 with an offset and at most
   * microseconds (what the database keeps), else {@code null}.
   */
  private static @Nullable OffsetDateTime dateTime(String text) {
    try {
      OffsetDateTime t = OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
      return t.getNano() % 1000 == 0 ? t : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
