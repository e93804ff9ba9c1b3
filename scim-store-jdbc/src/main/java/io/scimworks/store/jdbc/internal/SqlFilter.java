package io.scimworks.store.jdbc.internal;

import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.CompareOperator;
import io.scimworks.filter.CompareValue;
import io.scimworks.filter.Filter;
import io.scimworks.server.spi.IndexedAttribute;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Translates filters to SQL over {@code scim_resource r}. Each leaf becomes a condition that is
 * either exact or a conservative superset (then the repository checks the rows it reads against the
 * compiled filter); every value is a bound parameter. On both databases, through the index columns:
 *
 * <ul>
 *   <li>{@code eq ne pr} and {@code eq null} on {@code externalId}, {@code userName}, {@code
 *       displayName}: keys are folded in Java exactly as the evaluator compares ({@code caseExact}
 *       from the schema), so SQL compares opaque keys, with no collation or {@code LOWER()}; {@code
 *       co sw ew} as {@code LIKE} on the keys (values over 250 characters are kept by their hash:
 *       those rows are candidates, checked in memory);
 *   <li>{@code eq ne gt ge lt le} with an RFC 3339 date-time on {@code meta.created} and {@code
 *       meta.lastModified}; {@code members.value eq} through the membership table.
 * </ul>
 *
 * On PostgreSQL everything else goes to {@link JsonbLeaves}. {@code and}, {@code or} and {@code
 * not} combine the leaves, keeping the result conservative: {@code or} needs both sides, {@code
 * not} an exact inside.
 */
final class SqlFilter {
  private final Layout layout;
  private final @Nullable JsonbLeaves jsonb;

  SqlFilter(Layout layout, Dialect dialect, SchemaRegistry registry, ResourceType type) {
    this.layout = layout;
    this.jsonb = dialect == Dialect.POSTGRESQL ? new JsonbLeaves(registry, type) : null;
  }

  /** Whether SQL narrows (exactly or not) this comparison, presence test or value path. */
  boolean supports(Filter filter) {
    if (filter instanceof Filter.Compare c
        && (c.operator() == CompareOperator.EQ || c.operator() == CompareOperator.NE)
        && c.value() instanceof CompareValue.StringValue sv
        && sv.value().indexOf('\0') < 0
        && c.path().schemaUrn() == null
        && c.path().subAttribute() == null
        && (layout.column(c.path()) != null || c.path().attribute().equalsIgnoreCase("id"))) {
      return true; // what columnLeaf answers exactly, without building it (asked per request)
    }
    return leaf(filter) != null;
  }

  /**
   * Whether at most one resource matches {@code filter}: it is, or is a conjunction one of whose
   * operands is, an {@code eq} of a string on an index column whose attribute is unique ({@link
   * Layout#uniqueColumn}), which {@link #translate} turns into an equality of that column's key.
   */
  boolean pinsUnique(Filter filter) {
    if (filter instanceof Filter.And and) {
      for (Filter operand : and.operands()) {
        if (pinsUnique(operand)) {
          return true;
        }
      }
      return false;
    }
    if (!(filter instanceof Filter.Compare c)
        || c.operator() != CompareOperator.EQ
        || !(c.value() instanceof CompareValue.StringValue sv)
        || sv.value().indexOf('\0') >= 0) {
      return false;
    }
    String column = layout.column(c.path());
    return column != null && layout.uniqueColumn(column);
  }

  /** The condition of the whole filter, or {@code null} when SQL cannot narrow it at all. */
  @Nullable Cond translate(Filter filter) {
    return combine(filter, this::leaf);
  }

  /** Translates one leaf. */
  @FunctionalInterface
  interface Leaves {
    @Nullable Cond leaf(Filter leaf);
  }

  /** {@code and}, {@code or} and {@code not} over leaves translated by {@code leaves}. */
  static @Nullable Cond combine(Filter filter, Leaves leaves) {
    if (filter instanceof Filter.And and) {
      List<Object> parts = new ArrayList<>();
      boolean exact = true;
      for (Filter operand : and.operands()) {
        Cond c = combine(operand, leaves);
        if (c == null) {
          exact = false; // an untranslated side only narrows less
          continue;
        }
        parts.add(parts.isEmpty() ? "(" : " AND ");
        parts.add(c.frag());
        exact &= c.exact();
      }
      if (parts.isEmpty()) {
        return null;
      }
      parts.add(")");
      return new Cond(Frag.of(parts.toArray()), exact);
    }
    if (filter instanceof Filter.Or or) {
      List<Object> parts = new ArrayList<>();
      boolean exact = true;
      for (Filter operand : or.operands()) {
        Cond c = combine(operand, leaves);
        if (c == null) {
          return null;
        }
        parts.add(parts.isEmpty() ? "(" : " OR ");
        parts.add(c.frag());
        exact &= c.exact();
      }
      parts.add(")");
      return new Cond(Frag.of(parts.toArray()), exact);
    }
    if (filter instanceof Filter.Not not) {
      Cond inner = combine(not.filter(), leaves);
      return inner == null || !inner.exact() ? null : Cond.exact("(NOT ", inner.frag(), ")");
    }
    return leaves.leaf(filter);
  }

  private @Nullable Cond leaf(Filter filter) {
    Cond column = columnLeaf(filter);
    if (column != null && (column.exact() || jsonb == null)) {
      return column;
    }
    Cond json = jsonb == null ? null : jsonb.leaf(filter);
    return json != null ? json : column;
  }

  /** A leaf answered through the index columns or the membership table, or null. */
  private @Nullable Cond columnLeaf(Filter filter) {
    if (filter instanceof Filter.Present p) {
      String column = layout.column(p.path());
      return column == null ? null : present("r." + column);
    }
    if (!(filter instanceof Filter.Compare c)) {
      return null;
    }
    AttributePath path = c.path();
    CompareOperator op = c.operator();
    String column = layout.column(path);
    if (c.value() instanceof CompareValue.NullValue) {
      if (column == null) {
        return null;
      }
      Cond pr = present("r." + column);
      return switch (op) {
        case EQ -> Cond.exact("(NOT ", pr.frag(), ")");
        case NE -> pr;
        default -> null;
      };
    }
    if (!(c.value() instanceof CompareValue.StringValue sv)) {
      return null;
    }
    String value = sv.value();
    if (value.indexOf('\0') >= 0) {
      return null; // PostgreSQL refuses NUL in text; the server answers these in memory
    }
    if (path.schemaUrn() == null && path.subAttribute() == null) {
      if (path.attribute().equalsIgnoreCase("id")) {
        return equality("r.id", op, value);
      }
      if (column != null) {
        IndexedAttribute a = layout.attribute(column);
        Cond eq = equality("r." + column, op, Keys.of(a.key(value)));
        return eq != null ? eq : like("r." + column, op, a.key(value));
      }
      return null;
    }
    if (path.schemaUrn() == null && path.attribute().equalsIgnoreCase("meta")) {
      String col =
          "created".equalsIgnoreCase(path.subAttribute())
              ? "r.created"
              : "lastModified".equalsIgnoreCase(path.subAttribute()) ? "r.last_modified" : null;
      OffsetDateTime t = dateTime(value);
      if (col == null
          || t == null
          || !(op == CompareOperator.EQ || op == CompareOperator.NE || op.isOrdering())) {
        return null;
      }
      return Cond.exact(col + " " + ValueTests.symbol(op) + " ", Frag.param(t));
    }
    IndexedAttribute members = layout.members();
    if (members != null
        && op == CompareOperator.EQ
        && path.schemaUrn() == null
        && path.attribute().equalsIgnoreCase("members")
        && "value".equalsIgnoreCase(path.subAttribute())) {
      return Cond.exact(
          "EXISTS (SELECT 1 FROM scim_member m WHERE m.group_pk = r.pk AND m.member_key = ",
          Frag.param(Keys.of(members.key(value))),
          ")");
    }
    return null;
  }

  /** {@code pr} on an index column: a string value other than {@code ""} (whose key is "="). */
  private static Cond present(String column) {
    return Cond.exact("(" + column + " IS NOT NULL AND " + column + " <> '=')");
  }

  /** The text of an equality on each column, one instance per column ({@link SqlMemo}). */
  private static final SqlMemo<String> EQUALITY = new SqlMemo<>();

  private static @Nullable Cond equality(String column, CompareOperator op, String key) {
    return switch (op) {
      case EQ ->
          new Cond(
              new Frag(
                  EQUALITY.get(column, c -> "(" + c + " IS NOT NULL AND " + c + " = ?)"),
                  List.of(key)),
              true);
      case NE -> Cond.exact("(" + column + " IS NULL OR " + column + " <> ", Frag.param(key), ")");
      default -> null;
    };
  }

  /**
   * {@code co sw ew} as {@code LIKE} on keys ({@code "=" + folded value}); a key that is a hash
   * ({@code "#..."}) may hold anything, so such rows are candidates and the condition is inexact.
   */
  private static @Nullable Cond like(String column, CompareOperator op, String folded) {
    String escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    String pattern =
        switch (op) {
          case CO -> "=%" + escaped + "%";
          case SW -> "=" + escaped + "%";
          case EW -> "=%" + escaped;
          default -> null;
        };
    if (pattern == null) {
      return null;
    }
    return Cond.superset(
        "(" + column + " LIKE ", Frag.param(pattern), " ESCAPE '\\' OR " + column + " LIKE '#%')");
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
