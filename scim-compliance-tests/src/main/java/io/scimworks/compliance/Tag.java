package io.scimworks.compliance;

import java.util.Locale;

/** The area of the protocol a check covers; select checks by tag on the command line. */
public enum Tag {
  /** ServiceProviderConfig, ResourceTypes, Schemas. */
  DISCOVERY,
  /** Create, read, replace, delete. */
  CRUD,
  /** The filter parameter. */
  FILTER,
  /** PATCH. */
  PATCH,
  /** attributes and excludedAttributes. */
  PROJECTION,
  /** sortBy and sortOrder. */
  SORT,
  /** startIndex and count. */
  PAGING,
  /** RFC 9865 cursor paging. */
  CURSOR,
  /** The /Bulk endpoint. */
  BULK,
  /** ETags, If-Match and If-None-Match. */
  ETAG,
  /** Error responses. */
  ERRORS,
  /** Authentication and what a response must not reveal. */
  SECURITY;

  /**
   * The lower-case name used on the command line and in reports.
   *
   * @return {@code discovery}, {@code crud}, ...
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The tag with this label.
   *
   * @param label a {@link #label()}, in any case, surrounding spaces ignored
   * @return the tag
   * @throws IllegalArgumentException when no tag has this label
   */
  public static Tag of(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
