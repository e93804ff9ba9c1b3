package io.scimworks.core.patch;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;
import java.util.Locale;

/** The three PATCH operations of RFC 7644 §3.5.2. */
public enum PatchOp {
  /** Adds values (§3.5.2.1). */
  ADD("add"),
  /** Removes values (§3.5.2.2). */
  REMOVE("remove"),
  /** Replaces values (§3.5.2.3). */
  REPLACE("replace");

  private final String jsonName;

  PatchOp(String jsonName) {
    this.jsonName = jsonName;
  }

  /**
   * The operation as written in a request: {@code add}, {@code remove} or {@code replace}.
   *
   * @return the lower-case name
   */
  public String jsonName() {
    return jsonName;
  }

  /**
   * The operation named {@code text}.
   *
   * @param text the {@code op} member of an operation
   * @param anyCase whether {@code Replace} or {@code ADD} are accepted (Entra ID capitalises them)
   * @return the operation
   * @throws ScimException 400 {@code invalidSyntax} naming the accepted values
   */
  public static PatchOp fromJson(String text, boolean anyCase) {
    for (PatchOp op : values()) {
      if (anyCase ? op.jsonName.equalsIgnoreCase(text) : op.jsonName.equals(text)) {
        return op;
      }
    }
    throw ScimException.of(
        ScimType.INVALID_SYNTAX,
        "unknown PATCH op '"
            + text
            + "'; expected add, remove or replace"
            + (anyCase || !isKnownIgnoringCase(text) ? "" : " in lower case"));
  }

  private static boolean isKnownIgnoringCase(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.equals("add") || lower.equals("remove") || lower.equals("replace");
  }

  @Override
  public String toString() {
    return jsonName;
  }
}
