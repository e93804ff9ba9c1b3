package io.scimworks.core.schema;

import io.scimworks.core.internal.Keywords;
import io.scimworks.filter.AttributeInfo.ValueType;
import java.util.Optional;

/** The data types of RFC 7643 §2.3, as written in a schema's {@code type}. */
public enum AttributeType {
  /** A Unicode string. */
  STRING("string", ValueType.STRING),
  /** {@code true} or {@code false}. */
  BOOLEAN("boolean", ValueType.BOOLEAN),
  /** A real number with at least one digit after the point. */
  DECIMAL("decimal", ValueType.DECIMAL),
  /** A whole number. */
  INTEGER("integer", ValueType.INTEGER),
  /** An RFC 3339 date-time string. */
  DATE_TIME("dateTime", ValueType.DATE_TIME),
  /** Base64-encoded binary data. */
  BINARY("binary", ValueType.BINARY),
  /** A URI reference to a resource or an external location. */
  REFERENCE("reference", ValueType.REFERENCE),
  /** A set of sub-attributes. */
  COMPLEX("complex", ValueType.COMPLEX);

  private final String jsonName;
  private final ValueType valueType;

  AttributeType(String jsonName, ValueType valueType) {
    this.jsonName = jsonName;
    this.valueType = valueType;
  }

  /**
   * The name as written in schema JSON, e.g. {@code dateTime}.
   *
   * @return the RFC 7643 §7 name
   */
  public String jsonName() {
    return jsonName;
  }

  /**
   * The matching type of the filter language.
   *
   * @return the filter language's type for values of this type
   */
  public ValueType valueType() {
    return valueType;
  }

  /**
   * The type named {@code name} in schema JSON (case-insensitive).
   *
   * @param name the type name as written in schema JSON, in any case
   * @return the type, or empty when no type has that name
   */
  public static Optional<AttributeType> fromJsonName(String name) {
    return Keywords.lookup(AttributeType.class, c -> c.jsonName, name);
  }

  @Override
  public String toString() {
    return jsonName;
  }
}
