package io.scimworks.filter;

import org.jspecify.annotations.Nullable;

/**
 * Tells the evaluator what the schema says of an attribute. {@code scim-core}'s schema registry
 * implements it; without one ({@link #DEFAULT}) every attribute is treated as not {@code caseExact}
 * and its type is inferred from the JSON value.
 */
@FunctionalInterface
public interface AttributeResolver {

  /** Knows no attribute: types are inferred, strings compare case-insensitively. */
  AttributeResolver DEFAULT = path -> null;

  /**
   * Describes the attribute at a fully qualified path ({@code emails.type}, not {@code type}), or
   * returns {@code null} when the schema does not define it.
   */
  @Nullable AttributeInfo resolve(AttributePath path);
}
