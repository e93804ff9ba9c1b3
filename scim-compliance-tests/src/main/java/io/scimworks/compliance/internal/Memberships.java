package io.scimworks.compliance.internal;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads group membership from a group body. */
final class Memberships {
  private Memberships() {}

  /** The {@code value} of every member. */
  static List<String> memberIds(JsonNode group) {
    List<String> ids = new ArrayList<>();
    for (JsonNode m : group.path("members")) {
      ids.add(m.path("value").asString(""));
    }
    return ids;
  }
}
