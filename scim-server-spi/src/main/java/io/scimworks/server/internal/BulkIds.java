package io.scimworks.server.internal;

import io.scimworks.core.json.ScimJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code bulkId:x} references of bulk operations (RFC 7644 §3.7.2): finding them in a path and
 * in data (nested up to 64 levels), and replacing them by the ids the referenced operations
 * created. A reference starts a string, a path segment or a quoted literal in a PATCH path.
 */
final class BulkIds {
  static final String PREFIX = "bulkId:";
  private static final int MAX_DEPTH = 64;

  private BulkIds() {}

  /** Every bulkId that {@code path} and {@code data} refer to, in order. */
  static List<String> references(String path, @Nullable JsonNode data) {
    List<String> refs = new ArrayList<>();
    collect(path, refs);
    if (data != null) {
      collectAll(data, refs, 0);
    }
    return refs;
  }

  private static void collectAll(JsonNode n, List<String> refs, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (n.isString()) {
      collect(n.stringValue(), refs);
    } else if (n.isContainer()) {
      for (JsonNode child : n) {
        collectAll(child, refs, depth + 1);
      }
    }
  }

  private static void collect(String s, List<String> refs) {
    int at = next(s, 0);
    while (at >= 0) {
      int end = tokenEnd(s, at);
      refs.add(s.substring(at + PREFIX.length(), end));
      at = next(s, end);
    }
  }

  /**
   * Where the next reference starts at or after {@code from}, or -1: a {@code bulkId:} that begins
   * the text, a path segment ({@code /Groups/bulkId:g}) or a quoted literal ({@code members[value
   * eq "bulkId:u"]}). Inside prose ({@code "ask about bulkId:x"}) it is text, as it is outside a
   * bulk request: it was read as a reference, and the operation failed as naming an unknown bulkId.
   */
  private static int next(String s, int from) {
    int at = s.indexOf(PREFIX, from);
    while (at > 0 && s.charAt(at - 1) != '/' && s.charAt(at - 1) != '"') {
      at = s.indexOf(PREFIX, at + PREFIX.length());
    }
    return at;
  }

  /** Where the {@code bulkId:x} token starting at {@code at} ends (at a slash, quote or space). */
  private static int tokenEnd(String s, int at) {
    int end = at + PREFIX.length();
    while (end < s.length() && "/\" ".indexOf(s.charAt(end)) < 0) {
      end++;
    }
    return end;
  }

  /** {@code s} with every {@code bulkId:x} replaced by {@code createdId.apply(x)}. */
  static String resolve(String s, UnaryOperator<String> createdId) {
    int at = next(s, 0);
    if (at < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder();
    int from = 0;
    while (at >= 0) {
      int end = tokenEnd(s, at);
      out.append(s, from, at).append(createdId.apply(s.substring(at + PREFIX.length(), end)));
      from = end;
      at = next(s, end);
    }
    return out.append(s.substring(from)).toString();
  }

  /** A copy of {@code n} with every reference in its strings resolved. */
  static JsonNode resolveAll(JsonNode n, UnaryOperator<String> createdId) {
    return resolveAll(n, createdId, 0);
  }

  private static JsonNode resolveAll(JsonNode n, UnaryOperator<String> createdId, int depth) {
    if (n.isString()) {
      String r = resolve(n.stringValue(), createdId);
      return r.equals(n.stringValue()) ? n : ScimJson.nodes().stringNode(r);
    }
    if (n.isObject() && depth < MAX_DEPTH) {
      ObjectNode o = ScimJson.object();
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        o.set(e.getKey(), resolveAll(e.getValue(), createdId, depth + 1));
      }
      return o;
    }
    if (n.isArray() && depth < MAX_DEPTH) {
      ArrayNode a = ScimJson.array();
      for (JsonNode child : n) {
        a.add(resolveAll(child, createdId, depth + 1));
      }
      return a;
    }
    return n;
  }
}
