package io.scimworks.core.schema;

import io.scimworks.core.internal.Keywords;
import java.util.Optional;

/** How unique an attribute's value must be (RFC 7643 §2.2 {@code uniqueness}). */
public enum Uniqueness {
  /** No uniqueness. */
  NONE("none"),
  /** Unique within the service provider (case as the attribute's caseExact says). */
  SERVER("server"),
  /** Globally unique. */
  GLOBAL("global");

  private final String jsonName;

  Uniqueness(String jsonName) {
    this.jsonName = jsonName;
  }

  /**
   * The keyword as written in schema JSON.
   *
   * @return the keyword, e.g. {@code server}
   */
  public String jsonName() {
    return jsonName;
  }

  /**
   * The constant whose keyword is {@code name} (case-insensitive).
   *
   * @param name the keyword as written in schema JSON, in any case
   * @return the constant, or empty when no constant has that keyword
   */
  public static Optional<Uniqueness> fromJsonName(String name) {
    return Keywords.lookup(Uniqueness.class, c -> c.jsonName, name);
  }

  @Override
  public String toString() {
    return jsonName;
  }
}
