package io.scimworks.provisioning;

import java.util.Objects;

/**
 * One target attribute and where its value comes from.
 *
 * <pre>{@code
 * AttributeMapping.of("userName", Expression.attribute("userPrincipalName")).matching(1);
 * AttributeMapping.of("userType", Expression.constant("member")).onCreateOnly();
 * }</pre>
 *
 * @param target the SCIM attribute path: {@code userName}, {@code name.givenName}, {@code
 *     emails[type eq "work"].value}, {@code urn:...:enterprise:2.0:User:employeeNumber}
 * @param source where the value comes from
 * @param apply always, or only when the resource is created
 * @param matchingPrecedence 0 when the attribute is not used for matching; else its rank (1 is
 *     tried first) among the attributes the engine tries, one after another, to find an existing
 *     resource
 */
public record AttributeMapping(
    String target, Expression source, Apply apply, int matchingPrecedence) {

  /** When a mapping is applied. */
  public enum Apply {
    /** On create and on every update. */
    ALWAYS,
    /** Only on create (e.g. an initial password or a default role the app then owns). */
    ON_CREATE
  }

  /**
   * Checks the target path and the precedence.
   *
   * @param target the SCIM attribute path: {@code userName}, {@code name.givenName}, {@code
   *     emails[type eq "work"].value}, {@code urn:...:enterprise:2.0:User:employeeNumber}
   * @param source where the value comes from
   * @param apply always, or only when the resource is created
   * @param matchingPrecedence 0 when the attribute is not used for matching; else its rank (1 is
   *     tried first) among the attributes the engine tries, one after another, to find an existing
   *     resource
   */
  public AttributeMapping {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(apply, "apply");
    TargetPath.parse(target);
    if (matchingPrecedence < 0) {
      throw new IllegalArgumentException("matchingPrecedence must be 0 (none) or more");
    }
    if (matchingPrecedence > 0 && apply == Apply.ON_CREATE) {
      throw new IllegalArgumentException(
          "matching attribute " + target + " must be applied always, not only on create");
    }
  }

  /**
   * A mapping applied always, not used for matching.
   *
   * @param target the SCIM attribute path
   * @param source where the value comes from
   * @return the mapping
   * @throws IllegalArgumentException when the target is not a supported path
   */
  public static AttributeMapping of(String target, Expression source) {
    return new AttributeMapping(target, source, Apply.ALWAYS, 0);
  }

  /**
   * This mapping used for matching with {@code precedence} (1 first).
   *
   * @param precedence 1 or more; 0 for not matching
   * @return a copy
   * @throws IllegalArgumentException when negative, or for a mapping applied only on create
   */
  public AttributeMapping matching(int precedence) {
    return new AttributeMapping(target, source, apply, precedence);
  }

  /**
   * This mapping applied only on create.
   *
   * @return a copy
   * @throws IllegalArgumentException for a matching attribute
   */
  public AttributeMapping onCreateOnly() {
    return new AttributeMapping(target, source, Apply.ON_CREATE, matchingPrecedence);
  }

  TargetPath path() {
    return TargetPath.parse(target);
  }
}
