package io.scimworks.core.schema.internal;

import io.scimworks.core.schema.AttributeDefinition;

/**
 * Where the complex-value shorthands of {@code ValidationOptions.complexValueShorthands()} and
 * {@code PatchOptions.complexValueShorthands()} apply, one rule for validation and the PATCH
 * engine: a single-valued complex attribute with a {@code value} sub-attribute (Entra ID's {@code
 * manager}), whose bare string means {@code {"value": string}} and whose one-element array means
 * its element. Any other single-valued complex attribute ({@code name}, an application's complex
 * attribute without {@code value}) takes a JSON object only, whatever the options say.
 */
public final class ValueShorthands {
  private ValueShorthands() {}

  /**
   * Whether the shorthands may stand for a value of {@code d}.
   *
   * @param d an attribute definition
   * @return true for a single-valued complex attribute with a {@code value} sub-attribute
   */
  public static boolean apply(AttributeDefinition d) {
    return d.isComplex() && !d.multiValued() && d.subAttributeOrNull("value") != null;
  }
}
