package io.scimworks.benchmarks.patch;

/** The user and the PATCH bodies every library applies, as JSON text. */
final class PatchInputs {
  private PatchInputs() {}

  static final String USER_ID = "2819c223-7f76-453a-919d-413861904646";

  /** A realistic Entra-provisioned user with the enterprise extension. */
  static final String USER =
      """
      {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
        "id": "2819c223-7f76-453a-919d-413861904646",
        "externalId": "bjensen",
        "userName": "bjensen@example.com",
        "name": {"formatted": "Ms. Barbara J Jensen III", "familyName": "Jensen",
                 "givenName": "Babs"},
        "displayName": "Babs Jensen",
        "title": "Tour Guide",
        "userType": "member",
        "preferredLanguage": "en-US",
        "locale": "en-US",
        "timezone": "America/Los_Angeles",
        "active": true,
        "emails": [
          {"value": "bjensen@example.com", "type": "work", "primary": true},
          {"value": "babs@jensen.org", "type": "home"}
        ],
        "phoneNumbers": [{"value": "tel:+1-555-555-5555", "type": "work"},
                         {"value": "tel:+1-555-555-4444", "type": "mobile"}],
        "addresses": [{"type": "work", "streetAddress": "100 Universal City Plaza",
                       "locality": "Hollywood", "region": "CA", "postalCode": "91608",
                       "country": "USA", "primary": true}],
        "roles": [{"value": "Admin", "type": "WindowsAzureActiveDirectoryRole", "primary": true}],
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
          "employeeNumber": "701984",
          "costCenter": "4130",
          "organization": "Universal Studios",
          "division": "Theme Park",
          "department": "Tour Operations",
          "manager": {"value": "26118915-6090-4610-87e4-49d8ca9f808d"}
        },
        "meta": {"resourceType": "User", "created": "2010-01-23T04:56:22Z",
                 "lastModified": "2011-05-13T04:42:34Z",
                 "location": "https://example.com/v2/Users/2819c223-7f76-453a-919d-413861904646"}
      }
      """;

  /**
   * Entra's five usual single-attribute updates, written as RFC 7644 says (every peer takes it).
   */
  static final String PATCH =
      """
      {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
       "Operations": [
         {"op": "replace", "path": "displayName", "value": "Barbara Jensen"},
         {"op": "replace", "path": "active", "value": false},
         {"op": "replace", "path": "emails[type eq \\"work\\"].value", "value": "barbara@example.com"},
         {"op": "replace", "path": "name.givenName", "value": "Barbara"},
         {"op": "replace",
          "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",
          "value": {"value": "boss-id"}}
       ]}
      """;

  /**
   * The same updates as Entra ID really sends them: capitalised ops, "False", a bare manager id.
   */
  static final String ENTRA_PATCH =
      """
      {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
       "Operations": [
         {"op": "Replace", "path": "displayName", "value": "Barbara Jensen"},
         {"op": "Replace", "path": "active", "value": "False"},
         {"op": "Add", "path": "emails[type eq \\"work\\"].value", "value": "barbara@example.com"},
         {"op": "Replace", "path": "name.givenName", "value": "Barbara"},
         {"op": "Add",
          "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",
          "value": "boss-id"}
       ]}
      """;
}
