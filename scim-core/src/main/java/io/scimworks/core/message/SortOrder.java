package io.scimworks.core.message;

import io.scimworks.core.ScimException;
import io.scimworks.core.ScimType;

/** RFC 7644 §3.4.2.3 {@code sortOrder}. */
public enum SortOrder {
  /** Smallest first; missing values last. */
  ASCENDING("ascending"),
  /** Largest first. */
  DESCENDING("descending");

  private final String keyword;

  SortOrder(String keyword) {
    this.keyword = keyword;
  }

  /**
   * The keyword as written in requests.
   *
   * @return {@code ascending} or {@code descending}
   */
  public String keyword() {
    return keyword;
  }

  /**
   * The order named {@code keyword} (case-insensitive).
   *
   * @param keyword the keyword as received, in any case; not null
   * @return the order
   * @throws ScimException 400 {@code invalidValue} for anything else
   */
  public static SortOrder fromKeyword(String keyword) {
    for (SortOrder o : values()) {
      if (o.keyword.equalsIgnoreCase(keyword.trim())) {
        return o;
      }
    }
    throw ScimException.of(
        ScimType.INVALID_VALUE,
        "sortOrder must be 'ascending' or 'descending', got '" + keyword + "'");
  }

  @Override
  public String toString() {
    return keyword;
  }
}
