package io.scimworks.core.internal;

import java.util.Optional;
import java.util.function.Function;

/** Finds the constant of a keyword enum (schema characteristics, {@code scimType}) by its name. */
public final class Keywords {
  private Keywords() {}

  /**
   * The constant whose keyword is {@code name}, ignoring case as SCIM does for keywords.
   *
   * @param type the enum
   * @param keyword the keyword of a constant, as written in JSON
   * @param name the name to look up
   * @return the constant, or empty when no keyword matches
   */
  public static <E extends Enum<E>> Optional<E> lookup(
      Class<E> type, Function<E, String> keyword, String name) {
    for (E constant : type.getEnumConstants()) {
      if (keyword.apply(constant).equalsIgnoreCase(name)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }
}
