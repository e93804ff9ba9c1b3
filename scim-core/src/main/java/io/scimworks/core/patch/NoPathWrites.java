package io.scimworks.core.patch;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.internal.PathText;
import io.scimworks.core.internal.Shown;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.Mutability;
import io.scimworks.core.schema.ResolvedAttribute;
import io.scimworks.filter.AttributePath;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Operations without a path (RFC 7644 §3.5.2.1 and §3.5.2.3), and those whose path names a whole
 * extension: the value is an object of attributes, each written as if it were the path.
 *
 * <p>A key must be an attribute name (or, with {@link PatchOptions#pathKeysInValue()}, a path such
 * as {@code name.givenName}); anything else, the empty key included, is 400 {@code invalidPath}. A
 * well-formed name that no schema defines follows the engine's unknown-attribute policy, as in a
 * {@code POST}: dropped, kept as sent, or {@code invalidPath}. A {@code schemas} member is ignored:
 * the engine keeps {@code schemas} in step with the extensions present.
 */
final class NoPathWrites {
  private final Patcher patcher;
  private final PatchEngine engine;

  NoPathWrites(Patcher patcher) {
    this.patcher = patcher;
    this.engine = patcher.engine;
  }

  /** An {@code add} or {@code replace} without a path. */
  void apply(PatchOp op, JsonNode value) {
    if (!(value instanceof ObjectNode attributes)) {
      throw ScimException.of(
          ScimType.INVALID_VALUE,
          op.jsonName()
              + " without a path needs an object of attributes, not "
              + JsonNodes.kind(value));
    }
    for (Map.Entry<String, JsonNode> e : attributes.properties()) {
      String key = e.getKey();
      JsonNode v = e.getValue();
      if (key.equalsIgnoreCase("schemas")) {
        continue;
      }
      String urn = engine.extensionUrn(key);
      if (urn == null && key.equalsIgnoreCase(engine.coreSchemaUrn())) {
        urn = engine.coreSchemaUrn();
      }
      if (urn == null) {
        keyed(op, null, key, v);
      } else if (v instanceof ObjectNode inner) {
        members(op, urn, inner);
      } else {
        throw ScimException.of(
            ScimType.INVALID_VALUE, "'" + key + "' needs an object of attributes");
      }
    }
  }

  /** A path naming a whole extension ({@code urn:...:enterprise:2.0:User}). */
  void wholeExtension(PatchOperation operation, String urn) {
    if (operation.op() == PatchOp.REMOVE) {
      patcher.removeExtension(urn);
      return;
    }
    JsonNode value = Patcher.requireValue(operation);
    if (!(value instanceof ObjectNode attributes)) {
      throw ScimException.of(ScimType.INVALID_VALUE, "'" + urn + "' needs an object of attributes");
    }
    members(operation.op(), urn, attributes);
  }

  private void members(PatchOp op, String urn, ObjectNode attributes) {
    for (Map.Entry<String, JsonNode> e : attributes.properties()) {
      if (!e.getKey().equalsIgnoreCase("schemas")) { // a copy of the resource's schemas: ignored
        keyed(op, urn, e.getKey(), e.getValue());
      }
    }
  }

  /** One member of a no-path value: an attribute name, or a path when the options allow. */
  private void keyed(PatchOp op, @Nullable String urn, String key, JsonNode v) {
    AttributePath path = keyPath(urn, key);
    ResolvedAttribute t = engine.resolve(path);
    if (t == null) {
      unknown(op, urn, key, path, v);
      return;
    }
    AttributeDefinition target = t.definition();
    if (t.attribute().mutability() == Mutability.READ_ONLY
        || target.mutability() == Mutability.READ_ONLY) {
      return; // RFC 7643 §2.2: values clients send for readOnly attributes are ignored
    }
    patcher.attributes.apply(op, t, v);
  }

  private AttributePath keyPath(@Nullable String urn, String key) {
    if (PathText.isName(key) && !key.equals("$ref")) {
      return new AttributePath(urn, key, null);
    }
    if (engine.options().pathKeysInValue()) {
      try {
        AttributePath p = PathText.parse(key);
        if (urn == null) {
          return p;
        }
        if (p.schemaUrn() == null) {
          return new AttributePath(urn, p.attribute(), p.subAttribute());
        }
      } catch (ScimException e) {
        // reported below
      }
    }
    throw ScimException.of(
        ScimType.INVALID_PATH,
        "'"
            + Shown.text(key)
            + "' is not an attribute name"
            + (engine.options().pathKeysInValue() ? " or path" : ""));
  }

  /** A well-formed key that no schema defines: the unknown-attribute policy decides. */
  private void unknown(
      PatchOp op, @Nullable String urn, String key, AttributePath path, JsonNode v) {
    switch (engine.unknownAttributes()) {
      case DROP -> {
        // ignored, as a POST ignores it
      }
      case KEEP -> {
        if (path.hasSubAttribute() || (urn == null && path.schemaUrn() != null)) {
          throw noAttribute(key);
        }
        boolean core = urn == null || urn.equals(engine.coreSchemaUrn());
        ObjectNode container = core ? patcher.root : patcher.extensionObject(urn, true);
        if (container == null) {
          return;
        }
        if (v.isNull()) {
          JsonNodes.remove(container, key);
        } else {
          JsonNodes.set(container, key, v.deepCopy());
        }
      }
      case REJECT -> throw noAttribute(key);
    }
  }

  private ScimException noAttribute(String key) {
    return ScimException.of(
        ScimType.INVALID_PATH,
        "no attribute '" + Shown.text(key) + "' in the schemas of " + engine.typeName());
  }
}
