package io.scimworks.filter.internal;

import io.scimworks.filter.AttributePath;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Finds the values an attribute path addresses in a JSON object, SCIM's way: names compare
 * case-insensitively, a URN prefix selects the extension object keyed by that URN, a multi-valued
 * attribute contributes each of its values, and a complex value without a sub-attribute stands for
 * its {@code value} sub-attribute.
 */
final class AttributeAccess {
  /** No value at the path (absent, null, or an empty array). */
  static final int ABSENT = 0;

  /** Values exist but none passed the test. */
  static final int NO_MATCH = 1;

  /** Some value passed the test. */
  static final int MATCH = 2;

  private static final int MAX_EMPTINESS_DEPTH = 8;

  private final @Nullable String urn;
  private final String attribute;
  private final @Nullable String subAttribute;

  AttributeAccess(AttributePath path) {
    this.urn = path.schemaUrn();
    this.attribute = path.attribute();
    this.subAttribute = path.subAttribute();
  }

  /**
   * Applies {@code test} to every value at the path: {@link #MATCH}, {@link #NO_MATCH} or {@link
   * #ABSENT}.
   */
  int test(JsonNode context, LeafTest test) {
    JsonNode value = attributeValue(context);
    if (value == null) {
      return ABSENT;
    }
    if (subAttribute == null) {
      return testValues(value, test, true);
    }
    if (value.isArray()) {
      int result = ABSENT;
      for (JsonNode element : value) {
        if (element.isObject()) {
          JsonNode sub = field(element, subAttribute);
          if (sub != null) {
            result = Math.max(result, testValues(sub, test, false));
            if (result == MATCH) {
              return MATCH;
            }
          }
        }
      }
      return result;
    }
    if (value.isObject()) {
      JsonNode sub = field(value, subAttribute);
      return sub == null ? ABSENT : testValues(sub, test, false);
    }
    return ABSENT;
  }

  /** Whether the path has a non-empty value ({@code pr}). */
  boolean present(JsonNode context) {
    JsonNode value = attributeValue(context);
    if (value == null) {
      return false;
    }
    if (subAttribute == null) {
      return isNonEmpty(value, 0);
    }
    if (value.isArray()) {
      for (JsonNode element : value) {
        if (element.isObject() && isNonEmpty(field(element, subAttribute), 0)) {
          return true;
        }
      }
      return false;
    }
    return value.isObject() && isNonEmpty(field(value, subAttribute), 0);
  }

  /**
   * The node a value path filters: the attribute (or its sub-attribute), or {@code null} when
   * absent.
   */
  @Nullable JsonNode target(JsonNode context) {
    JsonNode value = attributeValue(context);
    if (value == null || subAttribute == null) {
      return value;
    }
    return value.isObject() ? field(value, subAttribute) : null;
  }

  private @Nullable JsonNode attributeValue(JsonNode context) {
    JsonNode base = context;
    if (urn != null) {
      JsonNode extension = field(context, urn);
      if (extension != null && extension.isObject()) {
        base = extension;
      } else if (!isDeclaredSchema(context, urn)) {
        return null;
      }
    }
    JsonNode value = field(base, attribute);
    return value == null || value.isNull() ? null : value;
  }

  /**
   * Whether a URN without an extension object names the resource's own (core) schema: it is listed
   * in {@code schemas}, or the resource has no {@code schemas} to say otherwise.
   */
  private static boolean isDeclaredSchema(JsonNode context, String urn) {
    JsonNode schemas = field(context, "schemas");
    if (schemas == null || !schemas.isArray()) {
      return true;
    }
    for (JsonNode schema : schemas) {
      if (schema.isString() && schema.stringValue().equalsIgnoreCase(urn)) {
        return true;
      }
    }
    return false;
  }

  private static int testValues(JsonNode node, LeafTest test, boolean complexMeansValue) {
    if (node.isNull()) {
      return ABSENT;
    }
    if (node.isArray()) {
      int result = ABSENT;
      for (JsonNode element : node) {
        result = Math.max(result, testOne(element, test, complexMeansValue));
        if (result == MATCH) {
          return MATCH;
        }
      }
      return result;
    }
    return testOne(node, test, complexMeansValue);
  }

  private static int testOne(JsonNode node, LeafTest test, boolean complexMeansValue) {
    if (node.isObject()) {
      if (!complexMeansValue) {
        return NO_MATCH;
      }
      JsonNode value = field(node, "value");
      if (value == null || value.isNull() || value.isContainer()) {
        return ABSENT;
      }
      node = value;
    } else if (node.isNull() || node.isArray()) {
      return ABSENT;
    }
    return test.test(node) ? MATCH : NO_MATCH;
  }

  /** The member {@code name} of an object, matched exactly first, then case-insensitively. */
  static @Nullable JsonNode field(JsonNode node, String name) {
    if (!node.isObject()) {
      return null;
    }
    JsonNode exact = node.get(name);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      if (member.getKey().equalsIgnoreCase(name)) {
        return member.getValue();
      }
    }
    return null;
  }

  /** RFC 7644 §3.4.2.2 {@code pr}: not null, not "", not an empty array or object. */
  static boolean isNonEmpty(@Nullable JsonNode node, int depth) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return false;
    }
    if (node.isString()) {
      return !node.stringValue().isEmpty();
    }
    if (node.isContainer()) {
      if (depth >= MAX_EMPTINESS_DEPTH) {
        return !node.isEmpty();
      }
      for (JsonNode child : node.values()) {
        if (isNonEmpty(child, depth + 1)) {
          return true;
        }
      }
      return false;
    }
    return true;
  }
}
