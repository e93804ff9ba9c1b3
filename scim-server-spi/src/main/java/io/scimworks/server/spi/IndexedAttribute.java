package io.scimworks.server.spi;

import io.scimworks.core.CaseFolding;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.Schema;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.core.schema.Uniqueness;
import io.scimworks.filter.AttributePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A string attribute a repository indexes or keeps unique, with the rule its values compare by:
 * exactly when the schema says {@code caseExact}, else case-insensitively through {@link
 * #key(String)}. Repositories store {@link #keys(ObjectNode)} in an index or a unique constraint
 * and look values up by {@link #key(String)}, so that they agree with the server's filter
 * evaluation.
 *
 * <pre>{@code
 * for (IndexedAttribute u : IndexedAttribute.uniqueOf(registry, ResourceType.user())) {
 *   for (String key : u.keys(resource)) {
 *     insertUnique(tenant, u.path().toString(), key); // a unique violation -> StorageErrors.uniqueness
 *   }
 * }
 * }</pre>
 *
 * @param path the attribute, top-level ({@code userName}) or a sub-attribute ({@code
 *     emails.value}), without schema URN for core attributes
 * @param caseExact whether values compare case-sensitively
 * @param unique whether two resources of a tenant may not share a value
 */
public record IndexedAttribute(AttributePath path, boolean caseExact, boolean unique) {

  /**
   * Creates the description.
   *
   * @param path the attribute path; not null
   * @param caseExact whether values compare exactly
   * @param unique whether values must be unique
   * @throws NullPointerException when {@code path} is null
   */
  public IndexedAttribute {
    Objects.requireNonNull(path, "path");
  }

  /**
   * The string attributes of {@code type}'s core schema whose {@code uniqueness} is {@code server}
   * or {@code global} (for Users: {@code userName}), with their {@code caseExact}. {@code id} is
   * left out: repositories make it unique themselves.
   *
   * @param registry the schemas; not null
   * @param type a resource type of {@code registry}
   * @return an unmodifiable list in schema order, each with {@code unique} true; empty when there
   *     are none
   */
  public static List<IndexedAttribute> uniqueOf(SchemaRegistry registry, ResourceType type) {
    List<IndexedAttribute> out = new ArrayList<>();
    Schema core = registry.coreSchema(type);
    for (AttributeDefinition a : core.attributes()) {
      if (a.name().equalsIgnoreCase("id")) {
        continue;
      }
      if (isUniqueString(a)) {
        out.add(new IndexedAttribute(AttributePath.of(a.name()), a.caseExact(), true));
      }
      for (AttributeDefinition sub : a.subAttributes()) {
        if (isUniqueString(sub)) {
          out.add(
              new IndexedAttribute(AttributePath.of(a.name(), sub.name()), sub.caseExact(), true));
        }
      }
    }
    return List.copyOf(out);
  }

  private static boolean isUniqueString(AttributeDefinition a) {
    return a.uniqueness() != Uniqueness.NONE
        && (a.type() == AttributeType.STRING || a.type() == AttributeType.REFERENCE);
  }

  /**
   * The key a value is stored and looked up by: the value itself when {@link #caseExact()}, else
   * its {@link CaseFolding#fold(String) case fold}.
   *
   * @param value a value of this attribute; not null
   * @return {@code value} itself, or its case fold
   */
  public String key(String value) {
    return caseExact ? value : CaseFolding.fold(value);
  }

  /**
   * The non-empty string values of this attribute in {@code resource}, as stored.
   *
   * @param resource the resource tree; not changed
   * @return a new list of the string values in document order, empty when there are none
   */
  public List<String> values(ObjectNode resource) {
    JsonNode top = field(resource, path.attribute());
    if (top == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(1);
    if (top.isArray()) {
      for (JsonNode element : top) {
        collect(element, out);
      }
    } else {
      collect(top, out);
    }
    return out;
  }

  /**
   * The distinct {@link #key(String) keys} of {@link #values(ObjectNode)}.
   *
   * @param resource the resource tree; not changed
   * @return a new list of the distinct keys, in document order of their first value
   */
  public List<String> keys(ObjectNode resource) {
    List<String> out = new ArrayList<>(1);
    for (String v : values(resource)) {
      String k = key(v);
      if (!out.contains(k)) {
        out.add(k);
      }
    }
    return out;
  }

  private void collect(JsonNode node, List<String> out) {
    JsonNode v = node;
    if (path.subAttribute() != null) {
      v = node.isObject() ? field(node, path.subAttribute()) : null;
    }
    if (v != null && v.isString() && !v.stringValue().isEmpty()) {
      out.add(v.stringValue());
    }
  }

  private static @Nullable JsonNode field(JsonNode object, String name) {
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
