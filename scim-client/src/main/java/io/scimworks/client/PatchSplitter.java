package io.scimworks.client;

import io.scimworks.core.patch.PatchOp;
import io.scimworks.core.patch.PatchOperation;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;

/**
 * Splits PATCH operations into requests of at most {@code max} operations, where each value of an
 * {@code add} to a multi-valued attribute (no filter) counts as one operation, and such an {@code
 * add} is itself split when it does not fit: adding members in two requests is the same as adding
 * them in one. Every other operation is kept whole and in order.
 */
final class PatchSplitter {
  private PatchSplitter() {}

  /**
   * The requests to send, in order; one request when everything fits, none for no operations.
   *
   * @throws IllegalArgumentException if {@code max} is not positive
   */
  static List<List<PatchOperation>> split(List<PatchOperation> operations, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("at most " + max + " operations per request");
    }
    List<List<PatchOperation>> requests = new ArrayList<>();
    List<PatchOperation> current = new ArrayList<>();
    int used = 0;
    for (PatchOperation op : operations) {
      if (!(splittable(op) && op.value() instanceof ArrayNode values)) {
        if (used == max) {
          requests.add(current);
          current = new ArrayList<>();
          used = 0;
        }
        current.add(op);
        used++;
        continue;
      }
      int next = 0;
      while (next < values.size()) {
        if (used == max) {
          requests.add(current);
          current = new ArrayList<>();
          used = 0;
        }
        int n = Math.min(max - used, values.size() - next);
        ArrayNode part = values.arrayNode(n);
        for (int i = next; i < next + n; i++) {
          part.add(values.get(i));
        }
        current.add(new PatchOperation(PatchOp.ADD, op.path(), part));
        used += n;
        next += n;
      }
    }
    if (!current.isEmpty()) {
      requests.add(current);
    }
    return requests;
  }

  private static boolean splittable(PatchOperation op) {
    return op.op() == PatchOp.ADD
        && op.path() != null
        && op.path().valueFilter() == null
        && op.value() instanceof ArrayNode values
        && values.size() > 1;
  }
}
