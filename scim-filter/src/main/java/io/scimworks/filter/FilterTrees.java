package io.scimworks.filter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Equality, hashing and flattening of filter trees without recursion, so that a chain of a thousand
 * {@code and}s (which the parser accepts) cannot overflow the stack, whatever the JIT has done to
 * the frames. The records of {@link Filter} delegate to these methods.
 */
final class FilterTrees {
  private static final int AND = 0x414e44;
  private static final int OR = 0x4f52;
  private static final int NOT = 0x4e4f54;
  private static final int VALUE_PATH = 0x5650;

  private FilterTrees() {}

  /** Structural equality of two trees, walking both with one explicit stack. */
  static boolean equal(Filter a, Object b) {
    if (!(b instanceof Filter)) {
      return false;
    }
    Deque<Filter> pending = new ArrayDeque<>();
    pending.push((Filter) b);
    pending.push(a);
    while (!pending.isEmpty()) {
      Filter x = pending.pop();
      Filter y = pending.pop();
      if (x == y) {
        continue;
      }
      if (x.getClass() != y.getClass()) {
        return false;
      }
      if (x instanceof Filter.And and) {
        Filter.And other = (Filter.And) y;
        push(pending, and.right(), other.right());
        push(pending, and.left(), other.left());
      } else if (x instanceof Filter.Or or) {
        Filter.Or other = (Filter.Or) y;
        push(pending, or.right(), other.right());
        push(pending, or.left(), other.left());
      } else if (x instanceof Filter.Not not) {
        push(pending, not.filter(), ((Filter.Not) y).filter());
      } else if (x instanceof Filter.ValuePath vp) {
        Filter.ValuePath other = (Filter.ValuePath) y;
        if (!vp.path().equals(other.path())) {
          return false;
        }
        push(pending, vp.filter(), other.filter());
      } else if (!x.equals(y)) { // a leaf: Compare or Present, plain records
        return false;
      }
    }
    return true;
  }

  private static void push(Deque<Filter> pending, Filter x, Filter y) {
    pending.push(y);
    pending.push(x);
  }

  /**
   * A hash of the tree's pre-order walk: node kinds and leaves in order, which determine the tree,
   * so equal trees hash equally.
   */
  static int hash(Filter root) {
    int h = 1;
    Deque<Filter> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Filter f = pending.pop();
      int node;
      if (f instanceof Filter.And and) {
        node = AND;
        pending.push(and.right());
        pending.push(and.left());
      } else if (f instanceof Filter.Or or) {
        node = OR;
        pending.push(or.right());
        pending.push(or.left());
      } else if (f instanceof Filter.Not not) {
        node = NOT;
        pending.push(not.filter());
      } else if (f instanceof Filter.ValuePath vp) {
        node = VALUE_PATH ^ vp.path().hashCode();
        pending.push(vp.filter());
      } else {
        node = f.hashCode(); // a leaf: Compare or Present, plain records
      }
      h = 31 * h + node;
    }
    return h;
  }

  /**
   * The operands of a chain of one operator, left to right, with nested nodes of the same operator
   * (on either side) flattened: {@code a}, {@code b}, {@code c} for {@code (a and b) and c} as for
   * {@code a and (b and c)}.
   */
  static List<Filter> operands(Filter root) {
    Class<? extends Filter> kind = root.getClass();
    List<Filter> operands = new ArrayList<>();
    Deque<Filter> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Filter f = pending.pop();
      if (f.getClass() != kind) {
        operands.add(f);
      } else if (f instanceof Filter.And and) {
        pending.push(and.right());
        pending.push(and.left());
      } else {
        Filter.Or or = (Filter.Or) f;
        pending.push(or.right());
        pending.push(or.left());
      }
    }
    return List.copyOf(operands);
  }
}
