package io.scimworks.provisioning;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * The union of sorted iterators, itself sorted, holding one element per source at a time: how the
 * file state reads its files together and how a cycle finds the objects a complete source no longer
 * lists, without holding either side in memory.
 */
final class SortedMerge<T> implements Iterator<T> {
  private record Head<T>(T value, int source) {}

  private final List<? extends Iterator<T>> sources;
  private final Comparator<? super T> order;
  private final PriorityQueue<Head<T>> heads;

  /**
   * Merges {@code sources}, each sorted by {@code order}; of elements equal by {@code order}, only
   * the one from the earliest source in the list is returned (later sources are older versions).
   */
  SortedMerge(List<? extends Iterator<T>> sources, Comparator<? super T> order) {
    this.sources = sources;
    this.order = order;
    Comparator<Head<T>> byValue = (a, b) -> order.compare(a.value(), b.value());
    this.heads =
        new PriorityQueue<>(Math.max(1, sources.size()), byValue.thenComparingInt(Head::source));
    for (int i = 0; i < sources.size(); i++) {
      advance(i);
    }
  }

  private void advance(int source) {
    Iterator<T> it = sources.get(source);
    if (it.hasNext()) {
      heads.add(new Head<>(it.next(), source));
    }
  }

  @Override
  public boolean hasNext() {
    return !heads.isEmpty();
  }

  @Override
  public T next() {
    Head<T> first = heads.poll();
    if (first == null) {
      throw new NoSuchElementException();
    }
    advance(first.source());
    while (!heads.isEmpty() && order.compare(heads.peek().value(), first.value()) == 0) {
      advance(heads.poll().source());
    }
    return first.value();
  }
}
