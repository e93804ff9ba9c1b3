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

  /**
   * Creates a path without parsing it: names are taken as they are (use {@link #parse(String)} for
   * text from outside).
   *
   * @param schemaUrn the schema URN prefix, or {@code null}
   * @param attribute the attribute name; not null, not empty
   * @param subAttribute the sub-attribute name, or {@code null}
   * @throws NullPointerException when {@code attribute} is null
   * @throws IllegalArgumentException when {@code attribute} is empty
   */
  public AttributePath {
    Objects.requireNonNull(attribute, "attribute");
    if (attribute.isEmpty()) {
      throw new IllegalArgumentException("attribute name must not be empty");
    }
  }

  /**
   * A path without schema URN and without sub-attribute.
   *
   * @param attribute the attribute name, taken as it is; not null, not empty
   * @return the path
   * @throws IllegalArgumentException when {@code attribute} is empty
   */
  public static AttributePath of(String attribute) {
    return new AttributePath(null, attribute, null);
  }

  /**
   * A path without schema URN.
   *
   * @param attribute the attribute name, taken as it is; not null, not empty
   * @param subAttribute the sub-attribute name, or {@code null} for none
   * @return the path
   * @throws IllegalArgumentException when {@code attribute} is empty
   */
  public static AttributePath of(String attribute, @Nullable String subAttribute) {
    return new AttributePath(null, attribute, subAttribute);
  }

  /**
   * Parses a path such as {@code name.givenName} or {@code urn:...:User:manager.value}.
   *
   * @param text the path text; not null
   * @return the path
   * @throws FilterException with {@code scimType} {@code invalidPath} when the text is not a path
   */
  public static AttributePath parse(String text) {
    return FilterParser.defaults().parseAttributePath(text);
  }

  /**
   * Whether this path has a sub-attribute.
   *
   * @return {@code true} when {@link #subAttribute()} is not null
   */
  public boolean hasSubAttribute() {
    return subAttribute != null;
  }

  /**
   * This path without its sub-attribute.
   *
   * @return this path itself when it has no sub-attribute, else a new path with the same URN and
   *     attribute
   */
  public AttributePath parent() {
    return subAttribute == null ? this : new AttributePath(schemaUrn, attribute, null);
  }

  /**
   * Qualifies this element-relative path (from inside a value filter) with its parent: {@code type}
   * under {@code emails} becomes {@code emails.type}.
   *
   * @param parent the attribute of the value filter; its own sub-attribute, if any, is ignored
   * @return a path with {@code parent}'s URN and attribute and this path's attribute as
   *     sub-attribute (this path's URN and sub-attribute are dropped)
   */
  public AttributePath under(AttributePath parent) {
    return new AttributePath(parent.schemaUrn(), parent.attribute(), attribute);
  }

  /**
   * Compares two paths the way SCIM does: names and URNs case-insensitively.
   *
   * @param other the other path; not null
   * @return whether URN, attribute and sub-attribute are equal ignoring case (a missing URN only
   *     equals a missing URN)
   */
  public boolean equalsIgnoreCase(AttributePath other) {
    return eqIgnoreCase(schemaUrn, other.schemaUrn)
        && attribute.equalsIgnoreCase(other.attribute)
        && eqIgnoreCase(subAttribute, other.subAttribute);
  }

  /**
   * A key for maps that must treat paths case-insensitively.
   *
   * @return the canonical text in lower case ({@link Locale#ROOT})
   */
  public String lowerCaseKey() {
    return toString().toLowerCase(Locale.ROOT);
  }

  private static boolean eqIgnoreCase(@Nullable String a, @Nullable String b) {
    return a == null ? b == null : a.equalsIgnoreCase(b);
  }

  /**
   * The canonical text of this path, which parses back to an equal path.
   *
   * @return {@code [schemaUrn:]attribute[.subAttribute]}
   */
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
