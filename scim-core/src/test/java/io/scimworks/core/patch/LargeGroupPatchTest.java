package io.scimworks.core.patch;

import static io.scimworks.core.patch.PatchFixtures.GROUPS;
import static io.scimworks.core.patch.PatchFixtures.USERS;
import static io.scimworks.core.patch.PatchFixtures.assertRejected;
import static io.scimworks.core.patch.PatchFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * PATCH on attributes with many values costs time in proportion to the request and the resource,
 * not their product: what identity providers send to big groups is applied in one pass, and what
 * would test too many values is refused up front.
 */
class LargeGroupPatchTest {
  @Test
  void aThousandMemberRemovalsFromATenThousandMemberGroupRemoveExactlyThoseMembers() {
    ObjectNode group = PatchFixtures.group();
    ArrayNode members = group.putArray("members");
    for (int i = 0; i < 10_000; i++) {
      members.addObject().put("value", "user-" + i).put("display", "User " + i);
    }
    List<String> ops = new ArrayList<>();
    Set<String> removed = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      String id = "user-" + (i * 7);
      removed.add(id);
      ops.add("{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + id + "\\\"]\"}");
    }
    ops.add("{\"op\":\"remove\",\"path\":\"members[value eq \\\"not-a-member\\\"]\"}");

    ObjectNode after = GROUPS.apply(group, request(ops.toArray(String[]::new))).resource();

    List<String> left = new ArrayList<>();
    after.get("members").forEach(m -> left.add(m.get("value").asString()));
    assertThat(left).hasSize(9_000).doesNotContainAnyElementsOf(removed);
    assertThat(left.get(0)).isEqualTo("user-1"); // order kept
  }

  @Test
  void removingEveryMemberInOneRunRemovesTheAttribute() {
    ObjectNode group = PatchFixtures.group();
    List<String> ops = new ArrayList<>();
    for (JsonNode m : group.get("members")) {
      ops.add(
          "{\"op\":\"remove\",\"path\":\"members[value eq \\\""
              + m.get("value").asString().toUpperCase(java.util.Locale.ROOT)
              + "\\\"]\"}");
    }
    ObjectNode after = GROUPS.apply(group, request(ops.toArray(String[]::new))).resource();
    assertThat(after.has("members")).isFalse();
  }

  @Test
  void filteredOperationsThatWouldTestTooManyValuesAreTooMany() {
    ObjectNode user = PatchFixtures.user();
    ArrayNode emails = user.putArray("emails");
    for (int i = 0; i < 10_000; i++) {
      emails.addObject().put("value", "e" + i + "@example.com").put("type", "other");
    }
    int ops = (int) (PatchEngine.MAX_FILTERED_ELEMENT_TESTS / 10_000) + 1;
    String[] writes = new String[ops];
    for (int i = 0; i < ops; i++) {
      writes[i] =
          "{\"op\":\"add\",\"path\":\"emails[value eq \\\"e1@example.com\\\"].display\","
              + "\"value\":\"d"
              + i
              + "\"}";
    }
    assertRejected(USERS, user, "tooMany", writes);
    // one fewer operation is within the budget
    String[] fewer = java.util.Arrays.copyOf(writes, ops - 1);
    assertThat(USERS.apply(user, request(fewer)).changed()).isTrue();
  }
}
