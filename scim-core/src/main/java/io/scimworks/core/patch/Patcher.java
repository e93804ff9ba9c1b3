package io.scimworks.core.patch;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.Mutability;
import io.scimworks.core.schema.ResolvedAttribute;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.Filter;
import io.scimworks.filter.PatchPath;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One application of a PATCH request to a working copy of a resource (RFC 7644 §3.5.2). Mutates
 * only that copy; {@link PatchEngine} throws the copy away when any operation fails.
 *
 * <p>This class routes each operation by the shape of its path and keeps what the sections share
 * (the working copy, what was touched); the sections live beside it: {@link NoPathWrites} (no path:
 * the value is a set of attributes), {@link AttributeWrites} (a path to an attribute or
 * sub-attribute) and {@link FilteredWrites} (a path with a value filter).
 */
final class Patcher {
  final PatchEngine engine;
  final ObjectNode root;
  final AttributeWrites attributes;
  private final NoPathWrites noPath;
  private final FilteredWrites filtered;
  private final List<String> touchedExtensions = new ArrayList<>(2);
  private final List<AttributeDefinition> touchedAttributes = new ArrayList<>(8);

  /**
   * For each of {@link #touchedAttributes}, the operation that first wrote to it, and its index.
   */
  private final List<@Nullable PatchOperation> touchedBy = new ArrayList<>(8);

  private final List<Integer> touchedAt = new ArrayList<>(8);
  private final List<String> removedExtensions = new ArrayList<>(1);
  private int index;
  private long elementTests;
  private @Nullable PatchOperation current;

  /**
   * The index of the values an {@code add} just added to, kept for the next operation only: a run
   * of adds to one multi-valued attribute (one operation per value, as some clients send members
   * and emails) then costs the run's length plus the values there, not their product. Any other
   * operation in between drops it, so nothing else has changed the array it indexes.
   */
  private @Nullable ExistingValues lastAdd;

  private @Nullable ExistingValues carriedAdd;

  Patcher(PatchEngine engine, ObjectNode root) {
    this.engine = engine;
    this.root = root;
    this.attributes = new AttributeWrites(this);
    this.noPath = new NoPathWrites(this);
    this.filtered = new FilteredWrites(this);
  }

  /** The operation a write outside {@link #apply} (a run of removals) starts with. */
  void at(int index, PatchOperation op) {
    this.index = index;
    this.current = op;
  }

  /** Applies one operation; errors name the operation and its path. */
  void apply(int index, PatchOperation op) {
    this.index = index;
    this.current = op;
    carriedAdd = lastAdd;
    lastAdd = null;
    try {
      route(op);
    } catch (ScimException e) {
      throw e.withDetail(where() + ": " + e.detail());
    }
  }

  private void route(PatchOperation op) {
    PatchPath path = op.path();
    if (path == null) {
      if (op.op() == PatchOp.REMOVE) {
        throw ScimException.of(ScimType.NO_TARGET, "remove needs a path (RFC 7644 §3.5.2.2)");
      }
      noPath.apply(op.op(), requireValue(op));
      return;
    }
    ResolvedAttribute t = engine.resolve(path.attribute());
    if (t == null) {
      String urn = extensionUrn(path.attribute());
      if (urn != null && path.valueFilter() == null) {
        noPath.wholeExtension(op, urn);
        return;
      }
      throw ScimException.of(
          ScimType.INVALID_PATH,
          "no attribute '" + path.attribute() + "' in the schemas of " + engine.typeName());
    }
    refuseReadOnlyTarget(t, path.subAttribute());
    Filter filter = path.valueFilter();
    if (filter != null) {
      filtered.apply(op, t, filter, path.subAttribute());
    } else {
      attributes.apply(op.op(), t, op.op() == PatchOp.REMOVE ? op.value() : requireValue(op));
    }
  }

  /**
   * Refuses an operation whose path names a {@code readOnly} attribute, a sub-attribute of one, or
   * a {@code readOnly} sub-attribute, whatever the operation and whether or not the stored resource
   * holds a value there: the service owns such values ({@code id}, {@code meta}, a user's {@code
   * groups}), often without storing them, so a {@code remove} that finds nothing must not pass for
   * done (RFC 7644 §3.5.2). {@code readOnly} members of a value (or of a no-path value) are ignored
   * instead, as RFC 7643 §2.2 has them ignored on input.
   *
   * <p>{@code schemas} is refused the same way: the engine keeps it in step with the extensions the
   * resource holds (the core schema and every extension present), so an operation on it could only
   * be ignored or contradict the attributes; a client adds or removes an extension's attributes
   * instead.
   *
   * @param filteredSub the sub-attribute after a value filter ({@code emails[...].value}), or null
   */
  private static void refuseReadOnlyTarget(ResolvedAttribute t, @Nullable String filteredSub) {
    AttributeDefinition def = t.attribute();
    AttributeDefinition sub =
        filteredSub == null ? t.subAttribute() : def.subAttributeOrNull(filteredSub);
    if (t.schemaUrn() == null && def.name().equals("schemas")) {
      throw ScimException.of(
          ScimType.MUTABILITY,
          "'schemas' is kept by the service: it lists the core schema and the extensions the"
              + " resource holds; add or remove an extension's attributes instead");
    }
    String detail = null;
    if (def.mutability() == Mutability.READ_ONLY) {
      detail =
          sub == null
              ? "'" + def.name() + "' is readOnly: the service alone sets it"
              : "'"
                  + def.name()
                  + "."
                  + sub.name()
                  + "' is readOnly, as all of '"
                  + def.name()
                  + "' is: the service alone sets it";
    } else if (sub != null && sub.mutability() == Mutability.READ_ONLY) {
      detail = "'" + def.name() + "." + sub.name() + "' is readOnly: the service alone sets it";
    }
    if (detail != null) {
      throw ScimException.of(ScimType.MUTABILITY, detail);
    }
  }

  /**
   * Counts {@code n} more elements tested by value filters in this request.
   *
   * @throws ScimException 400 {@code tooMany} beyond {@link PatchEngine#MAX_FILTERED_ELEMENT_TESTS}
   */
  void countElementTests(int n) {
    elementTests += n;
    if (elementTests > PatchEngine.MAX_FILTERED_ELEMENT_TESTS) {
      throw ScimException.of(
          ScimType.TOO_MANY,
          "the value filters of this request would test more than "
              + PatchEngine.MAX_FILTERED_ELEMENT_TESTS
              + " values; send fewer operations per request");
    }
  }

  /**
   * The hashed values of {@code array} for an {@code add}: those the previous operation built when
   * it added to the same array, else new ones.
   */
  ExistingValues existingValues(AttributeDefinition def, ArrayNode array) {
    ExistingValues v = carriedAdd;
    if (v == null || !v.indexes(array)) {
      v = new ExistingValues(def, array);
    }
    carriedAdd = null;
    lastAdd = v;
    return v;
  }

  /** Forgets the index kept by {@link #existingValues}: operations applied elsewhere follow. */
  void forgetAdds() {
    lastAdd = null;
    carriedAdd = null;
  }

  /** Tidies extension objects and {@code schemas} after all operations. */
  void finish() {
    for (String urn : touchedExtensions) {
      String key = JsonNodes.findKey(root, urn);
      JsonNode ext = key == null ? null : root.get(key);
      if (key != null && JsonNodes.isUnassigned(ext)) {
        root.remove(key);
      }
      SchemasAttribute.sync(
          root, engine.coreSchemaUrn(), urn, key != null && root.get(key) != null);
    }
  }

  /**
   * Whether an operation wrote to or removed the attribute {@code def} (of the extension {@code
   * urn}, or of the core schema when {@code null}): only those need checking afterwards.
   */
  boolean touched(AttributeDefinition def, @Nullable String urn) {
    for (AttributeDefinition d : touchedAttributes) {
      if (d == def) {
        return true;
      }
    }
    if (urn != null) {
      for (String u : removedExtensions) {
        if (u.equalsIgnoreCase(urn)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The attributes operations wrote to, for the checks of the result. */
  List<AttributeDefinition> touchedAttributes() {
    return touchedAttributes;
  }

  void touch(AttributeDefinition def) {
    if (!touched(def, null)) {
      touchedAttributes.add(def);
      touchedBy.add(current);
      touchedAt.add(index);
    }
  }

  /**
   * The first operation that wrote to {@code def} ({@code Operations[2] (replace title)}), for the
   * details of the checks of the result; {@code null} when none did.
   */
  @Nullable String touchedBy(AttributeDefinition def) {
    for (int i = 0; i < touchedAttributes.size(); i++) {
      if (touchedAttributes.get(i) == def) {
        return where(touchedAt.get(i), touchedBy.get(i));
      }
    }
    return null;
  }

  void touchExtension(String urn) {
    for (String u : touchedExtensions) {
      if (u.equalsIgnoreCase(urn)) {
        return;
      }
    }
    touchedExtensions.add(urn);
  }

  /** Removes a whole extension object. */
  void removeExtension(String urn) {
    String key = JsonNodes.findKey(root, urn);
    if (key != null) {
      root.remove(key);
      touchExtension(urn);
      removedExtensions.add(urn);
    }
  }

  /** The object holding the attribute: the resource, or its extension object. */
  @Nullable ObjectNode container(ResolvedAttribute t, boolean create) {
    return t.extension() ? extensionObject(t.schemaUrn(), create) : root;
  }

  /** The object of the extension {@code urn}, created when asked to and missing. */
  @Nullable ObjectNode extensionObject(String urn, boolean create) {
    String key = JsonNodes.findKey(root, urn);
    JsonNode ext = key == null ? null : root.get(key);
    if (ext instanceof ObjectNode o) {
      touchExtension(urn);
      return o;
    }
    if (!create) {
      return null;
    }
    if (key != null) {
      root.remove(key);
    }
    touchExtension(urn);
    return root.putObject(urn);
  }

  private @Nullable String extensionUrn(AttributePath path) {
    if (path.schemaUrn() == null || path.hasSubAttribute()) {
      return null;
    }
    return engine.extensionUrn(path.schemaUrn() + ":" + path.attribute());
  }

  private String where() {
    return where(index, current);
  }

  private String where(int index, @Nullable PatchOperation op) {
    return "Operations[" + index + "] (" + (op == null ? "?" : label(op)) + ")";
  }

  /**
   * The operation as an error detail names it: its path, with a value filter that may compare a
   * never-returned value shown as {@code [...]} ({@code password[value eq "..."]} is not quoted
   * back), as {@link FilteredWrites#shown} decides.
   */
  private String label(PatchOperation op) {
    io.scimworks.filter.PatchPath path = op.path();
    if (path == null || path.valueFilter() == null) {
      return op.toString();
    }
    ResolvedAttribute r;
    try {
      r = engine.resolve(path.attribute());
    } catch (RuntimeException e) {
      r = null;
    }
    String filter = FilteredWrites.shown(r == null ? null : r.attribute(), path.valueFilter());
    if (!filter.equals("[...]")) {
      return op.toString();
    }
    return op.op().jsonName()
        + " "
        + path.attribute()
        + filter
        + (path.subAttribute() == null ? "" : "." + path.subAttribute());
  }

  static JsonNode requireValue(PatchOperation op) {
    JsonNode v = op.value();
    if (v == null || (op.op() == PatchOp.ADD && v.isNull())) {
      throw ScimException.of(ScimType.INVALID_VALUE, op.op().jsonName() + " needs a value");
    }
    return v;
  }
}
