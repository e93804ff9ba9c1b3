package io.scimworks.core.schema;

import io.scimworks.core.internal.Keywords;
import java.util.Optional;

/** When an attribute may be written (RFC 7643 §2.2 {@code mutability}). */
public enum Mutability {
  /** The service provider sets it; clients cannot. */
  READ_ONLY("readOnly"),
  /** Clients may read and write it. */
  READ_WRITE("readWrite"),
  /** Clients may set it once (on creation or when still unset); it cannot change afterwards. */
  IMMUTABLE("immutable"),
  /** Clients may write it; it is never returned (e.g. passwords). */
  WRITE_ONLY("writeOnly");

  private final String jsonName;

  Mutability(String jsonName) {
    this.jsonName = jsonName;
  }

  /**
   * The keyword as written in schema JSON.
   *
   * @return the keyword, e.g. {@code readOnly}
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
  public static Optional<Mutability> fromJsonName(String name) {
    return Keywords.lookup(Mutability.class, c -> c.jsonName, name);
  }

  @Override
  public String toString() {
    return jsonName;
  }
}
