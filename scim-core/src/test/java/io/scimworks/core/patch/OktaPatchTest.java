package io.scimworks.core.patch;

import static io.scimworks.core.patch.PatchFixtures.GROUPS;
import static io.scimworks.core.patch.PatchFixtures.USERS;
import static io.scimworks.core.patch.PatchFixtures.group;
import static io.scimworks.core.patch.PatchFixtures.json;
import static io.scimworks.core.patch.PatchFixtures.patch;
import static io.scimworks.core.patch.PatchFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** What Okta sends (see ENTRA.md, Okta section). */
class OktaPatchTest {

  @Test
  void oktaDeactivatesWithANoPathReplaceOfActive() {
    ObjectNode out = patch(USERS, user(), "{\"op\":\"replace\",\"value\":{\"active\":false}}");
    assertThat(out.get("active").booleanValue()).isFalse();
    ObjectNode expected = user();
    expected.put("active", false);
    assertThat(out).isEqualTo(expected);
  }

  @Test
  void oktaGroupPushRemovesByFilterAddsWithDisplayAndRenamesInOneRequest() {
    ObjectNode out =
        patch(
            GROUPS,
            group(),
            "{\"op\":\"remove\",\"path\":\"members[value eq \\\"2819c223-7f76-453a-919d-413861904646\\\"]\"}",
            "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"00u1\",\"display\":\"dev@okta.example\"}]}",
            "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Guides\"}");
    assertThat(out.get("displayName").stringValue()).isEqualTo("Guides");
    assertThat(out.get("members"))
        .containsExactly(
            json(
                "{\"value\":\"902c246b-6245-4190-8e05-00816be7344a\",\"display\":\"Mandy Pepperidge\"}"),
            json("{\"value\":\"00u1\",\"display\":\"dev@okta.example\"}"));
  }

  @Test
  void oktaGroupPushReplacesAllMembersTogetherWithTheDisplayName() {
    ObjectNode out =
        patch(
            GROUPS,
            group(),
            "{\"op\":\"replace\",\"path\":\"members\",\"value\":[{\"value\":\"00u1\",\"display\":\"a\"},{\"value\":\"00u2\",\"display\":\"b\"}]}",
            "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Guides\"}");
    assertThat(out.get("members")).hasSize(2);
    assertThat(out.get("members").get(1).get("value").stringValue()).isEqualTo("00u2");
    assertThat(out.get("displayName").stringValue()).isEqualTo("Guides");
  }

  @Test
  void oktaGroupPushWithAnEmptyMemberReplaceLeavesNoMembers() {
    ObjectNode out =
        patch(
            GROUPS,
            group(),
            "{\"op\":\"replace\",\"path\":\"members\",\"value\":[]}",
            "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Empty\"}");
    assertThat(out.has("members")).isFalse();
  }

  @Test
  void oktaAddingAMemberThatIsAlreadyThereChangesNothing() {
    PatchResult result =
        GROUPS.apply(
            group(),
            PatchFixtures.request(
                "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"2819c223-7f76-453a-919d-413861904646\",\"display\":\"bjensen@okta.example\"}]}"));
    assertThat(result.changed()).isFalse();
    assertThat(result.resource()).isEqualTo(group());
  }

  @Test
  void oktaRemovingAMemberThatIsAlreadyGoneSucceedsAndChangesNothing() {
    PatchResult result =
        GROUPS.apply(
            group(),
            PatchFixtures.request(
                "{\"op\":\"remove\",\"path\":\"members[value eq \\\"no-longer-a-member\\\"]\"}"));
    assertThat(result.changed()).isFalse();
    assertThat(result.resource()).isEqualTo(group());
  }
}
