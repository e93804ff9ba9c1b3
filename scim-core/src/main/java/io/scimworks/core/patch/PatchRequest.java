package io.scimworks.core.patch;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.message.MessageSchemas;
import io.scimworks.filter.PatchPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A PATCH request message (RFC 7644 §3.5.2): the {@code PatchOp} schema URN and one or more
 * operations, applied in order and atomically by {@link PatchEngine}.
 *
 * <pre>{@code
 * PatchRequest request = PatchRequest.fromJson(ScimJson.readObject(body));
 * PatchRequest built = PatchRequest.of(
 *     PatchOperation.replace("displayName", StringNode.valueOf("Ops")),
 *     PatchOperation.remove("members[value eq \"2819c223\"]"));
 * }</pre>
 *
 * @param schemas the message schemas; contains {@value #SCHEMA}
 * @param operations the operations, at least one
 */
public record PatchRequest(List<String> schemas, List<PatchOperation> operations) {

  /** The schema URN of a PATCH request. */
  public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  /**
   * Copies the lists and checks the message.
   *
   * @param schemas the message schemas; copied, must contain {@value #SCHEMA} (any case)
   * @param operations the operations, in order; copied, at least one
   * @throws ScimException 400 {@code invalidSyntax} without the {@value #SCHEMA} URN or operations
   */
  public PatchRequest {
    schemas = List.copyOf(schemas);
    operations = List.copyOf(operations);
    if (schemas.stream().noneMatch(SCHEMA::equalsIgnoreCase)) {
      throw ScimException.of(
          ScimType.INVALID_SYNTAX, "a PATCH request must list the schema " + SCHEMA);
    }
    if (operations.isEmpty()) {
      throw ScimException.of(
          ScimType.INVALID_SYNTAX, "a PATCH request needs at least one operation in Operations");
    }
  }

  /**
   * A request of the given operations.
   *
   * @param operations the operations, in order; at least one
   * @return a request listing {@value #SCHEMA}
   */
  public static PatchRequest of(PatchOperation... operations) {
    return new PatchRequest(List.of(SCHEMA), List.of(operations));
  }

  /**
   * A request of the given operations.
   *
   * @param operations the operations, in order; at least one
   * @return a request listing {@value #SCHEMA}
   */
  public static PatchRequest of(List<PatchOperation> operations) {
    return new PatchRequest(List.of(SCHEMA), operations);
  }

  /**
   * Reads a request from its JSON text with the default (lenient) options, e.g. a PATCH body as
   * received; see {@link #fromJson(JsonNode, PatchOptions)}.
   *
   * @param json the request body as text
   * @return the request
   * @throws ScimException 400 {@code invalidSyntax} when the text is not JSON or not a PATCH
   *     request
   */
  public static PatchRequest fromJson(String json) {
    return fromJson(io.scimworks.core.json.ScimJson.read(json), PatchOptions.defaults());
  }

  /**
   * Reads a request with the default (lenient) options; see {@link #fromJson(JsonNode,
   * PatchOptions)}.
   *
   * @param json the request body
   * @return the request
   * @throws ScimException as {@link #fromJson(JsonNode, PatchOptions)} does
   */
  public static PatchRequest fromJson(JsonNode json) {
    return fromJson(json, PatchOptions.defaults());
  }

  /**
   * Reads a request. Member names ({@code schemas}, {@code Operations}, {@code op}, {@code path},
   * {@code value}) are matched case-insensitively; {@code op} values too when {@link
   * PatchOptions#opAnyCase()} is set. A blank {@code path} counts as no path.
   *
   * @param json the request body
   * @param options which identity-provider leniencies to accept; not null
   * @return the request, its operations in order
   * @throws ScimException 400 {@code invalidSyntax} for a malformed message, {@code invalidPath}
   *     for a path that does not parse
   */
  public static PatchRequest fromJson(JsonNode json, PatchOptions options) {
    if (!(json instanceof ObjectNode body)) {
      throw syntax("a PATCH request must be a JSON object");
    }
    MessageSchemas.require(body, SCHEMA);
    List<String> schemas = new ArrayList<>();
    for (JsonNode s : Objects.requireNonNull(member(body, "schemas"))) {
      schemas.add(s.stringValue());
    }
    JsonNode opsNode = member(body, "Operations");
    if (!(opsNode instanceof ArrayNode opsArray)) {
      throw syntax("a PATCH request needs an 'Operations' array");
    }
    List<PatchOperation> operations = new ArrayList<>(opsArray.size());
    for (int i = 0; i < opsArray.size(); i++) {
      operations.add(readOperation(opsArray.get(i), i, options));
    }
    return new PatchRequest(schemas, operations);
  }

  private static PatchOperation readOperation(JsonNode node, int index, PatchOptions options) {
    if (!(node instanceof ObjectNode json)) {
      throw syntax("Operations[" + index + "] must be a JSON object");
    }
    JsonNode opNode = member(json, "op");
    if (opNode == null || !opNode.isString()) {
      throw syntax("Operations[" + index + "] needs an 'op' of add, remove or replace");
    }
    PatchOp op = PatchOp.fromJson(opNode.stringValue(), options.opAnyCase());
    JsonNode pathNode = member(json, "path");
    @Nullable PatchPath path = null;
    if (pathNode != null && !pathNode.isNull()) {
      if (!pathNode.isString()) {
        throw ScimException.of(
            ScimType.INVALID_PATH, "Operations[" + index + "].path must be a string");
      }
      String text = pathNode.stringValue();
      if (!text.isBlank()) {
        path = PatchOperation.parsePath(text.strip());
      }
    }
    return new PatchOperation(op, path, member(json, "value"));
  }

  /** The member named {@code name}, exactly or else ignoring case. */
  private static @Nullable JsonNode member(ObjectNode json, String name) {
    JsonNode exact = json.get(name);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, JsonNode> e : json.properties()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static ScimException syntax(String detail) {
    return ScimException.of(ScimType.INVALID_SYNTAX, detail);
  }

  /**
   * This request as RFC 7644 JSON.
   *
   * @return a new object with {@code schemas} and {@code Operations}
   */
  public ObjectNode toJson() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    ArrayNode s = json.putArray("schemas");
    schemas.forEach(s::add);
    ArrayNode ops = json.putArray("Operations");
    for (PatchOperation op : operations) {
      ops.add(op.toJson());
    }
    return json;
  }

  @Override
  public String toString() {
    return "PatchRequest" + Objects.toString(operations);
  }
}
