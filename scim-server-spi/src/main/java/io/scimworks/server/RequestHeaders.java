package io.scimworks.server;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The headers of a {@link ScimRequest}: each name once, looked up in any case, in the order a
 * binding gave them, each with an immutable list of its values; immutable. Names that differ only
 * in case are merged under the first spelling, their values in order. A request carries a dozen
 * headers at most, so a lookup compares names one by one (a length first) rather than hashing or
 * ordering them.
 */
final class RequestHeaders extends AbstractMap<String, List<String>> {
  private static final RequestHeaders EMPTY = new RequestHeaders(new String[0], new List<?>[0], 0);

  private final String[] names;
  private final List<?>[] values; // each a List<String>
  private final int size;

  private RequestHeaders(String[] names, List<?>[] values, int size) {
    this.names = names;
    this.values = values;
    this.size = size;
  }

  /**
   * {@code headers} as an immutable case-insensitive map; a map this class made is returned as it
   * is.
   *
   * @throws NullPointerException when a name, a list or a value is null
   */
  static RequestHeaders copyOf(Map<String, List<String>> headers) {
    if (headers instanceof RequestHeaders h) {
      return h;
    }
    if (headers.isEmpty()) {
      return EMPTY;
    }
    String[] names = new String[headers.size()];
    List<?>[] values = new List<?>[headers.size()];
    int n = 0;
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      String name = e.getKey();
      List<String> v = List.copyOf(e.getValue()); // kept as it is when already immutable
      int at = indexOf(names, n, name);
      if (at < 0) {
        names[n] = java.util.Objects.requireNonNull(name, "header name");
        values[n++] = v;
      } else {
        List<String> all = new ArrayList<>(list(values[at]));
        all.addAll(v);
        values[at] = List.copyOf(all);
      }
    }
    return new RequestHeaders(names, values, n);
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(List<?> values) {
    return (List<String>) values;
  }

  private static int indexOf(String[] names, int size, @Nullable Object name) {
    if (name instanceof String s) {
      for (int i = 0; i < size; i++) {
        if (names[i].length() == s.length() && names[i].equalsIgnoreCase(s)) {
          return i;
        }
      }
    }
    return -1;
  }

  @Override
  public @Nullable List<String> get(Object name) {
    int at = indexOf(names, size, name);
    return at < 0 ? null : list(values[at]);
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
  public Set<Entry<String, List<String>>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, List<String>>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Entry<String, List<String>> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(names[i], list(values[i]));
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
  public void forEach(BiConsumer<? super String, ? super List<String>> action) {
    for (int i = 0; i < size; i++) {
      action.accept(names[i], list(values[i]));
    }
  }
}
