package io.scimworks.filter;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The target of a PATCH operation (RFC 7644 §3.5.2 {@code PATH = attrPath / valuePath [subAttr]}).
 *
 * <ul>
 *   <li>{@code name.givenName}: attribute {@code name.givenName}, no filter, no sub-attribute
 *   <li>{@code members[value eq "2819c223"]}: attribute {@code members}, a filter
 *   <li>{@code emails[type eq "work"].value}: attribute {@code emails}, a filter, sub-attribute
 *       {@code value}
 * </ul>
 *
 * @param attribute the attribute addressed; has a sub-attribute only when there is no filter
 * @param valueFilter selects elements of a multi-valued attribute, or {@code null}
 * @param subAttribute with a filter: the sub-attribute of the selected elements, or {@code null}
 */
public record PatchPath(
    AttributePath attribute, @Nullable Filter valueFilter, @Nullable String subAttribute) {

  /**
   * Checks the shape: a sub-attribute after a filter needs the filter, and a filter applies to an
   * attribute without sub-attribute.
   *
   * @param attribute the attribute addressed; not null
   * @param valueFilter the element filter, or {@code null}
   * @param subAttribute the sub-attribute after the filter, or {@code null}; only with a filter
   * @throws IllegalArgumentException when the shape is not one RFC 7644 allows
   */
  public PatchPath {
    Objects.requireNonNull(attribute, "attribute");
    if (subAttribute != null && valueFilter == null) {
      throw new IllegalArgumentException(
          "a sub-attribute after the filter needs a filter; put it in the attribute path");
    }
    if (valueFilter != null && attribute.hasSubAttribute()) {
      throw new IllegalArgumentException(
          "a value filter applies to an attribute, not a sub-attribute");
    }
  }

  /**
   * A path with no filter.
   *
   * @param attribute the attribute (with or without sub-attribute); not null
   * @return a path whose {@code valueFilter} and {@code subAttribute} are {@code null}
   */
  public static PatchPath of(AttributePath attribute) {
    return new PatchPath(attribute, null, null);
  }

  /**
   * Parses a PATCH path with the default parser.
   *
   * @param text the path text, such as {@code emails[type eq "work"].value}; not null
   * @return the immutable path
   * @throws FilterException with {@code scimType} {@code invalidPath} ({@code invalidFilter} for an
   *     error inside the brackets)
   */
  public static PatchPath parse(String text) {
    return FilterParser.defaults().parsePatchPath(text);
  }

  /** The canonical text of this path, which parses back to an equal path. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(attribute.toString());
    if (valueFilter != null) {
      sb.append('[').append(FilterPrinter.print(valueFilter)).append(']');
    }
    if (subAttribute != null) {
      sb.append('.').append(subAttribute);
    }
    return sb.toString();
  }
}
