package io.scimworks.core.resource;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.ScimUrns;
import io.scimworks.core.internal.PathText;
import io.scimworks.core.json.ScimJson;
import io.scimworks.filter.AttributePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A SCIM resource of any type, as a JSON tree with path-based access.
 *
 * <p><b>Mutable, like the tree it wraps.</b> {@link #of(ObjectNode)} wraps a tree without copying
 * it (the resource then owns the tree); setters change it in place; {@link #copy()} makes an
 * independent deep copy. Take a copy before handing a resource to code that may change it, or
 * before sharing it between threads. This keeps the common server path (parse, validate, store,
 * serialise) free of copies; the PATCH engine copies exactly once.
 *
 * <p>Attribute names and schema URNs match case-insensitively on input ({@code get("USERNAME")}
 * finds {@code userName}); setting an attribute that already exists keeps its spelling. A path with
 * an extension URN addresses the extension object, e.g. {@code
 * urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber}; setting one creates
 * the extension object and adds its URN to {@code schemas}. A URN is taken as an extension when the
 * resource already has an object under it, or when it is neither the first entry of {@code schemas}
 * nor an RFC 7643 core schema. Validation ({@code io.scimworks.core.validation}) rewrites names
 * into the schema's canonical case.
 *
 * <pre>{@code
 * ScimResource r = ScimResource.parse(body);
 * String user = r.getString("userName").orElseThrow();
 * r.set("name.givenName", "Barbara");
 * r.set(ScimUrns.ENTERPRISE_USER + ":employeeNumber", "701984");
 * r.remove("nickName");
 * }</pre>
 */
public final class ScimResource {
  private final ObjectNode json;

  private ScimResource(ObjectNode json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * Wraps a tree without copying it; the resource and the caller now share it.
   *
   * @param json the tree; not copied, owned by the resource from now on
   * @return a resource over {@code json}
   */
  public static ScimResource of(ObjectNode json) {
    return new ScimResource(json);
  }

  /**
   * Parses JSON text.
   *
   * @param json the JSON text of one object
   * @return a resource over the parsed tree
   * @throws ScimException 400 {@code invalidSyntax} if it is not a JSON object
   */
  public static ScimResource parse(String json) {
    return new ScimResource(ScimJson.readObject(json));
  }

  /**
   * Parses UTF-8 JSON.
   *
   * @param json the UTF-8 JSON of one object
   * @return a resource over the parsed tree
   * @throws ScimException 400 {@code invalidSyntax} if it is not a JSON object
   */
  public static ScimResource parse(byte[] json) {
    return new ScimResource(ScimJson.readObject(json));
  }

  /**
   * A new resource whose only attribute is {@code schemas}.
   *
   * @param schemaUrns the URNs for {@code schemas}, in order
   * @return a new resource that owns a new tree
   */
  public static ScimResource create(String... schemaUrns) {
    ObjectNode o = ScimJson.object();
    ArrayNode schemas = o.putArray("schemas");
    for (String urn : schemaUrns) {
      schemas.add(urn);
    }
    return new ScimResource(o);
  }

  /**
   * The underlying tree (not a copy: changes show through).
   *
   * @return the live tree this resource wraps
   */
  public ObjectNode json() {
    return json;
  }

  /**
   * A deep, independent copy.
   *
   * @return a new resource over a deep copy of the tree
   */
  public ScimResource copy() {
    return new ScimResource(json.deepCopy());
  }

  /**
   * The {@code id}, or {@code null}.
   *
   * @return the value as text, or {@code null} when it is absent or JSON {@code null}
   */
  public @Nullable String id() {
    return text("id");
  }

  /**
   * Sets (or with {@code null} removes) the {@code id}.
   *
   * @param id the new id, or {@code null} to remove it
   * @return this resource, for chaining
   */
  public ScimResource setId(@Nullable String id) {
    return set(AttributePath.of("id"), id);
  }

  /**
   * The {@code externalId}, or {@code null}.
   *
   * @return the value as text, or {@code null} when it is absent or JSON {@code null}
   */
  public @Nullable String externalId() {
    return text("externalId");
  }

  /**
   * Sets (or with {@code null} removes) the {@code externalId}.
   *
   * @param externalId the new external id, or {@code null} to remove it
   * @return this resource, for chaining
   */
  public ScimResource setExternalId(@Nullable String externalId) {
    return set(AttributePath.of("externalId"), externalId);
  }

  /**
   * The {@code schemas} URNs in order (empty when absent).
   *
   * @return a new list of the string entries of {@code schemas}, in order; empty when absent
   */
  public List<String> schemas() {
    JsonNode s = ScimJson.getIgnoreCase(json, "schemas");
    if (s == null || !s.isArray()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(s.size());
    for (JsonNode n : s) {
      if (n.isString()) {
        out.add(n.stringValue());
      }
    }
    return out;
  }

  /**
   * Whether {@code schemas} lists {@code urn} (case-insensitive).
   *
   * @param urn the schema URN, in any case
   * @return whether {@code schemas} lists it
   */
  public boolean hasSchema(String urn) {
    for (String s : schemas()) {
      if (s.equalsIgnoreCase(urn)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Replaces {@code schemas}.
   *
   * @param urns the new URNs, in order; not null
   * @return this resource, for chaining
   */
  public ScimResource setSchemas(List<String> urns) {
    return set(AttributePath.of("schemas"), urns);
  }

  /**
   * Appends {@code urn} to {@code schemas} unless already listed.
   *
   * @param urn the schema URN to list
   * @return this resource, for chaining
   */
  public ScimResource addSchema(String urn) {
    if (!hasSchema(urn)) {
      JsonNode s = ScimJson.getIgnoreCase(json, "schemas");
      if (s instanceof ArrayNode a) {
        a.add(urn);
      } else {
        json.putArray("schemas").add(urn);
      }
    }
    return this;
  }

  /**
   * The {@code meta} attribute, if present.
   *
   * @return {@code meta}, or empty when it is absent or not an object
   * @throws ScimException 400 {@code invalidValue} if a date-time in it does not parse
   */
  public Optional<Meta> meta() {
    JsonNode m = ScimJson.getIgnoreCase(json, "meta");
    return m instanceof ObjectNode o ? Optional.of(Meta.fromJson(o)) : Optional.empty();
  }

  /**
   * Sets (or with {@code null} removes) {@code meta}.
   *
   * @param meta the new {@code meta}, or {@code null} to remove it
   * @return this resource, for chaining
   */
  public ScimResource setMeta(@Nullable Meta meta) {
    return set(AttributePath.of("meta"), meta == null ? null : meta.toJson());
  }

  /**
   * The value at a path such as {@code userName}, {@code name.givenName} or {@code
   * urn:...:User:manager.value}, or {@code null} when absent. For {@code attr.sub} where {@code
   * attr} is multi-valued, a new array of the elements' {@code sub} values.
   *
   * @param path an attribute path such as {@code name.givenName}, names in any case
   * @return the live value (a new array for a sub-attribute of a multi-valued attribute), or {@code
   *     null} when absent
   * @throws ScimException 400 {@code invalidPath} if the text is not an attribute path
   */
  public @Nullable JsonNode get(String path) {
    return get(PathText.parse(path));
  }

  /**
   * The value at {@code path}, as {@link #get(String)}.
   *
   * @param path the attribute path; names match in any case
   * @return the value, or {@code null} when absent
   */
  public @Nullable JsonNode get(AttributePath path) {
    ObjectNode container = container(path, false);
    if (container == null) {
      return wholeExtension(path);
    }
    JsonNode v = ScimJson.getIgnoreCase(container, path.attribute());
    if (v == null || path.subAttribute() == null) {
      return v;
    }
    if (v instanceof ObjectNode o) {
      return ScimJson.getIgnoreCase(o, path.subAttribute());
    }
    if (v instanceof ArrayNode a) {
      ArrayNode out = ScimJson.array();
      for (JsonNode e : a) {
        if (e instanceof ObjectNode eo) {
          JsonNode sv = ScimJson.getIgnoreCase(eo, path.subAttribute());
          if (sv != null && !sv.isNull()) {
            out.add(sv);
          }
        }
      }
      return out.isEmpty() ? null : out;
    }
    return null;
  }

  /**
   * The string at {@code path}, if present and a JSON string.
   *
   * @param path an attribute path such as {@code name.givenName}, names in any case
   * @return the string, or empty when the value is absent or not a JSON string
   */
  public Optional<String> getString(String path) {
    JsonNode v = get(path);
    return v != null && v.isString() ? Optional.of(v.stringValue()) : Optional.empty();
  }

  /**
   * Sets the value at {@code path}; {@code null} removes it. Accepts {@link JsonNode}s, strings,
   * numbers, booleans, {@link java.time.Instant}s (written as RFC 3339), collections, maps and any
   * other value Jackson can convert. Intermediate complex values and extension objects are created
   * as needed.
   *
   * @param path an attribute path such as {@code name.givenName}, names in any case
   * @param value the new value, or {@code null} (or a JSON null) to remove the attribute
   * @return this resource, for chaining
   * @throws ScimException 400 {@code invalidPath} if the path is not valid, or {@code noTarget} if
   *     it goes through a multi-valued or non-object attribute
   */
  public ScimResource set(String path, @Nullable Object value) {
    return set(PathText.parse(path), value);
  }

  /**
   * Sets the value at {@code path}, as {@link #set(String, Object)}.
   *
   * @param path the attribute path; names match in any case
   * @param value the new value, or {@code null} to remove the attribute
   * @return this resource, for chaining
   */
  public ScimResource set(AttributePath path, @Nullable Object value) {
    if (value == null || (value instanceof JsonNode n && n.isNull())) {
      remove(path);
      return this;
    }
    JsonNode node = Values.toNode(value);
    ObjectNode container = container(path, true);
    if (container == null) {
      throw ScimException.of(ScimType.NO_TARGET, "cannot set " + path);
    }
    if (path.subAttribute() == null) {
      put(container, path.attribute(), node);
      return this;
    }
    String key = ScimJson.keyIgnoreCase(container, path.attribute());
    JsonNode parent = key == null ? null : container.get(key);
    if (parent == null || parent.isNull()) {
      ObjectNode created = ScimJson.object();
      put(container, path.attribute(), created);
      parent = created;
    }
    if (!(parent instanceof ObjectNode po)) {
      throw ScimException.of(
          ScimType.NO_TARGET,
          path.attribute()
              + " is "
              + (parent.isArray()
                  ? "multi-valued; select one element with a filter"
                  : "not complex")
              + ", cannot set "
              + path);
    }
    put(po, path.subAttribute(), node);
    return this;
  }

  /**
   * Removes the value at {@code path}, returning it (or {@code null} when there was none). An
   * extension object left empty is removed too, with its URN in {@code schemas}.
   *
   * @param path an attribute path such as {@code name.givenName}, names in any case
   * @return the removed value, or {@code null} when there was none
   * @throws ScimException 400 {@code invalidPath} if the text is not an attribute path
   */
  public @Nullable JsonNode remove(String path) {
    return remove(PathText.parse(path));
  }

  /**
   * Removes the value at {@code path}, as {@link #remove(String)}.
   *
   * @param path the attribute path; names match in any case
   * @return the removed value, or {@code null} when there was none
   */
  public @Nullable JsonNode remove(AttributePath path) {
    ObjectNode container = container(path, false);
    if (container == null) {
      String ext = extensionKey(path.schemaUrn() + ":" + path.attribute());
      if (path.schemaUrn() != null && path.subAttribute() == null && ext != null) {
        removeSchema(ext);
        return json.remove(ext);
      }
      return null;
    }
    String key = ScimJson.keyIgnoreCase(container, path.attribute());
    if (key == null) {
      return null;
    }
    JsonNode removed;
    if (path.subAttribute() == null) {
      removed = container.remove(key);
    } else {
      JsonNode parent = container.get(key);
      if (!(parent instanceof ObjectNode po)) {
        return null;
      }
      String subKey = ScimJson.keyIgnoreCase(po, path.subAttribute());
      removed = subKey == null ? null : po.remove(subKey);
      if (po.isEmpty()) {
        container.remove(key);
      }
    }
    if (container != json && container.isEmpty()) {
      String ext = extensionKey(Objects.requireNonNull(path.schemaUrn()));
      if (ext != null) {
        json.remove(ext);
        removeSchema(ext);
      }
    }
    return removed;
  }

  /**
   * The extension object stored under {@code urn} (case-insensitive), if any.
   *
   * @param urn the extension's schema URN, in any case
   * @return the live extension object, or empty when there is none
   */
  public Optional<ObjectNode> extension(String urn) {
    JsonNode v = ScimJson.getIgnoreCase(json, urn);
    return v instanceof ObjectNode o ? Optional.of(o) : Optional.empty();
  }

  /**
   * The extension object under {@code urn}, created (and listed in {@code schemas}) if absent.
   *
   * @param urn the extension's schema URN, in any case
   * @return the live extension object, existing or new
   */
  public ObjectNode extensionOrCreate(String urn) {
    Optional<ObjectNode> existing = extension(urn);
    if (existing.isPresent()) {
      return existing.get();
    }
    ObjectNode ext = json.putObject(urn);
    addSchema(urn);
    return ext;
  }

  /**
   * The extension {@code binding} names, read as the application's type, e.g. in a repository:
   * {@code ScimResource.of(resource).extension(BADGE)}; see {@link ExtensionBinding}.
   *
   * @param <T> the application's type for the extension
   * @param binding the extension's URN and type
   * @return the value, or empty when there is no object under the URN
   * @throws ScimException 400 {@code invalidValue} naming the URN and the attribute when the
   *     extension does not map to the type
   */
  public <T> Optional<T> extension(ExtensionBinding<T> binding) {
    return binding.read(json);
  }

  /**
   * Sets the extension {@code binding} names from the application's value and lists its URN in
   * {@code schemas}; {@code null} removes it. Attributes the type does not declare are kept.
   *
   * @param <T> the application's type for the extension
   * @param binding the extension's URN and type
   * @param value the extension's attributes; {@code null} components remove theirs
   * @return this resource
   * @throws IllegalArgumentException if Jackson cannot write {@code value} as a JSON object
   */
  public <T> ScimResource setExtension(ExtensionBinding<T> binding, @Nullable T value) {
    if (value == null) {
      binding.remove(json);
    } else {
      binding.write(json, value);
    }
    return this;
  }

  /**
   * Compact JSON text.
   *
   * @return the tree as JSON text, without whitespace between tokens
   */
  public String toJson() {
    return ScimJson.write(json);
  }

  /** Equal when the trees are equal (names compare exactly, object key order is ignored). */
  @Override
  public boolean equals(Object o) {
    return o instanceof ScimResource r && json.equals(r.json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  /** The compact JSON text. */
  @Override
  public String toString() {
    return toJson();
  }

  private @Nullable String text(String name) {
    JsonNode v = ScimJson.getIgnoreCase(json, name);
    return v == null || v.isNull() ? null : v.asString();
  }

  /** The object holding the path's attribute: the root, or an extension object. */
  private @Nullable ObjectNode container(AttributePath path, boolean create) {
    String urn = path.schemaUrn();
    if (urn == null) {
      return json;
    }
    String key = extensionKey(urn);
    if (key != null) {
      JsonNode ext = json.get(key);
      return ext instanceof ObjectNode o ? o : null;
    }
    if (extensionKey(urn + ":" + path.attribute()) != null) {
      return null; // the path names a whole extension object
    }
    if (isCore(urn)) {
      return json;
    }
    return create ? extensionOrCreate(urn) : null;
  }

  private @Nullable JsonNode wholeExtension(AttributePath path) {
    if (path.schemaUrn() == null || path.subAttribute() != null) {
      return null;
    }
    String key = extensionKey(path.schemaUrn() + ":" + path.attribute());
    return key == null ? null : json.get(key);
  }

  private @Nullable String extensionKey(String urn) {
    String key = ScimJson.keyIgnoreCase(json, urn);
    return key != null && json.get(key).isObject() ? key : null;
  }

  private boolean isCore(String urn) {
    if (urn.regionMatches(
        true, 0, ScimUrns.CORE_SCHEMA_PREFIX, 0, ScimUrns.CORE_SCHEMA_PREFIX.length())) {
      return true;
    }
    List<String> schemas = schemas();
    return !schemas.isEmpty() && schemas.get(0).equalsIgnoreCase(urn);
  }

  private void removeSchema(String urn) {
    JsonNode s = ScimJson.getIgnoreCase(json, "schemas");
    if (s instanceof ArrayNode a) {
      for (int i = a.size() - 1; i >= 0; i--) {
        if (a.get(i).isString() && a.get(i).stringValue().equalsIgnoreCase(urn)) {
          a.remove(i);
        }
      }
    }
  }

  private static void put(ObjectNode target, String name, JsonNode value) {
    String key = ScimJson.keyIgnoreCase(target, name);
    target.set(key == null ? name : key, value);
  }
}
