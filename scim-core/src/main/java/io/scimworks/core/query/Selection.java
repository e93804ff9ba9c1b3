package io.scimworks.core.query;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The attributes named in one container (the resource root or one extension object): for each
 * lower-cased attribute name, either the whole attribute or some of its sub-attributes.
 */
final class Selection {
  /**
   * Whether the container's schema was named as a whole: an extension URN on its own, or for the
   * root the core schema's URN on its own.
   */
  boolean whole;

  private final Map<String, Set<String>> subsByAttribute = new HashMap<>();
  private final Set<String> wholeAttributes = new HashSet<>();

  void add(String attribute, @Nullable String sub) {
    String a = attribute.toLowerCase(Locale.ROOT);
    if (sub == null) {
      wholeAttributes.add(a);
    } else {
      subsByAttribute.computeIfAbsent(a, k -> new HashSet<>()).add(sub.toLowerCase(Locale.ROOT));
    }
  }

  /** Whether the attribute was named on its own (not only through sub-attributes). */
  boolean wholeAttribute(String lowerName) {
    return wholeAttributes.contains(lowerName);
  }

  /** The sub-attributes named for the attribute, or {@code null}. */
  @Nullable Set<String> subs(String lowerName) {
    return subsByAttribute.get(lowerName);
  }

  /** Whether the attribute was named in any way. */
  boolean mentions(String lowerName) {
    return wholeAttributes.contains(lowerName) || subsByAttribute.containsKey(lowerName);
  }
}
