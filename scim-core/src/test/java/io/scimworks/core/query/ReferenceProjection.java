package io.scimworks.core.query;

import io.scimworks.core.ScimException;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.Mutability;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.Returned;
import io.scimworks.core.schema.Schema;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.core.schema.Schemas;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.FilterException;
import io.scimworks.filter.FilterParser;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The projection as it was before it planned members by name: built the projected tree member by
 * member, looking every name up each time. The oracle of {@link ProjectionProperties}.
 */
final class ReferenceProjection {
  private static final Map<String, AttributeDefinition> COMMON = new HashMap<>();

  static {
    for (AttributeDefinition d : Schemas.commonAttributes()) {
      COMMON.put(d.name().toLowerCase(Locale.ROOT), d);
    }
  }

  private final Schema core;
  private final Map<String, Schema> extensions = new HashMap<>();
  private final boolean includeMode;
  private final Selection root = new Selection();
  private final Map<String, Selection> extensionSelections = new HashMap<>();

  private ReferenceProjection(
      SchemaRegistry registry, ResourceType type, List<String> attributes, List<String> excluded) {
    this.core = registry.coreSchema(type);
    for (Schema s : registry.extensionSchemas(type)) {
      extensions.put(s.id().toLowerCase(Locale.ROOT), s);
    }
    this.includeMode = !attributes.isEmpty();
    for (String text : includeMode ? attributes : excluded) {
      if (!text.isBlank()) {
        route(parse(text.trim()));
      }
    }
  }

  /**
   * A projection for the given parameters (each a list of attribute paths).
   *
   * @param registry the schemas that say what each attribute's {@code returned} is
   * @param type the resource type of the resources projected
   * @param attributes attribute paths or extension URNs to return, as sent; empty for the default
   *     set
   * @param excludedAttributes attribute paths to leave out, as sent; ignored when {@code
   *     attributes} is not empty
   * @return an immutable, thread-safe projection
   * @throws ScimException 400 {@code invalidPath} if an entry is not an attribute path
   */
  static ReferenceProjection of(
      SchemaRegistry registry,
      ResourceType type,
      List<String> attributes,
      List<String> excludedAttributes) {
    return new ReferenceProjection(registry, type, attributes, excludedAttributes);
  }

  /**
   * The projected tree; the input is not changed.
   *
   * @param resource the resource tree; not changed
   * @return a new tree sharing unchanged sub-trees with {@code resource}
   */
  ObjectNode apply(ObjectNode resource) {
    ObjectNode out = ScimJson.object();
    for (Map.Entry<String, JsonNode> p : resource.properties()) {
      String key = p.getKey();
      String lk = key.toLowerCase(Locale.ROOT);
      Schema ext = lk.startsWith("urn:") ? extensions.get(lk) : null;
      if (ext != null && p.getValue() instanceof ObjectNode eo) {
        ObjectNode projected = container(eo, ext, extensionSelections.get(lk));
        if (!projected.isEmpty()) {
          out.set(key, projected);
        }
        continue;
      }
      AttributeDefinition d = COMMON.get(lk);
      if (d == null) {
        d = core.attributeOrNull(key);
      }
      JsonNode v = project(d, lk, p.getValue(), root, false);
      if (v != null) {
        out.set(key, v);
      }
    }
    return out;
  }

  private ObjectNode container(ObjectNode obj, Schema schema, @Nullable Selection sel) {
    ObjectNode out = ScimJson.object();
    boolean whole = sel != null && sel.whole;
    for (Map.Entry<String, JsonNode> p : obj.properties()) {
      String lk = p.getKey().toLowerCase(Locale.ROOT);
      JsonNode v = project(schema.attributeOrNull(p.getKey()), lk, p.getValue(), sel, whole);
      if (v != null) {
        out.set(p.getKey(), v);
      }
    }
    return out;
  }

  private @Nullable JsonNode project(
      @Nullable AttributeDefinition d,
      String lk,
      JsonNode v,
      @Nullable Selection sel,
      boolean containerNamed) {
    Returned r = returned(d);
    if (r == Returned.NEVER) {
      return null;
    }
    if (r == Returned.ALWAYS) {
      return filter(d, v, null, false);
    }
    if (includeMode) {
      if (containerNamed) {
        return r == Returned.REQUEST ? null : filter(d, v, null, false);
      }
      if (sel == null) {
        return null;
      }
      if (sel.wholeAttribute(lk)) {
        return filter(d, v, null, false);
      }
      Set<String> subs = sel.subs(lk);
      return subs == null ? null : filter(d, v, subs, true);
    }
    if (r == Returned.REQUEST || containerNamed) {
      return null;
    }
    if (sel == null) {
      return filter(d, v, null, false);
    }
    if (sel.wholeAttribute(lk)) {
      return null;
    }
    return filter(d, v, sel.subs(lk), false);
  }

  /**
   * Applies sub-attribute rules: with {@code keepNamed}, keeps only {@code named} (and {@code
   * always}) sub-attributes; otherwise drops {@code named} ones. Hidden sub-attributes ({@code
   * never}, {@code writeOnly}, and {@code request} unless named) always go.
   */
  private static @Nullable JsonNode filter(
      @Nullable AttributeDefinition d, JsonNode v, @Nullable Set<String> named, boolean keepNamed) {
    if (named == null && (d == null || !hasHiddenSubs(d))) {
      return v;
    }
    if (v instanceof ObjectNode o) {
      return filterObject(d, o, named, keepNamed);
    }
    if (v instanceof ArrayNode a) {
      ArrayNode out = ScimJson.array();
      for (JsonNode e : a) {
        JsonNode fe = e instanceof ObjectNode eo ? filterObject(d, eo, named, keepNamed) : e;
        if (fe != null) {
          out.add(fe);
        }
      }
      return out.isEmpty() ? null : out;
    }
    return keepNamed ? null : v; // a simple value cannot have the named sub-attributes
  }

  private static @Nullable ObjectNode filterObject(
      @Nullable AttributeDefinition d,
      ObjectNode o,
      @Nullable Set<String> named,
      boolean keepNamed) {
    ObjectNode out = ScimJson.object();
    for (Map.Entry<String, JsonNode> p : o.properties()) {
      AttributeDefinition sd = d == null ? null : d.subAttributeOrNull(p.getKey());
      Returned r = returned(sd);
      boolean isNamed = named != null && named.contains(p.getKey().toLowerCase(Locale.ROOT));
      boolean keep =
          switch (r) {
            case NEVER -> false;
            case ALWAYS -> true;
            case REQUEST -> keepNamed && isNamed;
            case DEFAULT -> keepNamed ? isNamed : !isNamed;
          };
      if (keep) {
        out.set(p.getKey(), p.getValue());
      }
    }
    return out.isEmpty() ? null : out;
  }

  private static boolean hasHiddenSubs(AttributeDefinition d) {
    for (AttributeDefinition s : d.subAttributes()) {
      if (returned(s) != Returned.DEFAULT && returned(s) != Returned.ALWAYS) {
        return true;
      }
    }
    return false;
  }

  private static Returned returned(@Nullable AttributeDefinition d) {
    if (d == null) {
      return Returned.DEFAULT;
    }
    return d.mutability() == Mutability.WRITE_ONLY ? Returned.NEVER : d.returned();
  }

  private void route(AttributePath p) {
    String urn = p.schemaUrn();
    if (urn != null) {
      String lurn = urn.toLowerCase(Locale.ROOT);
      String whole = lurn + ":" + p.attribute().toLowerCase(Locale.ROOT);
      if (p.subAttribute() == null && extensions.containsKey(whole)) {
        selection(whole).whole = true;
      } else if (extensions.containsKey(lurn)) {
        selection(lurn).add(p.attribute(), p.subAttribute());
      } else if (urn.equalsIgnoreCase(core.id())) {
        root.add(p.attribute(), p.subAttribute());
      }
      return; // a URN this type does not know selects nothing
    }
    String la = p.attribute().toLowerCase(Locale.ROOT);
    if (COMMON.containsKey(la) || core.attributeOrNull(p.attribute()) != null) {
      root.add(p.attribute(), p.subAttribute());
      return;
    }
    for (Map.Entry<String, Schema> e : extensions.entrySet()) {
      if (e.getValue().attributeOrNull(p.attribute()) != null) {
        selection(e.getKey()).add(p.attribute(), p.subAttribute());
        return;
      }
    }
    root.add(p.attribute(), p.subAttribute()); // unknown: matched by name
  }

  private Selection selection(String lowerUrn) {
    return extensionSelections.computeIfAbsent(lowerUrn, k -> new Selection());
  }

  private static AttributePath parse(String text) {
    try {
      return FilterParser.defaults().parseAttributePath(text);
    } catch (FilterException e) {
      throw ScimException.from(e);
    }
  }
}
