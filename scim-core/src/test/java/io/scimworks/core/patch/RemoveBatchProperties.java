package io.scimworks.core.patch;

import static io.scimworks.core.patch.PatchFixtures.GROUPS;
import static io.scimworks.core.patch.PatchFixtures.STRICT_GROUPS;
import static io.scimworks.core.patch.PatchFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.ScimException;
import io.scimworks.core.json.ScimJson;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A run of {@code remove members[value eq "..."]} operations, which the engine applies in one pass,
 * ends in exactly the state (or the error) of the same operations applied one at a time.
 */
class RemoveBatchProperties {
  /** Case variants the one case-insensitive comparison must treat alike, and look-alikes. */
  private static final List<String> VALUES =
      List.of("a", "A", "ſam", "Sam", "SAM", "İ", "i", "ı", "u1", "U1", "x\\\"y", "", "é", "É");

  /** Not batchable and never matching: between two removals it splits the run. */
  private static final String SEPARATOR =
      "{\"op\":\"remove\",\"path\":\"members[value eq \\\"-none-\\\"].display\"}";

  @Property(tries = 300)
  void aRunOfRemovalsEqualsTheSameRemovalsOneByOne(
      @ForAll("groups") ObjectNode group, @ForAll @Size(min = 2, max = 12) List<Integer> picks) {
    List<String> ops = new ArrayList<>();
    for (int pick : picks) {
      ops.add(operation(pick));
    }
    List<String> oneByOne = new ArrayList<>();
    for (String op : ops) {
      oneByOne.add(op);
      oneByOne.add(SEPARATOR);
    }
    for (PatchEngine engine : List.of(GROUPS, STRICT_GROUPS)) {
      assertThat(outcome(engine, group, ops)).isEqualTo(outcome(engine, group, oneByOne));
    }
  }

  /** Mostly removals (the attribute name in any case), now and then an operation between them. */
  private static String operation(int pick) {
    String value = VALUES.get(Math.floorMod(pick, VALUES.size()));
    return switch (Math.floorMod(pick / VALUES.size(), 6)) {
      case 0 -> "{\"op\":\"remove\",\"path\":\"members[VALUE eq \\\"" + value + "\\\"]\"}";
      case 1 -> "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + value + "\"}]}";
      case 2 -> "{\"op\":\"remove\",\"path\":\"members[display eq \\\"" + value + "\\\"]\"}";
      default -> "{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + value + "\\\"]\"}";
    };
  }

  /** The resulting resource, or the error's status and scimType. */
  private static Object outcome(PatchEngine engine, ObjectNode group, List<String> ops) {
    try {
      return engine.apply(group, request(ops.toArray(String[]::new))).resource();
    } catch (ScimException e) {
      return e.status() + " " + e.scimType();
    }
  }

  @Provide
  Arbitrary<ObjectNode> groups() {
    Arbitrary<String> member =
        Arbitraries.oneOf(
            Arbitraries.of(VALUES).map(v -> "{\"value\":\"" + v + "\",\"display\":\"" + v + "\"}"),
            Arbitraries.of(VALUES).map(v -> "{\"Value\":\"" + v + "\"}"),
            Arbitraries.of("{\"display\":\"no value\"}", "{\"value\":null}", "{\"value\":5}"));
    return member
        .list()
        .ofMaxSize(20)
        .map(
            members -> {
              ObjectNode group = PatchFixtures.group();
              ArrayNode array = group.putArray("members");
              members.forEach(m -> array.add(ScimJson.readObject(m)));
              return group;
            });
  }
}
