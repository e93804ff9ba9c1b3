package io.scimworks.core.patch;

import static io.scimworks.core.patch.PatchFixtures.ENTERPRISE;
import static io.scimworks.core.patch.PatchFixtures.GROUPS;
import static io.scimworks.core.patch.PatchFixtures.STRICT_USERS;
import static io.scimworks.core.patch.PatchFixtures.USERS;
import static io.scimworks.core.patch.PatchFixtures.assertRejected;
import static io.scimworks.core.patch.PatchFixtures.group;
import static io.scimworks.core.patch.PatchFixtures.json;
import static io.scimworks.core.patch.PatchFixtures.patch;
import static io.scimworks.core.patch.PatchFixtures.request;
import static io.scimworks.core.patch.PatchFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.ScimException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** RFC 7644 §3.5.2, rule by rule. */
class PatchEngineRfcTest {

  @Nested
  class Add {
    @Test
    void addsAnAttributeThatHasNoValue() {
      ObjectNode out =
          patch(USERS, user(), "{\"op\":\"add\",\"path\":\"nickName\",\"value\":\"Babs\"}");
      assertThat(out.get("nickName").stringValue()).isEqualTo("Babs");
    }

    @Test
    void replacesTheValueOfASingleValuedAttribute() {
      ObjectNode out =
          patch(USERS, user(), "{\"op\":\"add\",\"path\":\"title\",\"value\":\"Boss\"}");
      assertThat(out.get("title").stringValue()).isEqualTo("Boss");
    }

    @Test
    void appendsToAMultiValuedAttribute() {
      ObjectNode out =
          patch(
              USERS,
              user(),
              "{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"value\":\"b@x.org\",\"type\":\"other\"}]}");
      assertThat(out.get("emails")).hasSize(3);
      assertThat(out.get("emails").get(2).get("value").stringValue()).isEqualTo("b@x.org");
    }

    @Test
    void doesNotDuplicateAValueThatIsAlreadyThere() {
      PatchResult result =
          USERS.apply(
              user(),
              request(
                  "{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"value\":\"BJENSEN@example.com\",\"type\":\"work\"}]}"));
      assertThat(result.resource().get("emails")).hasSize(2);
      assertThat(result.changed()).isFalse();
    }

    @Test
    void doesNotDuplicateAValueGivenTwiceInOneAdd() {
      // to an attribute without values the array was stored as given: X1 and x1 both kept,
      // while a later add of x1 was found to be there (members.value is not caseExact)
      ObjectNode empty = group();
      empty.remove("members");
      String twice = "[{\"value\":\"X1\"},{\"value\":\"x1\",\"display\":\"One\"}]";

      ObjectNode byPath =
          patch(GROUPS, empty, "{\"op\":\"add\",\"path\":\"members\",\"value\":" + twice + "}");
      ObjectNode noPath =
          patch(GROUPS, empty, "{\"op\":\"add\",\"value\":{\"members\":" + twice + "}}");
      PatchResult again =
          GROUPS.apply(
              byPath,
              request("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"x1\"}]}"));

      assertThat(byPath.get("members")).hasSize(1);
      assertThat(byPath.get("members").get(0).get("value").stringValue()).isEqualTo("X1");
      assertThat(byPath.get("members").get(0).get("display").stringValue()).isEqualTo("One");
      assertThat(noPath.get("members")).isEqualTo(byPath.get("members"));
      assertThat(again.changed()).isFalse();
    }

    @Test
    void keepsValuesThatDifferInCaseWhereTheSchemaIsCaseExact() {
      ObjectNode none = user();
      none.remove("x509Certificates");
      ObjectNode out =
          patch(
              USERS,
              none,
              "{\"op\":\"add\",\"path\":\"x509Certificates\","
                  + "\"value\":[{\"value\":\"QUJD\"},{\"value\":\"qujd\"},{\"value\":\"QUJD\"}]}");
      assertThat(out.get("x509Certificates")).hasSize(2);
    }

    @Test
    void mergesSubAttributesIntoAComplexAttribute() {
      ObjectNode out =
          patch(
              USERS, user(), "{\"op\":\"add\",\"path\":\"name\",\"value\":{\"middleName\":\"J\"}}");
      assertThat(out.get("name").get("middleName").stringValue()).isEqualTo("J");
      assertThat(out.get("name").get("familyName").stringValue()).isEqualTo("Jensen");
    }

    @Test
    void withoutPathMergesAnObjectOfAttributesIntoTheResource() {
      ObjectNode out =
          patch(
              USERS,
              user(),
              """
              {"op":"add","value":{"nickName":"Babs","emails":[{"value":"b@x.org","type":"other"}],
               "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"costCenter":"4130"}}}
              """);
      assertThat(out.get("nickName").stringValue()).isEqualTo("Babs");
      assertThat(out.get("emails")).hasSize(3);
      assertThat(out.get(ENTERPRISE).get("costCenter").stringValue()).isEqualTo("4130");
      assertThat(out.get(ENTERPRISE).get("employeeNumber").stringValue()).isEqualTo("701984");
    }

    @Test
    void toAPathNamingAWholeExtensionAddsItsAttributes() {
      ObjectNode out =
          patch(
              USERS,
              user(),
              "{\"op\":\"add\",\"path\":\""
                  + ENTERPRISE
                  + "\",\"value\":{\"costCenter\":\"4130\"}}");
      assertThat(out.get(ENTERPRISE).get("costCenter").stringValue()).isEqualTo("4130");
      assertThat(out.get(ENTERPRISE).get("employeeNumber").stringValue()).isEqualTo("701984");
    }

    @Test
    void toASubAttributeCreatesTheComplexAttribute() {
      ObjectNode resource = user();
      resource.remove("name");
      ObjectNode out =
          patch(USERS, resource, "{\"op\":\"add\",\"path\":\"name.givenName\",\"value\":\"Babs\"}");
      assertThat(out.get("name")).isEqualTo(json("{\"givenName\":\"Babs\"}"));
    }

    @Test
    void ofAnExtensionAttributeCreatesTheExtensionAndListsItsSchema() {
      ObjectNode resource = user();
      resource.remove(ENTERPRISE);
      ((tools.jackson.databind.node.ArrayNode) resource.get("schemas")).remove(1);
      ObjectNode out =
          patch(
              USERS,
              resource,
              "{\"op\":\"add\",\"path\":\"" + ENTERPRISE + ":costCenter\",\"value\":\"4130\"}");
      assertThat(out.get(ENTERPRISE).get("costCenter").stringValue()).isEqualTo("4130");
      assertThat(out.get("schemas").toString()).contains(ENTERPRISE);
    }

    @Test
    void needsAValue() {
      assertRejected(USERS, user(), "invalidValue", "{\"op\":\"add\",\"path\":\"title\"}");
    }

    @Test
    void settingPrimaryOnANewValueClearsItOnTheOthers() {
      ObjectNode out =
          patch(
              USERS,
              user(),
              "{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"value\":\"n@x.org\",\"type\":\"other\",\"primary\":true}]}");
      JsonNode emails = out.get("emails");
      assertThat(emails.get(0).get("primary").booleanValue()).isFalse();
      assertThat(emails.get(2).get("primary").booleanValue()).isTrue();
    }
  }

  @Nested
  class Replace {
    @Test
    void replacesASingleValuedAttribute() {
      ObjectNode out =
          patch(USERS, user(), "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Babs\"}");
      assertThat(out.get("displayName").stringValue()).isEqualTo("Babs");
    }

    @Test
    void replacesAllValuesOfAMultiValuedAttribute() {
      ObjectNode out =
          patch(
              USERS,
              user(),
              "{\"op\":\"replace\",\"path\":\"emails\",\"value\":[{\"value\":\"only@x.org\",\"type\":\"work\"}]}");
      assertThat(out.get("emails")).hasSize(1);
    }

    @Test
    void ofAnAttributeThatDoesNotExistAddsIt() {
      ObjectNode out =
          patch(USERS, user(), "{\"op\":\"replace\",\"path\":\"nickName\",\"value\":\"Babs\"}");
      assertThat(out.get("nickName").stringValue()).isEqualTo("Babs");
    }

    @Test
    void ofAComplexAttributeLeavesSubAttributesNotGivenUnchanged() {
      ObjectNode out =
          patch(
              USERS,
              user(),
              "{\"op\":\"replace\",\"path\":\"name\",\"value\":{\"givenName\":\"Babs\"}}");
      assertThat(out.get("name").get("givenName").stringValue()).isEqualTo("Babs");
      assertThat(out.get("name").get("familyName").stringValue()).isEqualTo("Jensen");
    }

    @Test
    void withAFilterReplacesEveryMatchingValue() {
      ObjectNode out =
          patch(
              USERS,
              user(),
              "{\"op\":\"replace\",\"path\":\"emails[type eq \\\"home\\\"]\",\"value\":{\"value\":\"h@x.org\",\"type\":\"home\"}}");
      assertThat(out.get("emails").get(1))
          .isEqualTo(json("{\"value\":\"h@x.org\",\"type\":\"home\"}"));
      assertThat(out.get("emails").get(0).get("value").stringValue())
          .isEqualTo("bjensen@example.com");
    }

    @Test
    void withAFilterAndSubAttributeReplacesThatSubAttributeOfMatchingValues() {
      ObjectNode out =
          patch(
              USERS,
              user(),
              "{\"op\":\"replace\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"w@x.org\"}");
      assertThat(out.get("emails").get(0).get("value").stringValue()).isEqualTo("w@x.org");
      assertThat(out.get("emails").get(0).get("primary").booleanValue()).isTrue();
    }

    @Test
    void withAFilterMatchingNothingIsNoTarget() {
      assertRejected(
          USERS,
          user(),
          "noTarget",
          "{\"op\":\"replace\",\"path\":\"emails[type eq \\\"other\\\"].value\",\"value\":\"x@x.org\"}");
    }

    @Test
    void withoutPathReplacesEachAttributeGiven() {
      ObjectNode out =
          patch(
              USERS,
              user(),
              "{\"op\":\"replace\",\"value\":{\"displayName\":\"Babs\",\"emails\":[{\"value\":\"o@x.org\"}]}}");
      assertThat(out.get("displayName").stringValue()).isEqualTo("Babs");
      assertThat(out.get("emails")).hasSize(1);
      assertThat(out.get("userName").stringValue()).isEqualTo("bjensen@example.com");
    }

    @Test
    void withNullUnassignsTheAttribute() {
      ObjectNode out =
          patch(USERS, user(), "{\"op\":\"replace\",\"path\":\"title\",\"value\":null}");
      assertThat(out.has("title")).isFalse();
    }

    @Test
    void settingPrimaryOnAValueClearsItOnTheOthers() {
      ObjectNode out =
          patch(
              USERS,
              user(),
              "{\"op\":\"replace\",\"path\":\"emails[type eq \\\"home\\\"].primary\",\"value\":true}");
      assertThat(out.get("emails").get(0).get("primary").booleanValue()).isFalse();
      assertThat(out.get("emails").get(1).get("primary").booleanValue()).isTrue();
    }
  }

  @Nested
  class Remove {
    @Test
    void withoutPathIsNoTarget() {
      assertRejected(USERS, user(), "noTarget", "{\"op\":\"remove\"}");
    }

    @Test
    void removesASingleValuedAttribute() {
      ObjectNode out = patch(USERS, user(), "{\"op\":\"remove\",\"path\":\"title\"}");
      assertThat(out.has("title")).isFalse();
    }

    @Test
    void removesAllValuesOfAMultiValuedAttributeWithoutFilter() {
      ObjectNode out = patch(USERS, user(), "{\"op\":\"remove\",\"path\":\"emails\"}");
      assertThat(out.has("emails")).isFalse();
    }

    @Test
    void removesTheValuesMatchingAFilter() {
      ObjectNode out =
          patch(
              GROUPS,
              group(),
              "{\"op\":\"remove\",\"path\":\"members[value eq \\\"2819c223-7f76-453a-919d-413861904646\\\"]\"}");
      assertThat(out.get("members")).hasSize(1);
      assertThat(out.get("members").get(0).get("value").stringValue()).startsWith("902c246b");
    }

    @Test
    void removingTheLastValueUnassignsTheAttribute() {
      ObjectNode out =
          patch(
              USERS, user(), "{\"op\":\"remove\",\"path\":\"phoneNumbers[type eq \\\"work\\\"]\"}");
      assertThat(out.has("phoneNumbers")).isFalse();
    }

    @Test
    void removesASubAttributeOfMatchingValues() {
      ObjectNode out =
          patch(
              USERS,
              user(),
              "{\"op\":\"remove\",\"path\":\"emails[type eq \\\"work\\\"].primary\"}");
      assertThat(out.get("emails").get(0).has("primary")).isFalse();
      assertThat(out.get("emails").get(0).get("value").stringValue())
          .isEqualTo("bjensen@example.com");
    }

    @Test
    void removesASubAttributeOfAComplexAttribute() {
      ObjectNode out = patch(USERS, user(), "{\"op\":\"remove\",\"path\":\"name.givenName\"}");
      assertThat(out.get("name").has("givenName")).isFalse();
    }

    @Test
    void withAFilterMatchingNothingChangesNothing() {
      PatchResult result =
          USERS.apply(
              user(), request("{\"op\":\"remove\",\"path\":\"emails[type eq \\\"other\\\"]\"}"));
      assertThat(result.changed()).isFalse();
      assertThat(result.resource()).isEqualTo(user());
    }

    @Test
    void ofAnAttributeWithoutValueChangesNothing() {
      PatchResult result =
          USERS.apply(user(), request("{\"op\":\"remove\",\"path\":\"nickName\"}"));
      assertThat(result.changed()).isFalse();
    }

    @Test
    void ofARequiredAttributeIsAMutabilityError() {
      assertRejected(USERS, user(), "mutability", "{\"op\":\"remove\",\"path\":\"userName\"}");
    }

    @Test
    void ofAWholeExtensionDropsItAndItsSchema() {
      ObjectNode out = patch(USERS, user(), "{\"op\":\"remove\",\"path\":\"" + ENTERPRISE + "\"}");
      assertThat(out.has(ENTERPRISE)).isFalse();
      assertThat(out.get("schemas")).hasSize(1);
    }

    @Test
    void ofTheLastExtensionAttributeDropsTheExtensionAndItsSchema() {
      ObjectNode out =
          patch(
              USERS,
              user(),
              "{\"op\":\"remove\",\"path\":\"" + ENTERPRISE + ":employeeNumber\"}",
              "{\"op\":\"remove\",\"path\":\"" + ENTERPRISE + ":department\"}",
              "{\"op\":\"remove\",\"path\":\"" + ENTERPRISE + ":manager\"}");
      assertThat(out.has(ENTERPRISE)).isFalse();
      assertThat(out.get("schemas")).hasSize(1);
    }
  }

  @Nested
  class Errors {
    @Test
    void aReadOnlyAttributeCannotBeReplaced() {
      assertRejected(
          USERS, user(), "mutability", "{\"op\":\"replace\",\"path\":\"id\",\"value\":\"x\"}");
    }

    @Test
    void aReadOnlyAttributeCannotBeRemoved() {
      assertRejected(USERS, user(), "mutability", "{\"op\":\"remove\",\"path\":\"meta\"}");
    }

    @Test
    void aReadOnlySubAttributeCannotBeSetByPath() {
      assertRejected(
          USERS,
          user(),
          "mutability",
          "{\"op\":\"replace\",\"path\":\""
              + ENTERPRISE
              + ":manager.displayName\",\"value\":\"Boss\"}");
    }

    @Test
    void readOnlyAttributesInAnObjectWithoutPathAreIgnored() {
      ObjectNode out =
          patch(
              USERS,
              user(),
              "{\"op\":\"replace\",\"value\":{\"id\":\"other\",\"title\":\"Boss\"}}");
      assertThat(out.get("id").stringValue()).isEqualTo("2819c223-7f76-453a-919d-413861904646");
      assertThat(out.get("title").stringValue()).isEqualTo("Boss");
    }

    @Test
    void anImmutableValueCannotChange() {
      ObjectNode g = group();
      g.putObject("x"); // unrelated noise must not matter
      g.remove("x");
      assertRejected(
          GROUPS,
          g,
          "mutability",
          "{\"op\":\"replace\",\"path\":\"members[value eq \\\"2819c223-7f76-453a-919d-413861904646\\\"].value\",\"value\":\"other\"}");
    }

    @Test
    void anImmutableSubAttributeOfAFilteredElementCannotBeRewrittenByAdd() {
      assertRejected(
          GROUPS,
          group(),
          "mutability",
          "{\"op\":\"add\",\"path\":\"members[value eq \\\"2819c223-7f76-453a-919d-413861904646\\\"]\",\"value\":{\"display\":\"x\"}}");
    }

    @Test
    void anUnknownAttributeIsAnInvalidPath() {
      assertRejected(
          USERS,
          user(),
          "invalidPath",
          "{\"op\":\"replace\",\"path\":\"shoeSize\",\"value\":\"9\"}");
    }

    @Test
    void anUnknownSubAttributeIsAnInvalidPath() {
      assertRejected(
          USERS,
          user(),
          "invalidPath",
          "{\"op\":\"replace\",\"path\":\"emails[type eq \\\"work\\\"].colour\",\"value\":\"red\"}");
    }

    @Test
    void aFilterOnASingleValuedAttributeIsAnInvalidPath() {
      assertRejected(
          USERS,
          user(),
          "invalidPath",
          "{\"op\":\"replace\",\"path\":\"name[givenName eq \\\"x\\\"]\",\"value\":{}}");
    }

    @Test
    void aPathThatDoesNotParseIsAnInvalidPath() {
      assertThatThrownBy(
              () -> request("{\"op\":\"replace\",\"path\":\"emails[type eq\",\"value\":\"x\"}"))
          .isInstanceOfSatisfying(
              ScimException.class, e -> assertThat(e.scimType()).isEqualTo("invalidPath"));
    }

    @Test
    void aValueOfTheWrongTypeIsAnInvalidValue() {
      assertRejected(
          USERS,
          user(),
          "invalidValue",
          "{\"op\":\"replace\",\"path\":\"active\",\"value\":\"yes\"}");
      assertRejected(
          USERS,
          user(),
          "invalidValue",
          "{\"op\":\"replace\",\"path\":\"title\",\"value\":{\"a\":1}}");
      assertRejected(
          USERS, user(), "invalidValue", "{\"op\":\"replace\",\"path\":\"name\",\"value\":\"x\"}");
    }

    @Test
    void theDetailNamesTheOperationAndItsPath() {
      assertThatThrownBy(
              () ->
                  patch(
                      USERS,
                      user(),
                      "{\"op\":\"replace\",\"path\":\"emails[type eq \\\"other\\\"].value\",\"value\":\"x\"}"))
          .isInstanceOfSatisfying(
              ScimException.class,
              e ->
                  assertThat(e.detail())
                      .contains("Operations[0]")
                      .contains("emails[type eq \"other\"].value"));
    }

    @Test
    void strictModeRejectsCapitalisedOps() {
      assertThatThrownBy(
              () ->
                  PatchRequest.fromJson(
                      json(
                          "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"Replace\",\"path\":\"title\",\"value\":\"x\"}]}"),
                      PatchOptions.strict()))
          .isInstanceOfSatisfying(
              ScimException.class, e -> assertThat(e.scimType()).isEqualTo("invalidSyntax"));
      assertThat(STRICT_USERS.options()).isEqualTo(PatchOptions.strict());
    }
  }

  @Nested
  class Atomicity {
    @Test
    void aFailingOperationRejectsTheWholeRequestAndTheInputIsUntouched() {
      ObjectNode input = user();
      ObjectNode before = input.deepCopy();
      assertThatThrownBy(
              () ->
                  patch(
                      USERS,
                      input,
                      "{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Boss\"}",
                      "{\"op\":\"replace\",\"path\":\"emails[type eq \\\"fax\\\"].value\",\"value\":\"f@x.org\"}"))
          .isInstanceOf(ScimException.class);
      assertThat(input).isEqualTo(before);
    }

    @Test
    void theInputIsNeverMutatedOnSuccess() {
      ObjectNode input = user();
      ObjectNode before = input.deepCopy();
      PatchResult result =
          USERS.apply(input, request("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Boss\"}"));
      assertThat(input).isEqualTo(before);
      assertThat(result.changed()).isTrue();
      assertThat(result.resource()).isNotSameAs(input);
    }

    @Test
    void theRequestIsNotAliasedIntoTheResult() {
      PatchRequest req =
          request(
              "{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"value\":\"n@x.org\",\"type\":\"other\"}]}");
      ObjectNode first = USERS.apply(user(), req).resource();
      ((ObjectNode) first.get("emails").get(2)).put("value", "changed@x.org");
      ObjectNode second = USERS.apply(user(), req).resource();
      assertThat(second.get("emails").get(2).get("value").stringValue()).isEqualTo("n@x.org");
    }

    @Test
    void aNoOpReportsNoChange() {
      PatchResult result =
          USERS.apply(
              user(), request("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Tour Guide\"}"));
      assertThat(result.changed()).isFalse();
    }
  }
}
