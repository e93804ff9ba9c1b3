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

  /** The lower-case name used on the command line and in reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The tag named {@code label}, ignoring case. */
  public static Tag of(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
