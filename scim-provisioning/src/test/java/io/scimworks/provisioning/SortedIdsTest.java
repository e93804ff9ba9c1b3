package io.scimworks.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SortedIdsTest {

  @Test
  void idsComeBackSortedOnceEachWhileMemoryHoldsAtMostAChunk() {
    Random random = new Random(7);
    TreeSet<String> expected = new TreeSet<>();
    List<String> back = new ArrayList<>();
    int spilled;
    try (SortedIds ids = new SortedIds(100)) {
      for (int i = 0; i < 2_500; i++) {
        String id = "u" + random.nextInt(2_000) + (i % 50 == 0 ? "\n\u00e9\u4e2d" : "");
        ids.add(id);
        expected.add(id);
        assertThat(ids.held()).isLessThan(100);
      }
      spilled = ids.spilled();
      for (Iterator<String> it = ids.sorted(); it.hasNext(); ) {
        back.add(it.next());
      }
    }
    assertThat(spilled).isEqualTo(25);
    assertThat(back).containsExactlyElementsOf(expected);
  }
}
