package io.scimworks.server;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * An immutable map of a handful of header names to their values, in the order given, whose names
 * are looked up in any case: compared one by one (a length first) rather than hashed or ordered,
 * which is cheaper for the dozen headers of a request or response. The base of a request's and a
 * response's headers.
 *
 * @param <V> the value of a name
 */
abstract class NamedValues<V> extends AbstractMap<String, V> {
  private final String[] names;
  private final Object[] values;
  private final int size;

  /** The first {@code size} names and values; the arrays are kept, not copied. */
  NamedValues(String[] names, Object[] values, int size) {
    this.names = names;
    this.values = values;
    this.size = size;
  }

  /** Where {@code name} (any case) is among the first {@code size} of {@code names}, or -1. */
  static int indexOf(String[] names, int size, @Nullable Object name) {
    if (name instanceof String s) {
      for (int i = 0; i < size; i++) {
        if (names[i].length() == s.length() && names[i].equalsIgnoreCase(s)) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The names, of which the first {@link #size()} are this map's. Not to be changed. */
  final String[] nameArray() {
    return names;
  }

  /** The values, of which the first {@link #size()} are this map's. Not to be changed. */
  final Object[] valueArray() {
    return values;
  }

  @SuppressWarnings("unchecked")
  private V value(int i) {
    return (V) values[i];
  }

  @Override
  public final @Nullable V get(Object name) {
    int at = indexOf(names, size, name);
    return at < 0 ? null : value(at);
  }

  @Override
  public final boolean containsKey(Object name) {
    return indexOf(names, size, name) >= 0;
  }

  @Override
  public final int size() {
    return size;
  }

  @Override
  public final Set<Entry<String, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Entry<String, V> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(names[i], value(i));
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  @Override
  public final void forEach(BiConsumer<? super String, ? super V> action) {
    for (int i = 0; i < size; i++) {
      action.accept(names[i], value(i));
    }
  }
}
