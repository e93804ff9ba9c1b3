package io.scimworks.server.internal;

import io.scimworks.core.query.Projection;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code attributes} and {@code excludedAttributes} a client asked for, as lists of paths.
 *
 * @param attributes the attributes to return (empty: the default ones)
 * @param excluded the attributes to leave out
 */
record Attributes(List<String> attributes, List<String> excluded) {

  static final Attributes NONE = new Attributes(List.of(), List.of());

  Attributes {
    attributes = List.copyOf(attributes);
    excluded = List.copyOf(excluded);
  }

  /** From two comma-separated parameters, either possibly absent. */
  static Attributes of(@Nullable String attributes, @Nullable String excluded) {
    if ((attributes == null || attributes.isBlank()) && (excluded == null || excluded.isBlank())) {
      return NONE;
    }
    return new Attributes(split(attributes), split(excluded));
  }

  /** From the query parameters of a request. */
  static Attributes of(QueryParams params) {
    return of(params.get("attributes"), params.get("excludedAttributes"));
  }

  /** Whether the client named any attribute list. */
  boolean requested() {
    return !attributes.isEmpty() || !excluded.isEmpty();
  }

  /** The core projection for a resource type. */
  Projection projection(SchemaRegistry registry, ResourceType type) {
    return Projection.of(registry, type, attributes, excluded);
  }

  private static List<String> split(@Nullable String list) {
    List<String> out = new ArrayList<>();
    if (list != null) {
      for (String s : list.split(",")) {
        if (!s.isBlank()) {
          out.add(s.trim());
        }
      }
    }
    return out;
  }
}
