package io.scimworks.server.internal;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.Returned;
import io.scimworks.core.schema.Schema;
import io.scimworks.core.schema.SchemaRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code attributes} / {@code excludedAttributes} of RFC 7644 §3.9, applied to an outgoing
 * resource. {@code id} and {@code schemas} and attributes the schema returns {@code always} are
 * never removed.
 *
 * @param include the requested attributes (empty: all default ones)
 * @param exclude the excluded attributes
 */
public record Projection(List<Path> include, List<Path> exclude) {

  /** No projection. */
  public static final Projection NONE = new Projection(List.of(), List.of());

  /** Copies the lists. */
  public Projection {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
  }

  /** Reads the two parameters (comma-separated lists; absent or blank for none). */
  public static Projection of(@Nullable String attributes, @Nullable String excluded) {
    if ((attributes == null || attributes.isBlank()) && (excluded == null || excluded.isBlank())) {
      return NONE;
    }
    return new Projection(parse(attributes), parse(excluded));
  }

  /** Whether the client named any attribute to return. */
  public boolean requested() {
    return !include.isEmpty() || !exclude.isEmpty();
  }

  /** Whether a core attribute named {@code name} survives this projection. */
  public boolean wants(String name) {
    for (Path p : exclude) {
      if (p.urn() == null && p.sub() == null && p.attribute().equalsIgnoreCase(name)) {
        return false;
      }
    }
    return include.isEmpty()
        || include.stream().anyMatch(p -> p.attribute().equalsIgnoreCase(name));
  }

  /** A path in an attribute list: an optional URN, an attribute, an optional sub-attribute. */
  public record Path(@Nullable String urn, String attribute, @Nullable String sub) {}

  static List<Path> parse(@Nullable String list) {
    List<Path> out = new ArrayList<>();
    if (list == null || list.isBlank()) {
      return out;
    }
    if (list.length() > 10_000) {
      throw ScimException.badRequest("Attribute list too long");
    }
    for (String raw : list.split(",")) {
      String p = raw.trim();
      if (p.isEmpty()) {
        continue;
      }
      String urn = null;
      int colon = p.lastIndexOf(':');
      if (colon >= 0) {
        urn = p.substring(0, colon);
        p = p.substring(colon + 1);
      }
      int dot = p.indexOf('.');
      String attribute = dot < 0 ? p : p.substring(0, dot);
      String sub = dot < 0 ? null : p.substring(dot + 1);
      if (attribute.isEmpty() || (sub != null && (sub.isEmpty() || sub.contains(".")))) {
        throw ScimException.of(
            ScimType.INVALID_PATH, "Invalid attribute path '" + raw.trim() + "'");
      }
      out.add(new Path(urn, attribute, sub));
    }
    return out;
  }

  /** Applies this projection to {@code r} (in place). */
  public void apply(ObjectNode r, SchemaRegistry registry, ResourceType type) {
    if (!include.isEmpty()) {
      ObjectNode kept = ScimJson.object();
      for (String name : List.copyOf(r.propertyNames())) {
        JsonNode value = r.get(name);
        Schema ext = extension(registry, type, name);
        if (ext != null) {
          ObjectNode inner =
              value instanceof ObjectNode ? keep((ObjectNode) value, ext) : ScimJson.object();
          if (!inner.isEmpty()) {
            kept.set(name, inner);
          }
        } else if (isAlways(name) || selected(name, type.schema(), false)) {
          kept.set(name, value);
        } else {
          JsonNode partial = subSelection(name, value, type.schema());
          if (partial != null) {
            kept.set(name, partial);
          } else if (alwaysReturned(registry.coreSchema(type), name)) {
            kept.set(name, value);
          }
        }
      }
      r.removeAll();
      r.setAll(kept);
    }
    for (Path p : exclude) {
      if (isAlways(p.attribute()) && p.urn() == null && p.sub() == null) {
        continue;
      }
      ObjectNode target = r;
      if (p.urn() != null && !p.urn().equalsIgnoreCase(type.schema())) {
        String full = p.urn() + ":" + p.attribute();
        if (extension(registry, type, full) != null && p.sub() == null) {
          TypeModel.removeKey(r, full);
          continue;
        }
        JsonNode e = ScimJson.getIgnoreCase(r, p.urn());
        if (!(e instanceof ObjectNode)) {
          continue;
        }
        target = (ObjectNode) e;
      }
      if (p.sub() == null) {
        TypeModel.removeKey(target, p.attribute());
      } else {
        JsonNode v = ScimJson.getIgnoreCase(target, p.attribute());
        if (v instanceof ObjectNode) {
          TypeModel.removeKey((ObjectNode) v, p.sub());
        } else if (v != null && v.isArray()) {
          for (JsonNode element : v) {
            if (element instanceof ObjectNode) {
              TypeModel.removeKey((ObjectNode) element, p.sub());
            }
          }
        }
      }
    }
  }

  private ObjectNode keep(ObjectNode ext, Schema schema) {
    String urn = schema.id();
    boolean whole =
        include.stream()
            .anyMatch(
                p -> (p.urn() + ":" + p.attribute()).equalsIgnoreCase(urn) && p.sub() == null);
    if (whole) {
      return ext;
    }
    ObjectNode out = ScimJson.object();
    for (String name : ext.propertyNames()) {
      JsonNode value = ext.get(name);
      if (selected(name, urn, true) || alwaysReturned(schema, name)) {
        out.set(name, value);
      } else {
        JsonNode partial = subSelection(name, value, urn);
        if (partial != null) {
          out.set(name, partial);
        }
      }
    }
    return out;
  }

  private boolean selected(String name, String ownUrn, boolean inExtension) {
    for (Path p : include) {
      if (p.sub() != null || !p.attribute().equalsIgnoreCase(name)) {
        continue;
      }
      if (inExtension
          ? ownUrn.equalsIgnoreCase(p.urn())
          : p.urn() == null || ownUrn.equalsIgnoreCase(p.urn())) {
        return true;
      }
    }
    return false;
  }

  /** {@code emails.value} keeps only {@code value} of each email, or null when not named. */
  private @Nullable JsonNode subSelection(String name, JsonNode value, String ownUrn) {
    List<String> subs = new ArrayList<>();
    for (Path p : include) {
      if (p.sub() != null
          && p.attribute().equalsIgnoreCase(name)
          && (p.urn() == null || ownUrn.equalsIgnoreCase(p.urn()))) {
        subs.add(p.sub().toLowerCase(Locale.ROOT));
      }
    }
    if (subs.isEmpty()) {
      return null;
    }
    if (value instanceof ObjectNode) {
      return only((ObjectNode) value, subs);
    }
    if (value.isArray()) {
      var array = ScimJson.array();
      for (JsonNode element : value) {
        array.add(element instanceof ObjectNode ? only((ObjectNode) element, subs) : element);
      }
      return array;
    }
    return null;
  }

  private static ObjectNode only(ObjectNode o, List<String> subs) {
    ObjectNode out = ScimJson.object();
    for (String k : o.propertyNames()) {
      if (subs.contains(k.toLowerCase(Locale.ROOT))) {
        out.set(k, o.get(k));
      }
    }
    return out;
  }

  private static boolean isAlways(String name) {
    return name.equalsIgnoreCase("id") || name.equalsIgnoreCase("schemas");
  }

  private static boolean alwaysReturned(Schema schema, String name) {
    AttributeDefinition a = schema.attributeOrNull(name);
    return a != null && a.returned() == Returned.ALWAYS;
  }

  private static @Nullable Schema extension(
      SchemaRegistry registry, ResourceType type, String name) {
    return name.regionMatches(true, 0, "urn:", 0, 4)
        ? registry.extensionSchema(type, name).orElse(null)
        : null;
  }
}
