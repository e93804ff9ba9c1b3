package io.scimworks.core.validation;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.schema.AttributeDefinition;
import io.scimworks.core.schema.AttributeType;
import io.scimworks.core.schema.Mutability;
import io.scimworks.core.schema.Schema;
import io.scimworks.core.schema.Uniqueness;
import io.scimworks.core.schema.internal.SimpleValues;
import io.scimworks.core.schema.internal.ValueKey;
import io.scimworks.core.schema.internal.ValueShorthands;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ContainerNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * One validation pass over a resource tree, normalising it in place: canonical attribute names,
 * coerced values, nulls and ignored attributes removed. Changes to an object are collected while
 * iterating it and applied afterwards, so a valid, canonical resource costs no allocation beyond
 * iteration.
 */
final class Checker {
  private final ValidationOptions options;
  private final Operation op;
  private final @Nullable Predicate<AttributeDefinition> only;

  Checker(ValidationOptions options, Operation op) {
    this(options, op, null);
  }

  /**
   * A checker of the top-level and extension attributes {@code only} accepts ({@code null}: all),
   * values of those attributes entirely; unknown members at those levels are left alone.
   */
  Checker(ValidationOptions options, Operation op, @Nullable Predicate<AttributeDefinition> only) {
    this.options = options;
    this.op = op;
    this.only = only;
  }

  private boolean skipped(@Nullable AttributeDefinition d) {
    return only != null && (d == null || !only.test(d));
  }

  /** Checks the root object: common attributes, core attributes and extension objects. */
  void checkRoot(ObjectNode root, TypeModel m, @Nullable ObjectNode original) {
    Edits e = null;
    for (Map.Entry<String, JsonNode> p : root.properties()) {
      String key = p.getKey();
      JsonNode v = p.getValue();
      AttributeDefinition common = m.common(key);
      if (common != null) {
        if (skipped(common)) {
          continue;
        }
        if (common.name().equals("schemas")) {
          checkValue(common, v, Label.of("schemas")); // URIs; the list itself is rebuilt later
          e = renameIfNeeded(e, key, "schemas");
        } else {
          e = checkAttribute(e, key, v, common, Label.of(common.name()), original);
        }
        continue;
      }
      Schema ext = m.extension(key);
      if (ext != null) {
        if (v instanceof NullNode) {
          e = Edits.remove(e, key);
          continue;
        }
        if (!(v instanceof ObjectNode eo)) {
          throw syntax(ext.id() + " must be a JSON object holding the extension's attributes");
        }
        ObjectNode originalExt =
            original == null ? null : asObject(ScimJson.getIgnoreCase(original, ext.id()));
        checkObject(eo, ext, null, Label.of(ext.id()), ':', originalExt);
        e = eo.isEmpty() ? Edits.remove(e, key) : renameIfNeeded(e, key, ext.id());
        continue;
      }
      AttributeDefinition d = m.core.attributeOrNull(key);
      if (skipped(d)) {
        continue;
      }
      if (d == null) {
        e = unknown(e, key, Label.of(key));
        continue;
      }
      e = checkAttribute(e, key, v, d, Label.of(d.name()), original);
    }
    Edits.apply(root, e);
  }

  /** Checks the members of an extension object ({@code schema}) or of a complex value. */
  private void checkObject(
      ObjectNode obj,
      @Nullable Schema schema,
      @Nullable AttributeDefinition parent,
      Label parentLabel,
      char separator,
      @Nullable ObjectNode original) {
    Edits e = null;
    for (Map.Entry<String, JsonNode> p : obj.properties()) {
      String key = p.getKey();
      AttributeDefinition d =
          schema != null ? schema.attributeOrNull(key) : parent.subAttributeOrNull(key);
      if (schema != null && skipped(d)) {
        continue;
      }
      if (d == null && schema != null && key.equalsIgnoreCase("schemas")) {
        e = Edits.remove(e, key); // a copy of the resource's schemas inside an extension value
        continue;
      }
      if (d == null) {
        e = unknown(e, key, Label.child(parentLabel, separator, key));
        continue;
      }
      e =
          checkAttribute(
              e, key, p.getValue(), d, Label.child(parentLabel, separator, d.name()), original);
    }
    Edits.apply(obj, e);
    List<AttributeDefinition> required =
        schema != null ? schema.requiredAttributes() : parent.requiredSubAttributes();
    for (int i = 0; i < required.size(); i++) {
      AttributeDefinition d = required.get(i);
      if (schema != null && skipped(d)) {
        continue;
      }
      JsonNode v = obj.get(d.name());
      if (TypeModel.writable(d) && isMissing(v)) {
        throw required(Label.child(parentLabel, separator, d.name()), v);
      }
    }
  }

  private @Nullable Edits checkAttribute(
      @Nullable Edits e,
      String key,
      JsonNode v,
      AttributeDefinition d,
      Label label,
      @Nullable ObjectNode originalContainer) {
    if (d.mutability() == Mutability.READ_ONLY) {
      if (op != Operation.PATCH_RESULT) {
        return Edits.remove(e, key); // RFC 7643 §2.2: readOnly input is ignored
      }
      if (originalContainer != null) {
        JsonNode before = ScimJson.getIgnoreCase(originalContainer, d.name());
        if (!sameValue(before, v)) {
          throw ScimException.of(ScimType.MUTABILITY, label + " is readOnly and cannot change");
        }
      }
      return renameIfNeeded(e, key, d.name());
    }
    JsonNode checked = checkValue(d, v, label);
    if (checked == null) {
      return Edits.remove(e, key);
    }
    if (checked != v) {
      e = Edits.set(e, key, checked);
    }
    return renameIfNeeded(e, key, d.name());
  }

  private @Nullable JsonNode checkValue(AttributeDefinition d, JsonNode v, Label label) {
    if (v instanceof NullNode) {
      return null;
    }
    if (d.multiValued()) {
      if (v instanceof ArrayNode a) {
        return checkElements(d, a, label);
      }
      if (!options.singleValuesAsArrays()) {
        throw invalidValue(label + " is multi-valued and needs a JSON array, not " + kind(v));
      }
      JsonNode single = checkSingle(d, v, label);
      return single == null ? null : ScimJson.array().add(single);
    }
    if (v instanceof ArrayNode a) {
      if (a.isEmpty()) {
        return null;
      }
      if (a.size() == 1 && options.complexValueShorthands() && ValueShorthands.apply(d)) {
        return checkSingle(d, a.get(0), label);
      }
      throw invalidValue(
          label
              + " is single-valued but an array was given"
              + (d.isComplex() ? "; send one JSON object" : ""));
    }
    return checkSingle(d, v, label);
  }

  /** The elements of a multi-valued attribute, checked; nulls dropped in one pass. */
  private @Nullable JsonNode checkElements(AttributeDefinition d, ArrayNode a, Label label) {
    if (a.size() > options.maxValuesPerAttribute()) {
      throw ScimException.of(
          ScimType.TOO_MANY,
          label
              + " holds "
              + a.size()
              + " values; at most "
              + options.maxValuesPerAttribute()
              + " are accepted per multi-valued attribute");
    }
    List<JsonNode> kept = null;
    for (int i = 0; i < a.size(); i++) {
      JsonNode el = a.get(i);
      JsonNode checked =
          el instanceof NullNode ? null : checkSingle(d, el, Label.element(label, i));
      if (checked != el && kept == null) {
        kept = new ArrayList<>(a.size());
        for (int j = 0; j < i; j++) {
          kept.add(a.get(j));
        }
      }
      if (kept != null && checked != null) {
        kept.add(checked);
      }
    }
    if (kept != null) {
      a.removeAll();
      a.addAll(kept);
    }
    mergeDuplicates(d, a);
    checkOnePrimary(d, a, label);
    return a.isEmpty() ? null : a;
  }

  /**
   * A value sent twice is kept once, as a PATCH {@code add} of a value already there changes
   * nothing (RFC 7644 §3.5.2.1) and a service provider "SHOULD NOT return the same (type, value)
   * combination more than once per attribute" (RFC 7643 §2.4): a group never lists a member twice.
   * PATCH add's rule decides what is the same: a complex value whose {@code value} is the same for
   * the schema ({@code caseExact} or not) as an earlier one's, and whose {@code type} is the same
   * or missing on either, is merged into the earlier one (its other sub-attributes are added, or
   * replace those that differ unless {@code immutable}); any other value when it equals an earlier
   * one as a whole. Linear: values are hashed.
   */
  private static void mergeDuplicates(AttributeDefinition d, ArrayNode a) {
    if (a.size() < 2) {
      return;
    }
    AttributeDefinition valueDef = d.isComplex() ? d.subAttributeOrNull("value") : null;
    Map<Object, List<ObjectNode>> byValue = null;
    Set<Object> wholes = null;
    List<JsonNode> kept = null;
    for (int i = 0; i < a.size(); i++) {
      JsonNode el = a.get(i);
      JsonNode v = valueDef != null && el instanceof ObjectNode o ? o.get("value") : null;
      boolean duplicate;
      if (v != null) {
        if (byValue == null) {
          byValue = new HashMap<>(a.size() * 2);
        }
        List<ObjectNode> same =
            byValue.computeIfAbsent(ValueKey.of(valueDef, v), k -> new ArrayList<>(1));
        ObjectNode earlier = sameType(same, el.get("type"));
        duplicate = earlier != null;
        if (duplicate) {
          mergeInto(d, earlier, (ObjectNode) el);
        } else {
          same.add((ObjectNode) el);
        }
      } else {
        if (wholes == null) {
          wholes = new HashSet<>(a.size() * 2);
        }
        duplicate = !wholes.add(ValueKey.of(d, el));
      }
      if (duplicate && kept == null) {
        kept = new ArrayList<>(a.size());
        for (int j = 0; j < i; j++) {
          kept.add(a.get(j));
        }
      } else if (!duplicate && kept != null) {
        kept.add(el);
      }
    }
    if (kept != null) {
      a.removeAll();
      a.addAll(kept);
    }
  }

  /**
   * The first of {@code candidates} whose {@code type} is {@code type}, or that has none; any when
   * {@code type} is {@code null}.
   */
  private static @Nullable ObjectNode sameType(
      List<ObjectNode> candidates, @Nullable JsonNode type) {
    for (ObjectNode x : candidates) {
      JsonNode xt = x.get("type");
      if (xt == null || type == null || ValueKey.of(null, xt).equals(ValueKey.of(null, type))) {
        return x;
      }
    }
    return null;
  }

  /** The sub-attributes of {@code from} merged into {@code into}, as PATCH add merges them. */
  private static void mergeInto(AttributeDefinition d, ObjectNode into, ObjectNode from) {
    for (Map.Entry<String, JsonNode> p : from.properties()) {
      AttributeDefinition sub = d.subAttributeOrNull(p.getKey());
      JsonNode old = into.get(p.getKey());
      if (old == null
          || (!ValueKey.of(sub, old).equals(ValueKey.of(sub, p.getValue()))
              && (sub == null || sub.mutability() != Mutability.IMMUTABLE))) {
        into.set(p.getKey(), p.getValue());
      }
    }
  }

  /**
   * RFC 7643 §2.4: "The primary attribute value 'true' MUST appear no more than once." A PATCH that
   * sets one value primary clears the others (RFC 7644 §3.5.2); a resource sent whole with two is
   * refused rather than guessed at.
   */
  private static void checkOnePrimary(AttributeDefinition d, ArrayNode a, Label label) {
    if (!d.isComplex() || a.size() < 2 || d.subAttributeOrNull("primary") == null) {
      return;
    }
    int first = -1;
    for (int i = 0; i < a.size(); i++) {
      JsonNode p = a.get(i) instanceof ObjectNode o ? o.get("primary") : null;
      if (p != null && p.isBoolean() && p.booleanValue()) {
        if (first >= 0) {
          throw invalidValue(
              label
                  + " has more than one primary value (elements "
                  + first
                  + " and "
                  + i
                  + "); at most one may be primary (RFC 7643 §2.4)");
        }
        first = i;
      }
    }
  }

  private @Nullable JsonNode checkSingle(AttributeDefinition d, JsonNode v, Label label) {
    if (v instanceof NullNode) {
      return null;
    }
    if (d.type() != AttributeType.COMPLEX) {
      if (v instanceof ContainerNode) {
        throw invalidValue(label + " must be a " + d.type() + " value, not " + kind(v));
      }
      JsonNode checked = SimpleValues.check(d, v, label, options.coercions());
      if (d.uniqueness() != Uniqueness.NONE
          && !d.required() // a required one is refused as missing, after the walk
          && checked.isString()
          && !checked.stringValue().isEmpty()
          && BlankText.isBlank(checked.stringValue())) {
        throw invalidValue(label + " is unique and " + NOT_BLANK);
      }
      return checked;
    }
    if (v instanceof ObjectNode o) {
      checkObject(o, null, d, label, '.', null);
      return isBlank(o) ? null : o;
    }
    if (v.isString() && options.complexValueShorthands() && ValueShorthands.apply(d)) {
      // Entra sends a manager as a bare id; an empty id clears it
      return v.stringValue().isEmpty() ? null : ScimJson.object().set("value", v);
    }
    throw invalidValue(label + " is complex and needs a JSON object, not " + kind(v));
  }

  private static String kind(JsonNode v) {
    return switch (v.getNodeType()) {
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      default -> "null";
    };
  }

  private static ScimException invalidValue(String detail) {
    return ScimException.of(ScimType.INVALID_VALUE, detail);
  }

  private @Nullable Edits unknown(@Nullable Edits e, String key, Label label) {
    return switch (options.unknownAttributes()) {
      case KEEP -> e;
      case DROP -> Edits.remove(e, key);
      case REJECT -> throw syntax("unknown attribute '" + label + "'");
    };
  }

  private static @Nullable Edits renameIfNeeded(@Nullable Edits e, String key, String canonical) {
    return key.equals(canonical) ? e : Edits.rename(e, key, canonical);
  }

  /** Empty, or only empty strings: Entra clears a manager with {@code {"value": ""}}. */
  private static boolean isBlank(ObjectNode o) {
    for (Map.Entry<String, JsonNode> p : o.properties()) {
      if (!(p.getValue() instanceof StringNode sn && sn.stringValue().isEmpty())) {
        return false;
      }
    }
    return true;
  }

  static boolean isEmpty(@Nullable JsonNode v) {
    return v == null
        || v.isNull()
        || v.isMissingNode()
        || (v.isString() && v.stringValue().isEmpty())
        || (v.isContainer() && v.isEmpty());
  }

  /**
   * Whether a required attribute has no value: {@link #isEmpty}, or a string that is {@linkplain
   * BlankText#isBlank blank} (only white space and invisible characters), which names nothing and
   * looks empty wherever it is shown.
   */
  static boolean isMissing(@Nullable JsonNode v) {
    return isEmpty(v) || (v.isString() && BlankText.isBlank(v.stringValue()));
  }

  /** The 400 {@code invalidValue} for a required attribute that {@link #isMissing}. */
  static ScimException required(Object label, @Nullable JsonNode v) {
    boolean blank = v != null && v.isString() && !v.stringValue().isEmpty();
    return ScimException.of(
        ScimType.INVALID_VALUE, label + " is required" + (blank ? " and " + NOT_BLANK : ""));
  }

  private static final String NOT_BLANK =
      "cannot be only white space or invisible characters (such as U+200B)";

  static boolean sameValue(@Nullable JsonNode a, @Nullable JsonNode b) {
    boolean ea = a == null || a.isNull();
    boolean eb = b == null || b.isNull();
    if (ea || eb) {
      return ea == eb;
    }
    return a.equals(b);
  }

  private static @Nullable ObjectNode asObject(@Nullable JsonNode n) {
    return n instanceof ObjectNode o ? o : null;
  }

  static ScimException syntax(String detail) {
    return ScimException.of(ScimType.INVALID_SYNTAX, detail);
  }

  /** Changes to one object, applied after iterating it. Allocated only when needed. */
  static final class Edits {
    private final List<String> removals = new ArrayList<>(2);
    private final List<Object[]> sets = new ArrayList<>(2);
    private final List<String[]> renames = new ArrayList<>(2);

    static Edits remove(@Nullable Edits e, String key) {
      Edits x = e == null ? new Edits() : e;
      x.removals.add(key);
      return x;
    }

    static Edits set(@Nullable Edits e, String key, JsonNode value) {
      Edits x = e == null ? new Edits() : e;
      x.sets.add(new Object[] {key, value});
      return x;
    }

    static Edits rename(@Nullable Edits e, String from, String to) {
      Edits x = e == null ? new Edits() : e;
      x.renames.add(new String[] {from, to});
      return x;
    }

    static void apply(ObjectNode obj, @Nullable Edits e) {
      if (e == null) {
        return;
      }
      for (Object[] s : e.sets) {
        obj.set((String) s[0], (JsonNode) s[1]);
      }
      for (String k : e.removals) {
        obj.remove(k);
      }
      if (e.renames.isEmpty()) {
        return;
      }
      ObjectNode rebuilt = ScimJson.object();
      for (Map.Entry<String, JsonNode> p : obj.properties()) {
        String name = p.getKey();
        for (String[] r : e.renames) {
          if (r[0].equals(name)) {
            name = r[1];
            break;
          }
        }
        if (rebuilt.has(name)) {
          throw syntax(
              "attribute '" + name + "' is given more than once (names are case-insensitive)");
        }
        rebuilt.set(name, p.getValue());
      }
      obj.removeAll();
      obj.setAll(rebuilt);
    }
  }
}
