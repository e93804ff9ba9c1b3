package io.scimworks.core;

/**
 * The URNs of RFC 7643 and RFC 7644 schemas and messages, in one place.
 *
 * <p>URNs compare case-insensitively in SCIM; use {@link String#equalsIgnoreCase(String)} when
 * matching input against these constants.
 */
public final class ScimUrns {
  private ScimUrns() {}

  /** Core User schema (RFC 7643 §4.1). */
  public static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";

  /** Core Group schema (RFC 7643 §4.2). */
  public static final String CORE_GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";

  /** Enterprise User extension (RFC 7643 §4.3). */
  public static final String ENTERPRISE_USER =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  /** Service provider configuration schema (RFC 7643 §5). */
  public static final String SERVICE_PROVIDER_CONFIG =
      "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";

  /** Resource type schema (RFC 7643 §6). */
  public static final String RESOURCE_TYPE = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";

  /** Schema of schemas (RFC 7643 §7). */
  public static final String SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";

  /** List response message (RFC 7644 §3.4.2). */
  public static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

  /** Search request message (RFC 7644 §3.4.3). */
  public static final String SEARCH_REQUEST = "urn:ietf:params:scim:api:messages:2.0:SearchRequest";

  /** PATCH request message (RFC 7644 §3.5.2). */
  public static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  /** Bulk request message (RFC 7644 §3.7). */
  public static final String BULK_REQUEST = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";

  /** Bulk response message (RFC 7644 §3.7). */
  public static final String BULK_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:BulkResponse";

  /** Error response message (RFC 7644 §3.12). */
  public static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

  /** The prefix RFC 7643 uses for its core schemas. */
  public static final String CORE_SCHEMA_PREFIX = "urn:ietf:params:scim:schemas:core:";
}
