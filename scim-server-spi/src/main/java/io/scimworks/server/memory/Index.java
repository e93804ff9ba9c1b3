package io.scimworks.server.memory;

import io.scimworks.core.CaseFolding;
import io.scimworks.filter.AttributePath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An index from the values of one attribute (e.g. {@code userName}, {@code members.value}) to the
 * ids holding them. Read without locks; written only under the store's lock. A key maps to one id
 * (a {@code String}) or, when shared, to a {@code String[]}, to keep a million entries small.
 */
final class Index {
  private final IndexSpec spec;
  private final Map<String, Object> ids = new ConcurrentHashMap<>();

  Index(IndexSpec spec) {
    this.spec = spec;
  }

  IndexSpec spec() {
    return spec;
  }

  // the last paths asked about: a request's filter comes parsed from a cache and the membership
  // look-up uses one constant path, so the same path objects come back again and again
  private volatile @Nullable AttributePath lastCovered;
  private volatile @Nullable AttributePath lastNotCovered;

  /** {@link IndexSpec#covers}, remembered for the last path that was and the last that was not. */
  boolean covers(AttributePath path) {
    if (path == lastCovered) {
      return true;
    }
    if (path == lastNotCovered) {
      return false;
    }
    boolean covers = spec.covers(path);
    if (covers) {
      lastCovered = path;
    } else {
      lastNotCovered = path;
    }
    return covers;
  }

  /** The ids holding {@code value}. */
  List<String> lookup(String value) {
    Object o = ids.get(lookupKey(value));
    if (o == null) {
      return List.of();
    }
    return o instanceof String ? List.of((String) o) : Arrays.asList((String[]) o);
  }

  /** Whether {@code id} holds {@code value}, as {@code lookup(value).contains(id)}. */
  boolean holds(String value, String id) {
    Object o = ids.get(lookupKey(value));
    if (o instanceof String) {
      return o.equals(id);
    }
    return o != null && Arrays.asList((String[]) o).contains(id);
  }

  /** The id other than {@code self} holding a value of {@code resource}, if any. */
  @Nullable String conflict(ObjectNode resource, @Nullable String self) {
    for (String v : values(resource)) {
      for (String id : lookup(v)) {
        if (!id.equals(self)) {
          return v;
        }
      }
    }
    return null;
  }

  void add(String id, ObjectNode resource) {
    for (String v : values(resource)) {
      ids.compute(
          key(v),
          (k, old) -> {
            if (old == null) {
              return id;
            }
            String[] before = old instanceof String ? new String[] {(String) old} : (String[]) old;
            if (Arrays.asList(before).contains(id)) {
              return old;
            }
            String[] after = Arrays.copyOf(before, before.length + 1);
            after[before.length] = id;
            return after;
          });
    }
  }

  void remove(String id, ObjectNode resource) {
    for (String v : values(resource)) {
      ids.computeIfPresent(
          key(v),
          (k, old) -> {
            if (old instanceof String) {
              return old.equals(id) ? null : old;
            }
            List<String> rest = new ArrayList<>(Arrays.asList((String[]) old));
            rest.remove(id);
            return rest.isEmpty()
                ? null
                : rest.size() == 1 ? rest.get(0) : rest.toArray(new String[0]);
          });
    }
  }

  private String key(String value) {
    return spec.caseExact() ? value : CaseFolding.fold(value);
  }

  /** A looked-up value and its folded key: a cached filter hands over the same literal again. */
  private record Folded(String value, String key) {}

  private volatile @Nullable Folded lastFolded;

  /** {@link #key}, remembered for the last value looked up (compared by identity). */
  private String lookupKey(String value) {
    if (spec.caseExact()) {
      return value;
    }
    Folded last = lastFolded;
    if (last != null && last.value() == value) {
      return last.key(); // the same string object: folded (and its hash computed) before
    }
    String key = CaseFolding.fold(value);
    lastFolded = new Folded(value, key);
    return key;
  }

  /** The string values of the indexed attribute in {@code resource}. */
  List<String> values(ObjectNode resource) {
    JsonNode top = get(resource, spec.attribute());
    if (top == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(1);
    if (top.isArray()) {
      for (JsonNode element : top) {
        collect(element, out);
      }
    } else {
      collect(top, out);
    }
    return out;
  }

  private void collect(JsonNode node, List<String> out) {
    JsonNode v = node;
    if (spec.subAttribute() != null) {
      v = node.isObject() ? get((ObjectNode) node, spec.subAttribute()) : null;
    }
    if (v != null && v.isString() && !v.stringValue().isEmpty()) {
      out.add(v.stringValue());
    }
  }

  static @Nullable JsonNode get(ObjectNode object, String name) {
    JsonNode exact = object.get(name);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }
}
