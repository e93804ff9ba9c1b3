package io.scimworks.core.patch;

import static io.scimworks.core.patch.PatchFixtures.ENTERPRISE;
import static io.scimworks.core.patch.PatchFixtures.GROUPS;
import static io.scimworks.core.patch.PatchFixtures.REGISTRY;
import static io.scimworks.core.patch.PatchFixtures.STRICT_GROUPS;
import static io.scimworks.core.patch.PatchFixtures.STRICT_USERS;
import static io.scimworks.core.patch.PatchFixtures.USER;
import static io.scimworks.core.patch.PatchFixtures.USERS;
import static io.scimworks.core.patch.PatchFixtures.assertRejected;
import static io.scimworks.core.patch.PatchFixtures.group;
import static io.scimworks.core.patch.PatchFixtures.json;
import static io.scimworks.core.patch.PatchFixtures.patch;
import static io.scimworks.core.patch.PatchFixtures.request;
import static io.scimworks.core.patch.PatchFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What Microsoft Entra ID's provisioning service sends (see ENTRA.md), accepted by default. */
class EntraPatchTest {
  private static final String MEMBER_A = "2819c223-7f76-453a-919d-413861904646";
  private static final String MEMBER_B = "902c246b-6245-4190-8e05-00816be7344a";

  @Test
  void entraCapitalisedOpsAreAccepted() {
    ObjectNode out =
        patch(
            USERS,
            user(),
            "{\"op\":\"Replace\",\"path\":\"title\",\"value\":\"Boss\"}",
            "{\"op\":\"Add\",\"path\":\"nickName\",\"value\":\"Babs\"}",
            "{\"op\":\"Remove\",\"path\":\"locale\"}");
    assertThat(out.get("title").stringValue()).isEqualTo("Boss");
    assertThat(out.get("nickName").stringValue()).isEqualTo("Babs");
    assertThat(out.has("locale")).isFalse();
  }

  @Test
  void entraActiveAsTheStringFalseDisablesTheUser() {
    ObjectNode out =
        patch(USERS, user(), "{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}");
    assertThat(out.get("active").isBoolean()).isTrue();
    assertThat(out.get("active").booleanValue()).isFalse();
  }

  @Test
  void entraPrimaryAsTheStringTrueIsABoolean() {
    ObjectNode out =
        patch(
            USERS,
            user(),
            "{\"op\":\"Add\",\"path\":\"roles\",\"value\":[{\"value\":\"Reader\",\"primary\":\"True\"}]}");
    JsonNode roles = out.get("roles");
    assertThat(roles.get(1).get("primary").isBoolean()).isTrue();
    assertThat(roles.get(1).get("primary").booleanValue()).isTrue();
    assertThat(roles.get(0).get("primary").booleanValue()).isFalse();
  }

  @Test
  void entraBooleanStringsAreRejectedInStrictMode() {
    assertRejected(
        STRICT_USERS,
        user(),
        "invalidValue",
        "{\"op\":\"replace\",\"path\":\"active\",\"value\":\"False\"}");
  }

  @Test
  void entraAadOptscim062020NoPathReplaceWithDottedAndUrnKeys() {
    ObjectNode out =
        patch(
            USERS,
            user(),
            """
            {"op":"replace","value":{
              "name.givenName":"Barbie",
              "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber":"7",
              "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value":"m-2",
              "active":false}}
            """);
    assertThat(out.get("name").get("givenName").stringValue()).isEqualTo("Barbie");
    assertThat(out.get("name").get("familyName").stringValue()).isEqualTo("Jensen");
    assertThat(out.get(ENTERPRISE).get("employeeNumber").stringValue()).isEqualTo("7");
    assertThat(out.get(ENTERPRISE).get("manager")).isEqualTo(json("{\"value\":\"m-2\"}"));
    assertThat(out.get(ENTERPRISE).get("department").stringValue()).isEqualTo("Tour Operations");
    assertThat(out.get("active").booleanValue()).isFalse();
  }

  @Test
  void entraDottedKeysAreUnknownAttributesInStrictMode() {
    assertRejected(
        STRICT_USERS,
        user(),
        "invalidPath",
        "{\"op\":\"replace\",\"value\":{\"name.givenName\":\"B\"}}");
  }

  @Test
  void entraRemoveMembersWithAValueArrayRemovesExactlyThoseMembers() {
    ObjectNode out =
        patch(
            GROUPS,
            group(),
            "{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"$ref\":null,\"value\":\""
                + MEMBER_A
                + "\"}]}");
    assertThat(out.get("members")).hasSize(1);
    assertThat(out.get("members").get(0).get("value").stringValue()).isEqualTo(MEMBER_B);
  }

  @Test
  void entraRemoveOfAMemberThatIsNotThereRemovesNobody() {
    PatchResult result =
        GROUPS.apply(
            group(),
            request(
                "{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"$ref\":null,\"value\":\"nobody\"}]}"));
    assertThat(result.changed()).isFalse();
    assertThat(result.resource().get("members")).hasSize(2);
  }

  @Test
  void entraRemoveMembersWithAValueFollowsTheRfcLetterInStrictMode() {
    ObjectNode out =
        patch(
            STRICT_GROUPS,
            group(),
            "{\"op\":\"remove\",\"path\":\"members\",\"value\":[{\"value\":\""
                + MEMBER_A
                + "\"}]}");
    assertThat(out.has("members")).isFalse();
  }

  @Test
  void entraAddsSeveralMembersAtOnceWithNullRefs() {
    ObjectNode out =
        patch(
            GROUPS,
            group(),
            "{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"$ref\":null,\"value\":\"m-3\"},"
                + "{\"$ref\":null,\"value\":\"m-4\"},{\"$ref\":null,\"value\":\""
                + MEMBER_A
                + "\"}]}");
    JsonNode members = out.get("members");
    assertThat(members).hasSize(4);
    assertThat(members.get(2)).isEqualTo(json("{\"value\":\"m-3\"}"));
    assertThat(members.get(0).get("display").stringValue()).isEqualTo("Babs Jensen");
  }

  @Test
  void entraAddOnAFilteredPathCreatesTheMissingElement() {
    ObjectNode resource = user();
    resource.remove("phoneNumbers");
    ObjectNode out =
        patch(
            USERS,
            resource,
            "{\"op\":\"Add\",\"path\":\"phoneNumbers[type eq \\\"mobile\\\"].value\",\"value\":\"+1 555 0100\"}");
    assertThat(out.get("phoneNumbers"))
        .containsExactly(json("{\"type\":\"mobile\",\"value\":\"+1 555 0100\"}"));
  }

  @Test
  void entraRepeatedFilteredAddUpdatesTheElementInsteadOfDuplicatingIt() {
    ObjectNode once =
        patch(
            USERS,
            user(),
            "{\"op\":\"Add\",\"path\":\"addresses[type eq \\\"work\\\"].streetAddress\",\"value\":\"1 Main St\"}");
    ObjectNode twice =
        patch(
            USERS,
            once,
            "{\"op\":\"Add\",\"path\":\"addresses[type eq \\\"work\\\"].streetAddress\",\"value\":\"2 Main St\"}");
    assertThat(twice.get("addresses")).hasSize(1);
    assertThat(twice.get("addresses").get(0).get("streetAddress").stringValue())
        .isEqualTo("2 Main St");
  }

  @Test
  void entraFilteredAddOfAnExistingWorkEmailUpdatesIt() {
    ObjectNode out =
        patch(
            USERS,
            user(),
            "{\"op\":\"Add\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"new@example.com\"}");
    assertThat(out.get("emails")).hasSize(2);
    assertThat(out.get("emails").get(0).get("value").stringValue()).isEqualTo("new@example.com");
  }

  @Test
  void entraFilteredAddIsNoTargetInStrictMode() {
    assertRejected(
        STRICT_USERS,
        user(),
        "noTarget",
        "{\"op\":\"add\",\"path\":\"phoneNumbers[type eq \\\"mobile\\\"].value\",\"value\":\"1\"}");
  }

  @Test
  void entraManagerAsABareIdStringBecomesTheComplexForm() {
    ObjectNode out =
        patch(
            USERS,
            user(),
            "{\"op\":\"Add\",\"path\":\"" + ENTERPRISE + ":manager\",\"value\":\"boss-id\"}");
    assertThat(out.get(ENTERPRISE).get("manager")).isEqualTo(json("{\"value\":\"boss-id\"}"));
  }

  @Test
  void entraManagerInTheOlderArrayFormBecomesTheComplexForm() {
    ObjectNode out =
        patch(
            USERS,
            user(),
            "{\"op\":\"Replace\",\"path\":\""
                + ENTERPRISE
                + ":manager\",\"value\":[{\"$ref\":\"../Users/boss-id\",\"value\":\"boss-id\"}]}");
    assertThat(out.get(ENTERPRISE).get("manager"))
        .isEqualTo(json("{\"value\":\"boss-id\",\"$ref\":\"../Users/boss-id\"}"));
  }

  @Test
  void entraManagerIsClearedByReplaceWithAnEmptyValue() {
    ObjectNode out =
        patch(
            USERS,
            user(),
            "{\"op\":\"Replace\",\"path\":\""
                + ENTERPRISE
                + ":manager\",\"value\":{\"value\":\"\"}}");
    assertThat(out.get(ENTERPRISE).has("manager")).isFalse();
    assertThat(out.get(ENTERPRISE).get("employeeNumber").stringValue()).isEqualTo("701984");
  }

  @Test
  void entraManagerBareIdIsRejectedInStrictMode() {
    assertRejected(
        STRICT_USERS,
        user(),
        "invalidValue",
        "{\"op\":\"add\",\"path\":\"" + ENTERPRISE + ":manager\",\"value\":\"boss-id\"}");
  }

  @Test
  void entraRoleWhoseValueIsAJsonStringIsDecodedIntoTheRole() {
    ObjectNode out =
        patch(
            USERS,
            user(),
            "{\"op\":\"Add\",\"path\":\"roles\",\"value\":[{\"value\":"
                + "\"{\\\"id\\\":\\\"2f5f0b5a\\\",\\\"value\\\":\\\"Writer\\\",\\\"displayName\\\":\\\"Content Writer\\\"}\"}]}");
    assertThat(out.get("roles").get(1))
        .isEqualTo(json("{\"value\":\"Writer\",\"display\":\"Content Writer\"}"));
  }

  @Test
  void entraRoleJsonStringIsKeptAsIsWhenDecodingIsOff() {
    PatchEngine engine =
        PatchEngine.of(REGISTRY, USER, PatchOptions.builder().decodeJsonRoleValues(false).build());
    String raw = "{\\\"id\\\":\\\"1\\\",\\\"value\\\":\\\"Writer\\\"}";
    ObjectNode out =
        patch(
            engine,
            user(),
            "{\"op\":\"Add\",\"path\":\"roles\",\"value\":[{\"value\":\"" + raw + "\"}]}");
    assertThat(out.get("roles").get(1).get("value").stringValue()).startsWith("{\"id\"");
  }

  @Test
  void entraTypicalUserUpdateOfFiveOperationsAppliesWhole() {
    PatchResult result =
        USERS.apply(
            user(),
            request(
                "{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"Barbara Jensen\"}",
                "{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}",
                "{\"op\":\"Add\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"barbara@example.com\"}",
                "{\"op\":\"Replace\",\"path\":\"name.givenName\",\"value\":\"Barbara\"}",
                "{\"op\":\"Add\",\"path\":\"" + ENTERPRISE + ":manager\",\"value\":\"boss-id\"}"));
    ObjectNode out = result.resource();
    assertThat(result.changed()).isTrue();
    assertThat(out.get("displayName").stringValue()).isEqualTo("Barbara Jensen");
    assertThat(out.get("active").booleanValue()).isFalse();
    assertThat(out.get("emails").get(0).get("value").stringValue())
        .isEqualTo("barbara@example.com");
    assertThat(out.get(ENTERPRISE).get("manager").get("value").stringValue()).isEqualTo("boss-id");
  }

  @Test
  void entraValidatorSeveralOperationsOnTheSameAttributeApplyInOrder() {
    ObjectNode out =
        patch(
            USERS,
            user(),
            "{\"op\":\"Replace\",\"path\":\"title\",\"value\":\"A\"}",
            "{\"op\":\"Replace\",\"path\":\"title\",\"value\":\"B\"}",
            "{\"op\":\"Add\",\"path\":\"nickName\",\"value\":\"C\"}",
            "{\"op\":\"Remove\",\"path\":\"nickName\"}");
    assertThat(out.get("title").stringValue()).isEqualTo("B");
    assertThat(out.has("nickName")).isFalse();
  }

  @Test
  void entraValidatorAddsAMemberWithReplaceOnMembers() {
    ObjectNode out =
        patch(
            GROUPS,
            group(),
            "{\"op\":\"replace\",\"path\":\"members\",\"value\":[{\"value\":\"m-9\"}]}");
    assertThat(out.get("members")).containsExactly(json("{\"value\":\"m-9\"}"));
  }

  @Test
  void entraSingleAppRoleFilterWithPrimaryAsTheStringTrueFindsThePrimaryRole() {
    // Entra's SingleAppRoleAssignment mapping writes roles[primary eq "True"].value
    ObjectNode out =
        patch(
            USERS,
            user(),
            "{\"op\":\"Replace\",\"path\":\"roles[primary eq \\\"True\\\"].value\","
                + "\"value\":\"Reader\"}");
    assertThat(out.get("roles")).hasSize(1);
    assertThat(out.get("roles").get(0).get("value").stringValue()).isEqualTo("Reader");
    assertThat(out.get("roles").get(0).get("primary").booleanValue()).isTrue();
  }

  @Test
  void entraFilteredAddOnPrimaryTrueCreatesAPrimaryRoleWithABoolean() {
    ObjectNode bare = user();
    bare.remove("roles");
    ObjectNode out =
        patch(
            USERS,
            bare,
            "{\"op\":\"Add\",\"path\":\"roles[primary eq \\\"True\\\"].value\","
                + "\"value\":\"Reader\"}",
            "{\"op\":\"Add\",\"path\":\"roles[primary eq \\\"true\\\"].value\","
                + "\"value\":\"Writer\"}");
    assertThat(out.get("roles")).hasSize(1);
    assertThat(out.get("roles").get(0).get("value").stringValue()).isEqualTo("Writer");
    assertThat(out.get("roles").get(0).get("primary").isBoolean()).isTrue();
  }

  @Test
  void entraBooleanStringInAValueFilterIsAnInvalidFilterInStrictMode() {
    // a string compared with a boolean attribute: refused, not a filter that matches nothing
    assertRejected(
        STRICT_USERS,
        user(),
        "invalidFilter",
        "{\"op\":\"replace\",\"path\":\"roles[primary eq \\\"True\\\"].value\","
            + "\"value\":\"Reader\"}");
  }
}
