package io.scimworks.server;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The headers of a {@link ScimResponse}: a handful of names looked up in any case, in the order
 * they were given; immutable. A name given twice in different cases keeps its first spelling and
 * its last value.
 */
final class HeaderMap extends AbstractMap<String, String> {
  private final String[] names;
  private final String[] values;
  private final int size;

  private HeaderMap(String[] names, String[] values, int size) {
    this.names = names;
    this.values = values;
    this.size = size;
  }

  /**
   * The headers as an immutable map, each checked by {@code check} as it is copied; a map this
   * class made is returned as it is (it was checked when it was made).
   */
  static HeaderMap copyOf(Map<String, String> headers, BiConsumer<String, String> check) {
    if (headers instanceof HeaderMap h) {
      return h;
    }
    String[] names = new String[headers.size()];
    String[] values = new String[headers.size()];
    int[] n = {0};
    headers.forEach(
        (name, value) -> {
          check.accept(name, value);
          int at = indexOf(names, n[0], name);
          if (at >= 0) {
            values[at] = value;
          } else {
            names[n[0]] = name;
            values[n[0]++] = value;
          }
        });
    return new HeaderMap(names, values, n[0]);
  }

  /** These headers and {@code name}, unchecked: the caller checked it. */
  HeaderMap with(String name, String value) {
    int at = indexOf(names, size, name);
    String[] n = java.util.Arrays.copyOf(names, at < 0 ? size + 1 : size);
    String[] v = java.util.Arrays.copyOf(values, n.length);
    if (at < 0) {
      n[size] = name;
      v[size] = value;
    } else {
      v[at] = value;
    }
    return new HeaderMap(n, v, n.length);
  }

  private static int indexOf(String[] names, int size, Object name) {
    if (name instanceof String s) {
      for (int i = 0; i < size; i++) {
        if (names[i].equalsIgnoreCase(s)) {
          return i;
        }
      }
    }
    return -1;
  }

  @Override
  public @Nullable String get(Object name) {
    int at = indexOf(names, size, name);
    return at < 0 ? null : values[at];
  }

  @Override
  public boolean containsKey(Object name) {
    return indexOf(names, size, name) >= 0;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Entry<String, String> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(names[i], values[i]);
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
  public void forEach(BiConsumer<? super String, ? super String> action) {
    for (int i = 0; i < size; i++) {
      action.accept(names[i], values[i]);
    }
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("{");
    for (int i = 0; i < size; i++) {
      s.append(i == 0 ? "" : ", ").append(names[i]).append('=').append(values[i]);
    }
    return s.append('}').toString();
  }
}
