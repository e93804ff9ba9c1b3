package io.scimworks.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.json.ScimJson;
import io.scimworks.core.patch.PatchOperation;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;

class PatchSplitterTest {

  private static PatchOperation addMembers(int from, int count) {
    ArrayNode values = ScimJson.array();
    for (int i = from; i < from + count; i++) {
      values.addObject().put("value", "m" + i);
    }
    return PatchOperation.add("members", values);
  }

  private static int weight(List<PatchOperation> request) {
    return request.stream()
        .mapToInt(op -> op.value() instanceof ArrayNode a && op.path() != null ? a.size() : 1)
        .sum();
  }

  @Test
  void operationsThatFitStayInOneRequest() {
    List<PatchOperation> ops =
        List.of(PatchOperation.remove("members[value eq \"x\"]"), addMembers(0, 3));

    assertThat(PatchSplitter.split(ops, 4)).containsExactly(ops);
    assertThat(PatchSplitter.split(List.of(), 4)).isEmpty();
  }

  @Test
  void aLargeAddIsSplitAcrossRequestsAndEachValueCountsAsOneOperation() {
    List<PatchOperation> ops = new ArrayList<>();
    ops.add(PatchOperation.remove("members[value eq \"gone\"]"));
    ops.add(addMembers(0, 7));

    List<List<PatchOperation>> requests = PatchSplitter.split(ops, 3);

    assertThat(requests).extracting(PatchSplitterTest::weight).containsExactly(3, 3, 2);
    assertThat(requests.get(0).get(0)).isEqualTo(ops.get(0));
    List<String> added = new ArrayList<>();
    requests.forEach(
        r ->
            r.stream()
                .filter(op -> op.value() != null)
                .forEach(op -> op.value().forEach(v -> added.add(v.get("value").asString()))));
    assertThat(added).containsExactly("m0", "m1", "m2", "m3", "m4", "m5", "m6");
  }

  @Test
  void aReplaceIsNeverSplit() {
    ArrayNode emails = ScimJson.array();
    emails.addObject().put("value", "a@x");
    emails.addObject().put("value", "b@x");
    PatchOperation replace = PatchOperation.replace("emails", emails);

    assertThat(PatchSplitter.split(List.of(replace, replace), 1))
        .containsExactly(List.of(replace), List.of(replace));
  }

  @Test
  void aLimitBelowOneIsRefused() {
    assertThatThrownBy(() -> PatchSplitter.split(List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 200)
  void noRequestExceedsTheLimitAndNothingIsLostOrReordered(
      @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 9) Integer> adds,
      @ForAll @IntRange(min = 1, max = 5) int max) {
    List<PatchOperation> ops = new ArrayList<>();
    int next = 0;
    for (int n : adds) {
      ops.add(
          n == 0
              ? PatchOperation.remove("members[value eq \"r" + next + "\"]")
              : addMembers(next, n));
      next += Math.max(n, 1);
    }

    List<List<PatchOperation>> requests = PatchSplitter.split(ops, max);

    assertThat(requests).allSatisfy(r -> assertThat(weight(r)).isBetween(1, max));
    assertThat(flatten(requests)).isEqualTo(flatten(List.of(ops)));
  }

  /** Every value (or path, for a remove) in order. */
  private static List<String> flatten(List<List<PatchOperation>> requests) {
    List<String> out = new ArrayList<>();
    for (List<PatchOperation> r : requests) {
      for (PatchOperation op : r) {
        if (op.value() == null) {
          out.add(String.valueOf(op.path()));
        } else {
          op.value().forEach(v -> out.add(v.get("value").asString()));
        }
      }
    }
    return out;
  }
}
