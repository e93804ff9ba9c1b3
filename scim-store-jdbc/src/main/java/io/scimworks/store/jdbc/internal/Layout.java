package io.scimworks.store.jdbc.internal;

import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import io.scimworks.core.schema.ResolvedAttribute;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.filter.AttributePath;
import io.scimworks.server.spi.IndexedAttribute;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How resources of one type map to columns: which single-valued string attributes have a column of
 * their own ({@code externalId}, {@code userName}, {@code displayName}, when the schema defines
 * them so), which attributes are unique, and whether {@code members.value} is indexed.
 */
final class Layout {
  /** Attribute name (lower case) to column, for attributes indexed in {@code scim_resource}. */
  private static final Map<String, String> COLUMNS =
      Map.of("externalid", "external_id", "username", "user_name", "displayname", "display_name");

  private final Map<String, IndexedAttribute> columns = new LinkedHashMap<>();
  private final java.util.Set<String> uniqueColumns = new java.util.HashSet<>();
  private final List<IndexedAttribute> unique;
  private final @Nullable IndexedAttribute members;

  Layout(SchemaRegistry registry, ResourceType type, List<String> alsoUnique) {
    for (Map.Entry<String, String> e : COLUMNS.entrySet()) {
      ResolvedAttribute r = registry.resolveOrNull(type, AttributePath.of(e.getKey()));
      if (r != null && r.subAttribute() == null && isSingleString(r.attribute())) {
        columns.put(
            e.getValue(),
            new IndexedAttribute(
                AttributePath.of(r.attribute().name()), r.attribute().caseExact(), false));
      }
    }
    List<IndexedAttribute> u = new ArrayList<>(IndexedAttribute.uniqueOf(registry, type));
    for (Map.Entry<String, IndexedAttribute> c : columns.entrySet()) {
      IndexedAttribute a = c.getValue();
      if (u.stream()
          .anyMatch(x -> x.path().equalsIgnoreCase(a.path()) && x.caseExact() == a.caseExact())) {
        uniqueColumns.add(c.getKey());
      }
    }
    for (String name : alsoUnique) {
      AttributePath path = AttributePath.parse(name);
      ResolvedAttribute r = registry.resolveOrNull(type, path);
      if (r == null) {
        throw new IllegalArgumentException(type.name() + " has no attribute " + name);
      }
      if (u.stream().noneMatch(a -> a.path().equalsIgnoreCase(path))) {
        u.add(new IndexedAttribute(path, r.definition().caseExact(), true));
      }
    }
    this.unique = List.copyOf(u);
    ResolvedAttribute m = registry.resolveOrNull(type, AttributePath.of("members", "value"));
    this.members =
        m != null && m.attribute().multiValued() && m.subAttribute() != null
            ? new IndexedAttribute(
                AttributePath.of("members", "value"), m.subAttribute().caseExact(), false)
            : null;
  }

  private static boolean isSingleString(AttributeDefinition a) {
    return !a.multiValued()
        && (a.type() == AttributeType.STRING || a.type() == AttributeType.REFERENCE);
  }

  /** The column indexing {@code path} (a top-level attribute without URN), or {@code null}. */
  @Nullable String column(AttributePath path) {
    if (path.schemaUrn() != null || path.subAttribute() != null) {
      return null;
    }
    String column = COLUMNS.get(path.attribute().toLowerCase(java.util.Locale.ROOT));
    return column != null && columns.containsKey(column) ? column : null;
  }

  /**
   * Whether two resources of a tenant never share a key of {@code column}: its attribute is unique
   * by the type's schema, so every row's key has been in {@code scim_unique} since it was written.
   * (Attributes made unique by the store's own configuration are not counted: rows written before
   * it may share a value.)
   */
  boolean uniqueColumn(String column) {
    return uniqueColumns.contains(column);
  }

  /** The attribute behind a column. */
  IndexedAttribute attribute(String column) {
    return columns.get(column);
  }

  /** The column values (keys, or null) of a resource, in the order of {@link #columnNames()}. */
  List<@Nullable String> columnValues(ObjectNode resource) {
    List<@Nullable String> out = new ArrayList<>(3);
    for (String column : COLUMNS_IN_ORDER) {
      IndexedAttribute a = columns.get(column);
      List<String> keys = a == null ? List.of() : keysIncludingEmpty(a, resource);
      out.add(keys.isEmpty() ? null : Keys.of(keys.get(0)));
    }
    return out;
  }

  /**
   * The sort keys ({@link Keys#sortable}, full length, or null) of a resource, in the order of
   * {@link #COLUMNS_IN_ORDER}, for the columns named {@code <column>_sort}.
   */
  List<@Nullable String> sortValues(ObjectNode resource) {
    List<@Nullable String> out = new ArrayList<>(3);
    for (String column : COLUMNS_IN_ORDER) {
      IndexedAttribute a = columns.get(column);
      List<String> keys = a == null ? List.of() : keysIncludingEmpty(a, resource);
      out.add(keys.isEmpty() ? null : Keys.sortable(keys.get(0)));
    }
    return out;
  }

  /** The indexed columns, in the order {@link #columnValues} gives their values. */
  static final List<String> COLUMNS_IN_ORDER = List.of("external_id", "user_name", "display_name");

  private static List<String> keysIncludingEmpty(IndexedAttribute a, ObjectNode resource) {
    JsonNode v = field(resource, a.path().attribute());
    if (v == null || !v.isString()) {
      return List.of();
    }
    return List.of(a.key(v.stringValue()));
  }

  List<IndexedAttribute> unique() {
    return unique;
  }

  @Nullable IndexedAttribute members() {
    return members;
  }

  /**
   * What the column {@code group_display} holds for a resource of this type: for a type with {@code
   * members} (a group), its {@code displayName} when that is a string, found as {@link
   * io.scimworks.core.json.ScimJson#getIgnoreCase} finds it (an exact name first); else {@code
   * null}.
   */
  @Nullable String groupDisplayOf(ObjectNode resource) {
    return members == null ? null : groupDisplay(resource);
  }

  /** The {@code displayName} of {@code resource} when it is a string, else {@code null}. */
  static @Nullable String groupDisplay(ObjectNode resource) {
    JsonNode v = field(resource, "displayName");
    return v != null && v.isString() ? v.stringValue() : null;
  }

  /** The member keys of a group to index. */
  List<String> memberKeys(ObjectNode resource) {
    if (members == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String k : members.keys(resource)) {
      out.add(Keys.of(k));
    }
    return out;
  }

  /**
   * {@code meta.created} and {@code meta.lastModified} of a resource, truncated to microseconds
   * (what both databases keep), written back so that stored JSON and columns agree.
   */
  static OffsetDateTime[] stamps(ObjectNode resource) {
    JsonNode meta = field(resource, "meta");
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    OffsetDateTime created = now;
    OffsetDateTime modified = now;
    if (meta instanceof ObjectNode m) {
      created = stamp(m, "created", now);
      modified = stamp(m, "lastModified", created);
    }
    return new OffsetDateTime[] {created, modified};
  }

  private static OffsetDateTime stamp(ObjectNode meta, String name, OffsetDateTime fallback) {
    JsonNode v = field(meta, name);
    OffsetDateTime t = fallback;
    if (v != null && v.isString()) {
      try {
        t =
            OffsetDateTime.parse(v.stringValue())
                .withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MICROS);
      } catch (java.time.format.DateTimeParseException e) {
        t = fallback;
      }
    }
    Instant i = t.toInstant();
    meta.put(name, i.toString());
    return t;
  }

  static @Nullable JsonNode field(JsonNode object, String name) {
    JsonNode exact = object.get(name);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }
}
