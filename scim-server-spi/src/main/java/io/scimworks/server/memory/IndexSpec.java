package io.scimworks.server.memory;

import io.scimworks.filter.AttributePath;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to index.
 *
 * @param attribute the top-level attribute, e.g. {@code userName} or {@code members}
 * @param subAttribute the sub-attribute, e.g. {@code value}, or {@code null}
 * @param caseExact whether values compare case-sensitively
 * @param unique whether two resources may not share a value (409 {@code uniqueness})
 */
record IndexSpec(
    String attribute, @Nullable String subAttribute, boolean caseExact, boolean unique) {

  IndexSpec {
    Objects.requireNonNull(attribute, "attribute");
  }

  static IndexSpec parse(String path, boolean caseExact, boolean unique) {
    int dot = path.indexOf('.');
    return dot < 0
        ? new IndexSpec(path, null, caseExact, unique)
        : new IndexSpec(path.substring(0, dot), path.substring(dot + 1), caseExact, unique);
  }

  /** Whether a filter's attribute path names this index (core schema, any case). */
  boolean covers(AttributePath path) {
    if (path.schemaUrn() != null
        && !path.schemaUrn().regionMatches(true, 0, "urn:ietf:params:scim:schemas:core:", 0, 34)) {
      return false;
    }
    if (!path.attribute().equalsIgnoreCase(attribute)) {
      return false;
    }
    return subAttribute == null
        ? path.subAttribute() == null
        : subAttribute.equalsIgnoreCase(path.subAttribute());
  }

  String name() {
    return subAttribute == null ? attribute : attribute + "." + subAttribute;
  }
}
