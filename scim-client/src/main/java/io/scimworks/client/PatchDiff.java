package io.scimworks.client;

import io.scimworks.core.json.ScimJson;
import io.scimworks.core.patch.PatchOp;
import io.scimworks.core.patch.PatchOperation;
import io.scimworks.core.resource.ResourceView;
import io.scimworks.core.resource.ScimResource;
import io.scimworks.filter.AttributePath;
import io.scimworks.filter.CompareOperator;
import io.scimworks.filter.CompareValue;
import io.scimworks.filter.Filter;
import io.scimworks.filter.JsonNumbers;
import io.scimworks.filter.PatchPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
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
 * Computes the PATCH operations that turn one version of a resource into another, the way a
 * provisioning engine sends only what changed.
 *
 * <pre>{@code
 * List<PatchOperation> ops = PatchDiff.between(before, after);
 * // [replace displayName "Alice Smith", remove nickName, add members [{"value": "7"}],
 * //  remove members[value eq "3"], replace name.givenName "Alice"]
 * }</pre>
 *
 * <p>Rules: attribute names match case-insensitively; {@code id}, {@code meta} and {@code schemas}
 * are left alone; a new attribute is an {@code add}, a changed one a {@code replace}, a vanished
 * one a {@code remove}; complex attributes and extension objects are compared sub-attribute by
 * sub-attribute ({@code name.givenName}, {@code urn:...:enterprise:2.0:User:employeeNumber}); a
 * multi-valued attribute whose elements carry unique {@code value}s (emails, roles) changes element
 * by element ({@code remove emails[value eq "a@x"]}, one {@code add} of the new elements), unless
 * replacing the whole list is shorter. A group's {@code members} always change member by member,
 * compared by {@code value} alone ({@code remove members[value eq "3"]} for each member gone, one
 * {@code add} of the new ones), never by replacing or removing the whole list: that is slow on
 * large groups and would undo members others added meanwhile. Applying the result to {@code before}
 * gives {@code after} (up to the ignored attributes and members' {@code display}).
 *
 * <p>A large membership change makes many operations; {@link PatchBuilder#execute()} splits them
 * over several requests to fit the service's limits.
 */
public final class PatchDiff {
  private static final Set<String> IGNORED = Set.of("id", "meta", "schemas");

  private PatchDiff() {}

  /**
   * The operations that turn {@code before} into {@code after}.
   *
   * @param before the resource as the service holds it
   * @param after the state wanted; neither is changed
   * @return the operations in the order to send them, empty when nothing differs
   */
  public static List<PatchOperation> between(ScimResource before, ScimResource after) {
    return between(before.json(), after.json());
  }

  /**
   * The operations that turn typed {@code before} into {@code after}, e.g. two versions of a {@link
   * io.scimworks.core.resource.Group}.
   *
   * @param before the resource as the service holds it
   * @param after the state wanted
   * @return the operations in the order to send them, empty when nothing differs
   */
  public static List<PatchOperation> between(ResourceView before, ResourceView after) {
    return between(before.toJson(), after.toJson());
  }

  /**
   * The operations that turn {@code before} into {@code after}.
   *
   * @param before the resource's JSON as the service holds it
   * @param after the JSON wanted; neither tree is changed
   * @return the operations in the order to send them, empty when nothing differs
   */
  public static List<PatchOperation> between(ObjectNode before, ObjectNode after) {
    List<PatchOperation> ops = new ArrayList<>();
    diffObject("", before, after, Level.ROOT, ops);
    return ops;
  }

  /**
   * The membership change from member ids {@code before} to {@code after}, as a group PATCH sends
   * it: one {@code remove members[value eq "id"]} for each id gone, then one {@code add members} of
   * the new ids. Nothing for ids in both; duplicates count once.
   *
   * <pre>{@code
   * scim.groups().patch(groupId)
   *     .operations(PatchDiff.members(currentIds, wantedIds))
   *     .execute();                            // split over several requests when large
   * }</pre>
   *
   * @param before the member ids the group has
   * @param after the member ids it should have
   * @return the operations, empty when the sets are equal
   */
  public static List<PatchOperation> members(Collection<String> before, Collection<String> after) {
    ArrayNode b = ScimJson.array();
    before.forEach(id -> b.add(MemberDiff.member(id)));
    ArrayNode a = ScimJson.array();
    after.forEach(id -> a.add(MemberDiff.member(id)));
    return MemberDiff.between(b, a);
  }

  /** Where in the resource an object sits: what its keys are. */
  private enum Level {
    /** Attributes and extension URNs. */
    ROOT,
    /** Attributes of an extension. */
    EXTENSION,
    /** Sub-attributes of a complex attribute. */
    SUB
  }

  private static void diffObject(
      String prefix, ObjectNode before, ObjectNode after, Level level, List<PatchOperation> ops) {
    for (Map.Entry<String, JsonNode> e : before.properties()) {
      String key = e.getKey();
      if (skip(level, key) || absent(e.getValue())) {
        continue;
      }
      if (absent(ScimJson.getIgnoreCase(after, key))) {
        if (level == Level.ROOT && MemberDiff.isMembers(key)) {
          ops.addAll(MemberDiff.between(e.getValue(), null));
        } else {
          ops.add(op(PatchOp.REMOVE, prefix + key, null));
        }
      }
    }
    for (Map.Entry<String, JsonNode> e : after.properties()) {
      String key = e.getKey();
      JsonNode a = e.getValue();
      if (skip(level, key) || absent(a)) {
        continue;
      }
      JsonNode b = ScimJson.getIgnoreCase(before, key);
      boolean extension = level == Level.ROOT && key.indexOf(':') > 0 && a.isObject();
      if (level == Level.ROOT && MemberDiff.isMembers(key)) {
        ops.addAll(MemberDiff.between(b, a));
      } else if (extension) {
        ObjectNode old = b instanceof ObjectNode o ? o : ScimJson.object();
        diffObject(key + ":", old, (ObjectNode) a, Level.EXTENSION, ops);
      } else if (absent(b)) {
        ops.add(op(PatchOp.ADD, prefix + key, a));
      } else if (!sameValue(b, a)) {
        if (level != Level.SUB && b instanceof ObjectNode bo && a instanceof ObjectNode ao) {
          diffObject(prefix + key + ".", bo, ao, Level.SUB, ops);
        } else if (b instanceof ArrayNode ba && a instanceof ArrayNode aa) {
          diffArray(prefix + key, ba, aa, ops);
        } else {
          ops.add(op(PatchOp.REPLACE, prefix + key, a));
        }
      }
    }
  }

  private static void diffArray(
      String path, ArrayNode before, ArrayNode after, List<PatchOperation> ops) {
    if (after.isEmpty()) {
      ops.add(op(PatchOp.REMOVE, path, null));
      return;
    }
    if (before.isEmpty()) {
      ops.add(op(PatchOp.ADD, path, after));
      return;
    }
    Map<String, JsonNode> old = byValue(before);
    Map<String, JsonNode> now = byValue(after);
    if (old == null || now == null) {
      ops.add(op(PatchOp.REPLACE, path, after));
      return;
    }
    List<PatchOperation> steps = new ArrayList<>();
    ArrayNode added = ScimJson.array();
    for (Map.Entry<String, JsonNode> e : old.entrySet()) {
      JsonNode replacement = now.get(e.getKey());
      if (replacement == null) {
        steps.add(new PatchOperation(PatchOp.REMOVE, select(path, e.getValue()), null));
      } else if (!replacement.equals(e.getValue())) {
        steps.add(new PatchOperation(PatchOp.REPLACE, select(path, e.getValue()), replacement));
      }
    }
    for (Map.Entry<String, JsonNode> e : now.entrySet()) {
      if (!old.containsKey(e.getKey())) {
        added.add(e.getValue());
      }
    }
    if (!added.isEmpty()) {
      steps.add(op(PatchOp.ADD, path, added));
    }
    PatchOperation whole = op(PatchOp.REPLACE, path, after);
    ops.addAll(size(steps) < size(List.of(whole)) ? steps : List.of(whole));
  }

  /**
   * The elements keyed by their {@code value} (type and value, so 1 and "1" differ while 1 and 1.0
   * are the same), or {@code null} when some element has no scalar {@code value} that a filter can
   * select, or two share one.
   */
  private static @Nullable Map<String, JsonNode> byValue(ArrayNode array) {
    Map<String, JsonNode> out = new HashMap<>();
    for (JsonNode element : array) {
      JsonNode v = element instanceof ObjectNode o ? ScimJson.getIgnoreCase(o, "value") : null;
      String key = v == null ? null : key(v);
      if (key == null || out.put(key, element) != null) {
        return null;
      }
    }
    return out;
  }

  /**
   * A scalar's identity as a map key, or {@code null} when a {@code value eq} filter cannot name
   * it: not a scalar, or a number beyond a decimal's reach ({@code 1e400} reads as an infinite
   * double), which then makes the whole list be replaced.
   */
  private static @Nullable String key(JsonNode v) {
    if (v.isString() || v.isBoolean()) {
      return v.getNodeType() + ":" + v.asString();
    }
    if (!v.isNumber() || !finite(v)) {
      return null;
    }
    BigDecimal d = v.decimalValue();
    return "NUMBER:" + (d.signum() == 0 ? "0" : d.stripTrailingZeros().toString());
  }

  private static boolean finite(JsonNode number) {
    return !number.isFloatingPointNumber()
        || number.isBigDecimal()
        || Double.isFinite(number.doubleValue());
  }

  /** Equal trees, numbers compared by value (1 and 1.0 agree; 1e400 compares without failing). */
  private static boolean sameValue(JsonNode b, JsonNode a) {
    return b.isNumber() && a.isNumber() ? JsonNumbers.equal(b, a) : b.equals(a);
  }

  private static PatchPath select(String path, JsonNode element) {
    JsonNode v = ScimJson.getIgnoreCase((ObjectNode) element, "value");
    CompareValue literal =
        v.isString()
            ? new CompareValue.StringValue(v.stringValue())
            : v.isBoolean()
                ? new CompareValue.BooleanValue(v.booleanValue())
                : new CompareValue.NumberValue(v.decimalValue());
    Filter filter = new Filter.Compare(AttributePath.of("value"), CompareOperator.EQ, literal);
    return new PatchPath(AttributePath.parse(path), filter, null);
  }

  private static PatchOperation op(PatchOp op, String path, @Nullable JsonNode value) {
    return new PatchOperation(op, PatchPath.parse(path), value == null ? null : value.deepCopy());
  }

  private static int size(List<PatchOperation> ops) {
    int n = 0;
    for (PatchOperation op : ops) {
      n += ScimJson.write(op.toJson()).length();
    }
    return n;
  }

  private static boolean skip(Level level, String key) {
    return level == Level.ROOT && IGNORED.contains(key.toLowerCase(Locale.ROOT));
  }

  private static boolean absent(@Nullable JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode();
  }
}
