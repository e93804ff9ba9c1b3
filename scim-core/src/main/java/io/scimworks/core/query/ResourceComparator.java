package io.scimworks.core.query;

import io.scimworks.core.CaseFolding;
import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.message.SortOrder;
import io.scimworks.core.resource.ScimResource;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import io.scimworks.core.schema.ResolvedAttribute;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.Schema;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.DateTimes;
import io.scimworks.filter.FilterException;
import io.scimworks.filter.FilterParser;
import io.scimworks.filter.JsonNumbers;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Orders resources for {@code sortBy} / {@code sortOrder} (RFC 7644 §3.4.2.3).
 *
 * <ul>
 *   <li>values compare by the attribute's type: strings honour {@code caseExact} (otherwise
 *       case-insensitive), numbers numerically, date-times as instants, booleans false first
 *   <li>a multi-valued attribute sorts by its primary value, else its first; {@code emails} means
 *       {@code emails.value}
 *   <li>resources without a value sort last ascending (and so first descending)
 * </ul>
 *
 * <pre>{@code
 * Comparator<ScimResource> c = ResourceComparator.of(registry, users, "name.familyName", SortOrder.ASCENDING);
 * results.sort(c);
 * }</pre>
 *
 * <p>Immutable and thread-safe. Sorting with it is stable when the list sort is (as {@code
 * List.sort} is).
 */
public final class ResourceComparator implements Comparator<ScimResource> {
  private final AttributePath path;
  private final @Nullable AttributeDefinition definition;
  private final boolean extension;
  private final boolean descending;

  private ResourceComparator(
      AttributePath path,
      @Nullable AttributeDefinition definition,
      boolean extension,
      boolean descending) {
    this.path = path;
    this.definition = definition;
    this.extension = extension;
    this.descending = descending;
  }

  /**
   * A comparator for {@code sortBy} on resources of {@code type}. An attribute the schemas do not
   * define is compared by the JSON type of its values.
   *
   * @param registry the schemas that give the attribute's type and {@code caseExact}
   * @param type the resource type of the resources projected
   * @param sortBy the attribute path, names in any case
   * @param sortOrder {@code null} means ascending
   * @return an immutable, thread-safe comparator
   * @throws ScimException 400 {@code invalidPath} if {@code sortBy} is not an attribute path; 400
   *     {@code invalidValue} if it names a complex attribute without a {@code value}, or one of the
   *     type's schemas (its URN on its own)
   */
  public static ResourceComparator of(
      SchemaRegistry registry, ResourceType type, String sortBy, @Nullable SortOrder sortOrder) {
    AttributePath p;
    try {
      p = FilterParser.defaults().parseAttributePath(sortBy.trim());
    } catch (FilterException e) {
      throw ScimException.from(e);
    }
    if (p.schemaUrn() != null && p.subAttribute() == null) {
      // a schema's URN on its own reads as an attribute of the URN's prefix; it is no attribute
      String urn = p.schemaUrn() + ":" + p.attribute();
      boolean schema = urn.equalsIgnoreCase(registry.coreSchema(type).id());
      for (Schema ext : registry.extensionSchemas(type)) {
        schema |= urn.equalsIgnoreCase(ext.id());
      }
      if (schema) {
        throw ScimException.of(
            ScimType.INVALID_VALUE,
            "cannot sort by the schema " + urn + "; name one of its attributes");
      }
    }
    ResolvedAttribute r = registry.resolveOrNull(type, p);
    boolean desc = sortOrder == SortOrder.DESCENDING;
    if (r == null) {
      return new ResourceComparator(p, null, p.schemaUrn() != null, desc);
    }
    AttributePath canonical = r.canonicalPath();
    AttributeDefinition d = r.definition();
    if (d.isComplex()) {
      // sorting by a complex attribute means by its value sub-attribute
      AttributeDefinition value = d.subAttributeOrNull("value");
      if (value == null) {
        throw ScimException.of(
            ScimType.INVALID_VALUE, "cannot sort by the complex attribute " + canonical);
      }
      canonical = new AttributePath(canonical.schemaUrn(), canonical.attribute(), "value");
      d = value;
    }
    return new ResourceComparator(canonical, d, r.extension(), desc);
  }

  /**
   * The same order over bare trees.
   *
   * @return a comparator of resource trees in the same order
   */
  public Comparator<ObjectNode> onTrees() {
    return this::compareTrees;
  }

  @Override
  public int compare(ScimResource a, ScimResource b) {
    return compareTrees(a.json(), b.json());
  }

  private int compareTrees(ObjectNode a, ObjectNode b) {
    JsonNode x = sortValue(a);
    JsonNode y = sortValue(b);
    int c;
    if (x == null || y == null) {
      c = x == null ? (y == null ? 0 : 1) : -1; // missing last ascending
    } else {
      c = compareValues(x, y);
    }
    return descending ? -c : c;
  }

  private @Nullable JsonNode sortValue(ObjectNode resource) {
    ObjectNode container = resource;
    if (extension && path.schemaUrn() != null) {
      JsonNode ext = ScimJson.getIgnoreCase(resource, path.schemaUrn());
      if (!(ext instanceof ObjectNode eo)) {
        return null;
      }
      container = eo;
    }
    JsonNode v = ScimJson.getIgnoreCase(container, path.attribute());
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      v = primaryOrFirst(v);
      if (v == null) {
        return null;
      }
      if (path.subAttribute() == null) {
        return v.isObject() ? present(ScimJson.getIgnoreCase((ObjectNode) v, "value")) : present(v);
      }
    }
    if (path.subAttribute() != null) {
      return v instanceof ObjectNode o
          ? present(ScimJson.getIgnoreCase(o, path.subAttribute()))
          : null;
    }
    return present(v);
  }

  private static @Nullable JsonNode primaryOrFirst(JsonNode array) {
    for (JsonNode e : array) {
      if (e instanceof ObjectNode o) {
        JsonNode p = ScimJson.getIgnoreCase(o, "primary");
        if (p != null && (p.asBoolean(false) || "true".equalsIgnoreCase(p.asString("")))) {
          return e;
        }
      }
    }
    return array.isEmpty() ? null : array.get(0);
  }

  private static @Nullable JsonNode present(@Nullable JsonNode v) {
    return v == null || v.isNull() || v.isContainer() ? null : v;
  }

  private int compareValues(JsonNode x, JsonNode y) {
    AttributeType t = definition == null ? inferred(x, y) : definition.type();
    switch (t) {
      case INTEGER:
      case DECIMAL:
        if (x.isNumber() && y.isNumber()) {
          return JsonNumbers.compare(x, y);
        }
        return compareNumbersAsText(x, y);
      case BOOLEAN:
        return Boolean.compare(x.asBoolean(false), y.asBoolean(false));
      case DATE_TIME:
        Instant ix = instant(x.asString());
        Instant iy = instant(y.asString());
        if (ix != null && iy != null) {
          return ix.compareTo(iy);
        }
        return text(x, y);
      default:
        return text(x, y);
    }
  }

  private int text(JsonNode x, JsonNode y) {
    String a = x.asString();
    String b = y.asString();
    boolean caseExact = definition != null && definition.caseExact();
    return caseExact ? a.compareTo(b) : CaseFolding.compare(a, b);
  }

  private static int compareNumbersAsText(JsonNode x, JsonNode y) {
    try {
      return new BigDecimal(x.asString().trim()).compareTo(new BigDecimal(y.asString().trim()));
    } catch (NumberFormatException e) {
      return x.asString().compareTo(y.asString());
    }
  }

  private static AttributeType inferred(JsonNode x, JsonNode y) {
    if (x.isNumber() && y.isNumber()) {
      return AttributeType.DECIMAL;
    }
    if (x.isBoolean() && y.isBoolean()) {
      return AttributeType.BOOLEAN;
    }
    return AttributeType.STRING;
  }

  private static @Nullable Instant instant(String s) {
    return DateTimes.parse(s); // the instant a filter compares with
  }
}
