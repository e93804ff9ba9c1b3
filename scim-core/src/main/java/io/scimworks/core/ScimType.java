package io.scimworks.core;

import io.scimworks.core.internal.Keywords;
import java.util.Optional;

/**
 * The {@code scimType} error keywords of RFC 7644 §3.12 and RFC 9865, each with the HTTP status it
 * goes with.
 */
public enum ScimType {
  /** The filter syntax was invalid or the filter is not supported. */
  INVALID_FILTER("invalidFilter", 400),
  /** The filter yields too many results to process. */
  TOO_MANY("tooMany", 400),
  /** A unique attribute value is already taken. */
  UNIQUENESS("uniqueness", 409),
  /** The attempted modification is not compatible with the attribute's mutability. */
  MUTABILITY("mutability", 400),
  /** The request body structure was invalid or did not conform to the schema. */
  INVALID_SYNTAX("invalidSyntax", 400),
  /** The PATCH path was invalid or not supported. */
  INVALID_PATH("invalidPath", 400),
  /** The PATCH path did not yield an attribute or value that could be operated on. */
  NO_TARGET("noTarget", 400),
  /** A required value was missing, or the value was not compatible with the attribute. */
  INVALID_VALUE("invalidValue", 400),
  /** The specified SCIM protocol version is not supported. */
  INVALID_VERS("invalidVers", 400),
  /** The request cannot be completed because of sensitive information in the URI. */
  SENSITIVE("sensitive", 403),
  /** RFC 9865: the cursor is not valid. */
  INVALID_CURSOR("invalidCursor", 400),
  /** RFC 9865: the cursor has expired. */
  EXPIRED_CURSOR("expiredCursor", 400),
  /** RFC 9865: the count is not valid. */
  INVALID_COUNT("invalidCount", 400);

  private final String keyword;
  private final int status;

  ScimType(String keyword, int status) {
    this.keyword = keyword;
    this.status = status;
  }

  /**
   * The keyword as written in an error response, e.g. {@code invalidFilter}.
   *
   * @return the keyword, in RFC 7644's spelling
   */
  public String keyword() {
    return keyword;
  }

  /**
   * The HTTP status that goes with this type.
   *
   * @return the status RFC 7644 §3.12 gives the type (400 for most, 409 for {@code uniqueness})
   */
  public int status() {
    return status;
  }

  /**
   * The type whose keyword is {@code keyword} (case-insensitive), if any.
   *
   * @param keyword the keyword as received, in any case; not null
   * @return the type, or empty when no SCIM type has that keyword
   */
  public static Optional<ScimType> fromKeyword(String keyword) {
    return Keywords.lookup(ScimType.class, c -> c.keyword, keyword);
  }

  @Override
  public String toString() {
    return keyword;
  }
}
