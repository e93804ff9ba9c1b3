package io.scimworks.provisioning;

import io.scimworks.core.json.ScimJson;
import io.scimworks.filter.AttributeResolver;
import io.scimworks.filter.CompiledFilter;
import io.scimworks.filter.FilterEvaluator;
import io.scimworks.filter.JsonNumbers;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** One kind's mappings, prepared: parsed target paths and a compiled scoping filter. */
final class MappedValues {
  private record Prepared(AttributeMapping mapping, TargetPath path) {}

  private final ObjectMappings mappings;
  private final List<Prepared> prepared = new ArrayList<>();
  private final List<Prepared> matching = new ArrayList<>();
  private final @Nullable CompiledFilter scopingFilter;

  MappedValues(ObjectMappings mappings) {
    this.mappings = mappings;
    for (AttributeMapping m : mappings.mappings()) {
      prepared.add(new Prepared(m, m.path()));
    }
    for (AttributeMapping m : mappings.matchingAttributes()) {
      matching.add(new Prepared(m, m.path()));
    }
    this.scopingFilter =
        mappings.scopingFilter() == null
            ? null
            : FilterEvaluator.of(AttributeResolver.DEFAULT).compile(mappings.scopingFilter());
  }

  /** Whether the object is in scope: assigned (unless the scope is all) and matching the filter. */
  boolean inScope(SourceValues source, boolean assigned) {
    if (mappings.scope() == ObjectMappings.Scope.ASSIGNED && !assigned) {
      return false;
    }
    return scopingFilter == null || scopingFilter.test(source.filterView());
  }

  /** The target values, flat by path; on create also the create-only ones. Empty values omitted. */
  ObjectNode values(SourceValues source, boolean onCreate) {
    ObjectNode out = ScimJson.object();
    for (Prepared p : prepared) {
      if (!onCreate && p.mapping().apply() == AttributeMapping.Apply.ON_CREATE) {
        continue;
      }
      JsonNode v = p.mapping().source().evaluate(source);
      if (v != null) {
        out.set(p.path().text(), v);
      }
    }
    return out;
  }

  /** The enterprise {@code manager} path when a mapping writes it, else {@code null}. */
  @Nullable TargetPath managerPath() {
    for (Prepared p : prepared) {
      if (p.path().manager()) {
        return p.path();
      }
    }
    return null;
  }

  /** The matching paths in the order they are tried. */
  List<TargetPath> matchingPaths() {
    return matching.stream().map(Prepared::path).toList();
  }

  /** The resource body for a create: the flat values nested, with {@code schemas}. */
  ObjectNode body(ObjectNode flat, List<String> schemas) {
    ObjectNode body = ScimJson.object();
    var s = body.putArray("schemas");
    schemas.forEach(s::add);
    for (Prepared p : prepared) {
      JsonNode v = flat.get(p.path().text());
      if (v != null) {
        p.path().put(body, v);
      }
    }
    return body;
  }

  /** The changes of the always-applied attributes from {@code before} to {@code after}. */
  List<WireMode.Change> diff(ObjectNode before, ObjectNode after) {
    List<WireMode.Change> changes = new ArrayList<>();
    for (Prepared p : prepared) {
      if (p.mapping().apply() == AttributeMapping.Apply.ON_CREATE) {
        continue;
      }
      String key = p.path().text();
      JsonNode b = before.get(key);
      JsonNode a = after.get(key);
      if (!same(b, a)) {
        changes.add(new WireMode.Change(p.path(), b, a));
      }
    }
    return changes;
  }

  /** The current values of a resource read from the target, flat by path. */
  ObjectNode read(ObjectNode resource) {
    ObjectNode out = ScimJson.object();
    for (Prepared p : prepared) {
      JsonNode v = p.path().get(resource);
      if (v != null && !v.isNull()) {
        out.set(p.path().text(), v);
      }
    }
    return out;
  }

  /**
   * Whether two values are the same for the target: numbers by value ({@code 1} and {@code 1.0}
   * are), including numbers too large for a decimal ({@code 1e400}, read as infinity).
   */
  static boolean same(@Nullable JsonNode a, @Nullable JsonNode b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.isNumber() && b.isNumber()) {
      return JsonNumbers.equal(a, b);
    }
    return a.equals(b);
  }
}
