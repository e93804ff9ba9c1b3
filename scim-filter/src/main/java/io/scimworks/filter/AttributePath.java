package io.scimworks.filter;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An attribute path as RFC 7644 §3.10 defines it: {@code [schemaUrn ":"] attribute ["."
 * subAttribute]}.
 *
 * <p>Examples: {@code userName}, {@code name.givenName}, {@code
 * urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value}.
 *
 * <p>Inside a value filter ({@code emails[type eq "work"]}) paths are relative to the element, so
 * {@code type} is an {@code AttributePath} with attribute {@code type}; {@link
 * #under(AttributePath)} qualifies it with its parent when a fully qualified name is needed (e.g.
 * to ask an {@link AttributeResolver}).
 *
 * <p>Equality is by value and <em>case-sensitive</em> (it is a syntax tree); use {@link
 * #equalsIgnoreCase(AttributePath)} for SCIM's case-insensitive comparison of names.
 *
 * @param schemaUrn the schema URN prefix, or {@code null} when the path has none
 * @param attribute the attribute name
 * @param subAttribute the sub-attribute name, or {@code null}
 */
public record AttributePath(
    @Nullable String schemaUrn, String attribute, @Nullable String subAttribute) {

  /** Validates that the attribute name is present. */
  public AttributePath {
    Objects.requireNonNull(attribute, "attribute");
    if (attribute.isEmpty()) {
      throw new IllegalArgumentException("attribute name must not be empty");
    }
  }

  /** A path without schema URN and without sub-attribute. */
  public static AttributePath of(String attribute) {
    return new AttributePath(null, attribute, null);
  }

  /** A path without schema URN. */
  public static AttributePath of(String attribute, @Nullable String subAttribute) {
    return new AttributePath(null, attribute, subAttribute);
  }

  /**
   * Parses a path such as {@code name.givenName} or {@code urn:...:User:manager.value}.
   *
   * @throws FilterException with {@code scimType} {@code invalidPath} when the text is not a path
   */
  public static AttributePath parse(String text) {
    return FilterParser.defaults().parseAttributePath(text);
  }

  /** Whether this path has a sub-attribute. */
  public boolean hasSubAttribute() {
    return subAttribute != null;
  }

  /** This path without its sub-attribute. */
  public AttributePath parent() {
    return subAttribute == null ? this : new AttributePath(schemaUrn, attribute, null);
  }

  /**
   * Qualifies this element-relative path (from inside a value filter) with its parent: {@code type}
   * under {@code emails} becomes {@code emails.type}.
   */
  public AttributePath under(AttributePath parent) {
    return new AttributePath(parent.schemaUrn(), parent.attribute(), attribute);
  }

  /** Compares two paths the way SCIM does: names and URNs case-insensitively. */
  public boolean equalsIgnoreCase(AttributePath other) {
    return eqIgnoreCase(schemaUrn, other.schemaUrn)
        && attribute.equalsIgnoreCase(other.attribute)
        && eqIgnoreCase(subAttribute, other.subAttribute);
  }

  /** A key for maps that must treat paths case-insensitively. */
  public String lowerCaseKey() {
    return toString().toLowerCase(Locale.ROOT);
  }

  private static boolean eqIgnoreCase(@Nullable String a, @Nullable String b) {
    return a == null ? b == null : a.equalsIgnoreCase(b);
  }

  /** The canonical text of this path, which parses back to an equal path. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (schemaUrn != null) {
      sb.append(schemaUrn).append(':');
    }
    sb.append(attribute);
    if (subAttribute != null) {
      sb.append('.').append(subAttribute);
    }
    return sb.toString();
  }
}
