package io.scimworks.provisioning;

import io.scimworks.filter.Filter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How one kind of object (users or groups) is provisioned: which objects are in scope, and the
 * attribute mappings.
 *
 * @param scope assigned objects only, or all objects
 * @param scopingFilter a SCIM filter on source attributes the object must match to be in scope
 *     (e.g. {@code department eq "Sales" and not (IsSoftDeleted eq true)}), or {@code null}
 * @param mappings the attribute mappings; at least one is a matching attribute
 */
public record ObjectMappings(
    Scope scope, @Nullable Filter scopingFilter, List<AttributeMapping> mappings) {

  /** Which source objects are provisioned. */
  public enum Scope {
    /** Only objects assigned to the application (Entra's default). */
    ASSIGNED,
    /** Every object of the source. */
    ALL
  }

  /**
   * Checks that targets are unique, matching ranks are unique and there is at least one.
   *
   * @param scope assigned objects only, or all objects
   * @param scopingFilter a SCIM filter on source attributes, or {@code null}
   * @param mappings the attribute mappings (copied)
   * @throws IllegalArgumentException naming the offending target
   */
  public ObjectMappings {
    mappings = List.copyOf(mappings);
    Set<String> targets = new HashSet<>();
    Set<Integer> ranks = new HashSet<>();
    for (AttributeMapping m : mappings) {
      if (!targets.add(m.path().text().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("target " + m.target() + " is mapped twice");
      }
      if (m.matchingPrecedence() > 0 && !ranks.add(m.matchingPrecedence())) {
        throw new IllegalArgumentException(
            "two matching attributes share the precedence " + m.matchingPrecedence());
      }
    }
    if (ranks.isEmpty()) {
      throw new IllegalArgumentException(
          "at least one mapping must be a matching attribute (e.g. userName, matching 1)");
    }
  }

  /**
   * The matching mappings in the order they are tried.
   *
   * @return the mappings with a matching precedence, lowest rank first
   */
  public List<AttributeMapping> matchingAttributes() {
    List<AttributeMapping> out = new ArrayList<>();
    for (AttributeMapping m : mappings) {
      if (m.matchingPrecedence() > 0) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparingInt(AttributeMapping::matchingPrecedence));
    return out;
  }
}
