package io.scimworks.server.internal;

import io.scimworks.core.query.Projection;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The {@code attributes} and {@code excludedAttributes} a client asked for, as lists of paths, and
 * the projections they make. A request's attribute lists are read into a projection once per
 * resource type, not once per resource rendered: a list of 60,000 names parsed for each of a page's
 * 1,000 resources kept the server busy for most of a minute.
 */
final class Attributes {

  static final Attributes NONE = new Attributes(List.of(), List.of());

  private final List<String> attributes;
  private final List<String> excluded;

  /** The projections of these lists, per registry and resource type. */
  private final Map<TypeKey, Projection> projections = new ConcurrentHashMap<>();

  private record TypeKey(SchemaRegistry registry, ResourceType type) {}

  /**
   * The lists as given.
   *
   * @param attributes the attributes to return (empty: the default ones)
   * @param excluded the attributes to leave out
   */
  Attributes(List<String> attributes, List<String> excluded) {
    this.attributes = List.copyOf(attributes);
    this.excluded = List.copyOf(excluded);
  }

  /** From two comma-separated parameters, either possibly absent. */
  static Attributes of(@Nullable String attributes, @Nullable String excluded) {
    List<String> named = split(attributes);
    List<String> left = split(excluded);
    return named.isEmpty() && left.isEmpty() ? NONE : new Attributes(named, left);
  }

  /** From the query parameters of a request. */
  static Attributes of(QueryParams params) {
    return of(params.get("attributes"), params.get("excludedAttributes"));
  }

  /** The attributes to return (empty: the default ones). */
  List<String> attributes() {
    return attributes;
  }

  /** The attributes to leave out. */
  List<String> excluded() {
    return excluded;
  }

  /** Whether the client named any attribute list. */
  boolean requested() {
    return !attributes.isEmpty() || !excluded.isEmpty();
  }

  /** The projection for a resource type, built on first use. */
  Projection projection(SchemaRegistry registry, ResourceType type) {
    if (!requested()) {
      return Projection.defaults(registry, type); // NONE is shared: it keeps nothing
    }
    TypeKey key = new TypeKey(registry, type);
    Projection p = projections.get(key);
    if (p == null) {
      p = Projection.of(registry, type, attributes, excluded);
      projections.put(key, p);
    }
    return p;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attributes a
        && a.attributes.equals(attributes)
        && a.excluded.equals(excluded);
  }

  @Override
  public int hashCode() {
    return 31 * attributes.hashCode() + excluded.hashCode();
  }

  @Override
  public String toString() {
    return "Attributes[attributes=" + attributes + ", excluded=" + excluded + "]";
  }

  private static List<String> split(@Nullable String list) {
    List<String> out = new ArrayList<>();
    if (list != null) {
      for (String s : list.split(",")) {
        String name = spacesStripped(s);
        if (!name.isEmpty()) {
          out.add(name);
        }
      }
    }
    return out;
  }

  /**
   * {@code s} without the spaces, tabs and line breaks around it: the white space of the filter
   * grammar, not every character below U+0020 as {@link String#trim()} or {@link String#isBlank()}
   * have it (a control character is no name and no space, so {@code attributes=%01} is a 400, not
   * an empty list that returns only ids).
   */
  private static String spacesStripped(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }
}
