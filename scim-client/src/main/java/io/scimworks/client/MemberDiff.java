package io.scimworks.client;

import io.scimworks.core.json.ScimJson;
import io.scimworks.core.patch.PatchOp;
import io.scimworks.core.patch.PatchOperation;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.CompareOperator;
import io.scimworks.filter.CompareValue;
import io.scimworks.filter.Filter;
import io.scimworks.filter.PatchPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The membership part of a group diff, the way identity providers send it: one {@code remove
 * members[value eq "id"]} per member gone and one {@code add members} of the new ones. Never a
 * {@code replace} or an unfiltered {@code remove} of the whole list, which is slow on large groups
 * and undoes what others changed meanwhile. Members are compared by {@code value} only: {@code
 * display}, {@code $ref} and {@code type} are the service's to fill in.
 */
final class MemberDiff {
  private static final PatchPath MEMBERS = PatchPath.of(AttributePath.of("members"));

  private MemberDiff() {}

  /** Whether {@code key}, a top-level attribute, is a group's {@code members}. */
  static boolean isMembers(String key) {
    return key.equalsIgnoreCase("members");
  }

  /**
   * The operations from the members in {@code before} to those in {@code after}; either may be
   * {@code null} or not an array (no members). Elements without a scalar {@code value} are ignored;
   * a value listed twice counts once.
   */
  static List<PatchOperation> between(@Nullable JsonNode before, @Nullable JsonNode after) {
    Map<String, JsonNode> old = byValue(before);
    Map<String, JsonNode> now = byValue(after);
    List<PatchOperation> ops = new ArrayList<>();
    for (String value : old.keySet()) {
      if (!now.containsKey(value)) {
        ops.add(remove(value));
      }
    }
    ArrayNode added = ScimJson.array();
    for (Map.Entry<String, JsonNode> e : now.entrySet()) {
      if (!old.containsKey(e.getKey())) {
        added.add(e.getValue().deepCopy());
      }
    }
    if (!added.isEmpty()) {
      ops.add(new PatchOperation(PatchOp.ADD, MEMBERS, added));
    }
    return ops;
  }

  /** {@code remove members[value eq "<value>"]}. */
  static PatchOperation remove(String value) {
    Filter filter =
        new Filter.Compare(
            AttributePath.of("value"), CompareOperator.EQ, new CompareValue.StringValue(value));
    return new PatchOperation(
        PatchOp.REMOVE, new PatchPath(MEMBERS.attribute(), filter, null), null);
  }

  /** {@code {"value": "<value>"}}. */
  static ObjectNode member(String value) {
    ObjectNode m = ScimJson.object();
    m.put("value", value);
    return m;
  }

  private static Map<String, JsonNode> byValue(@Nullable JsonNode members) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    if (members instanceof ArrayNode array) {
      for (JsonNode element : array) {
        JsonNode v = element instanceof ObjectNode o ? ScimJson.getIgnoreCase(o, "value") : null;
        if (v != null && v.isValueNode() && !v.isNull() && !v.asString().isEmpty()) {
          out.putIfAbsent(v.asString(), element);
        }
      }
    }
    return out;
  }
}
