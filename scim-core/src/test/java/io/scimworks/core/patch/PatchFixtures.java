package io.scimworks.core.patch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import tools.jackson.databind.node.ObjectNode;

/** Resources, engines and helpers shared by the PATCH tests. */
final class PatchFixtures {
  private PatchFixtures() {}

  static final SchemaRegistry REGISTRY = SchemaRegistry.defaults();
  static final ResourceType USER = REGISTRY.resourceType("User").orElseThrow();
  static final ResourceType GROUP = REGISTRY.resourceType("Group").orElseThrow();
  static final PatchEngine USERS = PatchEngine.of(REGISTRY, USER);
  static final PatchEngine GROUPS = PatchEngine.of(REGISTRY, GROUP);
  static final PatchEngine STRICT_USERS = PatchEngine.of(REGISTRY, USER, PatchOptions.strict());
  static final PatchEngine STRICT_GROUPS = PatchEngine.of(REGISTRY, GROUP, PatchOptions.strict());

  static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  /** A user as an Entra-provisioned SaaS app stores it. */
  static ObjectNode user() {
    return ScimJson.readObject(
        """
        {
          "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
          "id": "2819c223-7f76-453a-919d-413861904646",
          "externalId": "bjensen",
          "userName": "bjensen@example.com",
          "name": {"formatted": "Ms. Barbara J Jensen III", "familyName": "Jensen",
                   "givenName": "Barbara"},
          "displayName": "Babs Jensen",
          "title": "Tour Guide",
          "userType": "member",
          "locale": "en-US",
          "timezone": "America/Los_Angeles",
          "active": true,
          "emails": [
            {"value": "bjensen@example.com", "type": "work", "primary": true},
            {"value": "babs@jensen.org", "type": "home"}
          ],
          "phoneNumbers": [{"value": "555-555-5555", "type": "work"}],
          "roles": [{"value": "Admin", "type": "WindowsAzureActiveDirectoryRole", "primary": true}],
          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
            "employeeNumber": "701984",
            "department": "Tour Operations",
            "manager": {"value": "26118915-6090-4610-87e4-49d8ca9f808d"}
          },
          "meta": {"resourceType": "User", "created": "2010-01-23T04:56:22Z",
                   "lastModified": "2011-05-13T04:42:34Z", "version": "W/\\"3694e05e9dff590\\"",
                   "location": "https://example.com/v2/Users/2819c223-7f76-453a-919d-413861904646"}
        }
        """);
  }

  /** A group with two members. */
  static ObjectNode group() {
    return ScimJson.readObject(
        """
        {
          "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
          "id": "e9e30dba-f08f-4109-8486-d5c6a331660a",
          "displayName": "Tour Guides",
          "members": [
            {"value": "2819c223-7f76-453a-919d-413861904646", "display": "Babs Jensen"},
            {"value": "902c246b-6245-4190-8e05-00816be7344a", "display": "Mandy Pepperidge"}
          ],
          "meta": {"resourceType": "Group", "created": "2010-01-23T04:56:22Z"}
        }
        """);
  }

  /** A request of the given operations, each a JSON object text. */
  static PatchRequest request(String... operations) {
    return PatchRequest.fromJson(
        ScimJson.readObject(
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
                + String.join(",", operations)
                + "]}"));
  }

  /** Applies the operations to the resource with the engine and returns the new resource. */
  static ObjectNode patch(PatchEngine engine, ObjectNode resource, String... operations) {
    return engine.apply(resource, request(operations)).resource();
  }

  static ObjectNode json(String text) {
    return ScimJson.readObject(text);
  }

  /** Asserts that applying the operations fails with the given scimType. */
  static void assertRejected(
      PatchEngine engine, ObjectNode resource, String scimType, String... operations) {
    assertThatThrownBy(() -> patch(engine, resource, operations))
        .isInstanceOf(ScimException.class)
        .satisfies(
            e -> {
              ScimException s = (ScimException) e;
              org.assertj.core.api.Assertions.assertThat(s.status()).isEqualTo(400);
              org.assertj.core.api.Assertions.assertThat(s.scimType()).isEqualTo(scimType);
            });
  }
}
