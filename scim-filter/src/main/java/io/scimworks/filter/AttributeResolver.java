package io.scimworks.filter;

import java.util.function.UnaryOperator;
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
   *
   * @param path a fully qualified path, possibly with a schema URN; not null
   * @return the attribute's type, case-exactness and multiplicity, or {@code null} when unknown
   *     (the evaluator then infers from the JSON value)
   */
  @Nullable AttributeInfo resolve(AttributePath path);

  /**
   * How string values of attributes that are not {@code caseExact} are folded before they are
   * compared ({@code eq}, {@code co}, {@code sw}, {@code ew}, ordering): two values are equal
   * ignoring case when their folded forms are equal. scim-core's resolvers return its {@code
   * CaseFolding}, the comparison every SCIMworks module shares. The default folds each code point
   * {@code c} to {@code Character.toLowerCase(Character.toUpperCase(c))}, the rule of {@link
   * String#equalsIgnoreCase(String)}.
   *
   * @return a stateless, thread-safe folding function, never null
   */
  default UnaryOperator<String> caseFolding() {
    return SimpleCaseFolding.INSTANCE;
  }

  /**
   * Whether the strings {@code "true"} and {@code "false"} (in any case), compared by {@code eq} or
   * {@code ne} with an attribute this resolver types {@code BOOLEAN}, stand for that boolean: Entra
   * ID writes booleans as {@code "True"} and {@code "False"}. When not (the default), such a
   * comparison is an {@code invalidFilter} error, like every literal of the wrong type ({@link
   * ComparisonTypes}).
   *
   * @return whether boolean strings are read as booleans
   */
  default boolean booleanStrings() {
    return false;
  }
}
