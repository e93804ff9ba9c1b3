package io.scimworks.core.schema;

import io.scimworks.filter.AttributeInfo;
import io.scimworks.filter.AttributePath;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An attribute path resolved against a resource type: the definitions it names and where they live.
 *
 * @param schemaUrn the URN of the schema defining the attribute, or {@code null} for the common
 *     attributes ({@code id}, {@code externalId}, {@code meta}, {@code schemas})
 * @param extension whether that schema is an extension of the resource type (its attributes live
 *     under the URN in JSON)
 * @param attribute the top-level attribute
 * @param subAttribute the sub-attribute when the path has one, else {@code null}
 */
public record ResolvedAttribute(
    @Nullable String schemaUrn,
    boolean extension,
    AttributeDefinition attribute,
    @Nullable AttributeDefinition subAttribute) {

  /**
   * Rejects a null attribute.
   *
   * @param schemaUrn the defining schema's URN, or {@code null} for the common attributes
   * @param extension whether that schema is an extension of the type
   * @param attribute the top-level attribute; not null
   * @param subAttribute the sub-attribute, or {@code null}
   * @throws NullPointerException when {@code attribute} is null
   */
  public ResolvedAttribute {
    Objects.requireNonNull(attribute, "attribute");
  }

  /**
   * The definition the path points at: the sub-attribute if any, else the attribute.
   *
   * @return {@code subAttribute} when set, else {@code attribute}
   */
  public AttributeDefinition definition() {
    return subAttribute != null ? subAttribute : attribute;
  }

  /**
   * The path in canonical case; URN-qualified only for extension attributes, as resources write
   * them.
   *
   * @return the path with the schema's spelling of the names
   */
  public AttributePath canonicalPath() {
    return new AttributePath(
        extension ? schemaUrn : null,
        attribute.name(),
        subAttribute == null ? null : subAttribute.name());
  }

  /**
   * What the filter evaluator needs to know.
   *
   * @return the type and case-exactness of {@link #definition()}; multi-valued also for a
   *     sub-attribute of a multi-valued attribute
   */
  public AttributeInfo info() {
    AttributeDefinition d = definition();
    // a sub-attribute of a multi-valued complex attribute yields many values
    boolean multi = d.multiValued() || (subAttribute != null && attribute.multiValued());
    return new AttributeInfo(d.type().valueType(), d.caseExact(), multi);
  }
}
