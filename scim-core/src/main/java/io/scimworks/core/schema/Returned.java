package io.scimworks.core.schema;

import io.scimworks.core.internal.Keywords;
import java.util.Optional;

/** When an attribute is returned in a response (RFC 7643 §2.2 {@code returned}). */
public enum Returned {
  /** Always returned, whatever {@code attributes} or {@code excludedAttributes} say. */
  ALWAYS("always"),
  /** Never returned. */
  NEVER("never"),
  /** Returned unless excluded, or unless {@code attributes} names other attributes only. */
  DEFAULT("default"),
  /** Returned only when named in {@code attributes}. */
  REQUEST("request");

  private final String jsonName;

  Returned(String jsonName) {
    this.jsonName = jsonName;
  }

  /**
   * The keyword as written in schema JSON.
   *
   * @return the keyword, e.g. {@code always}
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
  public static Optional<Returned> fromJsonName(String name) {
    return Keywords.lookup(Returned.class, c -> c.jsonName, name);
  }

  @Override
  public String toString() {
    return jsonName;
  }
}
