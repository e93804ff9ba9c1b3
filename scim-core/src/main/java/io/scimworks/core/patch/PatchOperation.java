package io.scimworks.core.patch;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.filter.FilterException;
import io.scimworks.filter.PatchPath;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One operation of a PATCH request (RFC 7644 §3.5.2): {@code op}, an optional {@code path} and an
 * optional {@code value}.
 *
 * <pre>{@code
 * PatchOperation.replace("active", BooleanNode.FALSE);
 * PatchOperation.add("emails[type eq \"work\"].value", StringNode.valueOf("a@example.com"));
 * PatchOperation.remove("members[value eq \"2819c223\"]");
 * }</pre>
 *
 * @param op the operation
 * @param path the target, or {@code null} for the resource itself (add and replace only)
 * @param value the value, or {@code null} when the request has none ({@code remove}); a JSON {@code
 *     null} is kept as a {@code NullNode}
 */
public record PatchOperation(PatchOp op, @Nullable PatchPath path, @Nullable JsonNode value) {

  /**
   * Rejects a null {@code op}.
   *
   * @param op the operation; not null
   * @param path the target, or {@code null} for the resource itself
   * @param value the value, or {@code null} for none
   * @throws NullPointerException when {@code op} is null
   */
  public PatchOperation {
    Objects.requireNonNull(op, "op");
  }

  /**
   * {@code add} at {@code path}.
   *
   * @param path the PATCH path, such as {@code emails[type eq "work"].value}
   * @param value the value to add, as the target expects it
   * @return the operation
   * @throws ScimException 400 {@code invalidPath} when {@code path} does not parse
   */
  public static PatchOperation add(String path, JsonNode value) {
    return new PatchOperation(PatchOp.ADD, parsePath(path), value);
  }

  /**
   * {@code add} without a path: {@code value} is an object of attributes to add.
   *
   * @param value the attributes to add, keyed by attribute name or extension URN
   * @return the operation
   */
  public static PatchOperation add(ObjectNode value) {
    return new PatchOperation(PatchOp.ADD, null, value);
  }

  /**
   * {@code replace} at {@code path}.
   *
   * @param path the PATCH path, such as {@code emails[type eq "work"].value}
   * @param value the new value
   * @return the operation
   * @throws ScimException 400 {@code invalidPath} when {@code path} does not parse
   */
  public static PatchOperation replace(String path, JsonNode value) {
    return new PatchOperation(PatchOp.REPLACE, parsePath(path), value);
  }

  /**
   * {@code replace} without a path: {@code value} is an object of attributes to replace.
   *
   * @param value the attributes to replace, keyed by attribute name or extension URN
   * @return the operation
   */
  public static PatchOperation replace(ObjectNode value) {
    return new PatchOperation(PatchOp.REPLACE, null, value);
  }

  /**
   * {@code remove} at {@code path}.
   *
   * @param path the PATCH path, such as {@code emails[type eq "work"].value}
   * @return the operation, without value
   * @throws ScimException 400 {@code invalidPath} when {@code path} does not parse
   */
  public static PatchOperation remove(String path) {
    return new PatchOperation(PatchOp.REMOVE, parsePath(path), null);
  }

  /**
   * {@code remove} at {@code path} with a value: removes exactly the given values of a multi-valued
   * attribute (what Entra ID sends to remove group members).
   *
   * @param path the PATCH path, such as {@code emails[type eq "work"].value}
   * @param value the values to remove (an array, or a single element)
   * @return the operation
   * @throws ScimException 400 {@code invalidPath} when {@code path} does not parse
   */
  public static PatchOperation remove(String path, JsonNode value) {
    return new PatchOperation(PatchOp.REMOVE, parsePath(path), value);
  }

  /**
   * Parses a PATCH path.
   *
   * @throws ScimException 400 {@code invalidPath}
   */
  static PatchPath parsePath(String path) {
    try {
      return PatchPath.parse(path);
    } catch (FilterException e) {
      // a broken filter inside a path is still a broken path (RFC 7644 §3.5.2)
      throw ScimException.of(ScimType.INVALID_PATH, e.getMessage(), e);
    } catch (RuntimeException e) {
      // the parser promises FilterException; anything else is still the client's bad path
      throw ScimException.of(ScimType.INVALID_PATH, "invalid PATCH path '" + path + "'", e);
    }
  }

  /**
   * This operation as RFC 7644 JSON: {@code {"op": ..., "path": ..., "value": ...}}.
   *
   * @return a new object with {@code op} and, when set, {@code path} (canonical text) and a copy of
   *     {@code value}
   */
  public ObjectNode toJson() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("op", op.jsonName());
    if (path != null) {
      json.put("path", path.toString());
    }
    if (value != null) {
      json.set("value", value.deepCopy());
    }
    return json;
  }

  @Override
  public String toString() {
    return op.jsonName() + (path == null ? "" : " " + path);
  }
}
