package io.scimworks.filter;

import java.util.Objects;

/**
 * What the evaluator needs to know of an attribute's definition.
 *
 * @param type the SCIM data type
 * @param caseExact whether string values compare case-sensitively
 * @param multiValued whether the attribute holds an array
 */
public record AttributeInfo(ValueType type, boolean caseExact, boolean multiValued) {

  /**
   * Creates the description.
   *
   * @param type the SCIM data type; not null
   * @param caseExact whether string values compare case-sensitively
   * @param multiValued whether the attribute holds an array
   * @throws NullPointerException when {@code type} is null
   */
  public AttributeInfo {
    Objects.requireNonNull(type, "type");
  }

  /** The data types of RFC 7643 §2.3. */
  public enum ValueType {
    /** a string */
    STRING,
    /** a boolean */
    BOOLEAN,
    /** a decimal number */
    DECIMAL,
    /** an integer */
    INTEGER,
    /** an RFC 3339 date-time, compared as an instant */
    DATE_TIME,
    /** base64 binary; only equality is defined */
    BINARY,
    /** a URI reference */
    REFERENCE,
    /** a complex attribute with sub-attributes */
    COMPLEX
  }
}
