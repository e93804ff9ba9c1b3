package io.scimworks.provisioning;

import io.scimworks.core.json.ScimJson;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** A directory and mappings like the reference scenario's. */
final class Fixtures {
  static final String MAPPING =
      """
      {
        "users": {
          "scope": "assigned",
          "scopingFilter": "department ne \\"Contractors\\"",
          "mappings": [
            {"target": "userName", "source": "userPrincipalName", "matching": 1},
            {"target": "externalId", "source": "objectId", "matching": 2},
            {"target": "active", "expression": "Not([IsSoftDeleted])"},
            {"target": "displayName", "source": "displayName"},
            {"target": "name.givenName", "source": "givenName"},
            {"target": "name.familyName", "source": "surname"},
            {"target": "title", "source": "jobTitle", "default": "Staff"},
            {"target": "emails[type eq \\"work\\"].value", "source": "mail"},
            {"target": "userType",
             "expression": "Switch([employeeType], \\"member\\", \\"Guest\\", \\"guest\\", \\"Admin\\", \\"admin\\")"},
            {"target": "locale", "constant": "en-US", "apply": "onCreate"},
            {"target": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department",
             "source": "department"}
          ]
        },
        "groups": {
          "mappings": [
            {"target": "displayName", "source": "displayName", "matching": 1},
            {"target": "externalId", "source": "objectId"}
          ]
        }
      }
      """;

  private Fixtures() {}

  static Mappings mappings() {
    return Mappings.fromJson(MAPPING);
  }

  static SourceUser user(int i) {
    return user(i, "Engineering");
  }

  static SourceUser user(int i, String department) {
    ObjectNode a = ScimJson.object();
    a.put("userPrincipalName", "user" + i + "@contoso.com");
    a.put("displayName", "User " + i);
    a.put("givenName", "Given" + i);
    a.put("surname", "Family" + i);
    a.put("mail", "user" + i + "@contoso.com");
    a.put("department", department);
    a.put("employeeType", i % 10 == 0 ? "Admin" : "Employee");
    return SourceUser.of("u" + i, a);
  }

  static SourceGroup group(int i, List<String> members) {
    ObjectNode a = ScimJson.object();
    a.put("displayName", "Group " + i);
    return SourceGroup.of("g" + i, a, members);
  }

  /** A directory of users 0..n-1 and groups 0..g-1, group k holding the users i with i % g == k. */
  static InMemoryDirectory directory(int n, int g) {
    InMemoryDirectory dir = new InMemoryDirectory();
    for (int i = 0; i < n; i++) {
      dir.putUser(user(i));
    }
    for (int k = 0; k < g; k++) {
      List<String> members = new java.util.ArrayList<>();
      for (int i = k; i < n; i += g) {
        members.add("u" + i);
      }
      dir.putGroup(group(k, members));
    }
    return dir;
  }
}
