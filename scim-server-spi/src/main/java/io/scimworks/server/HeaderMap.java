package io.scimworks.server;

import java.util.Arrays;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The headers of a {@link ScimResponse}: a handful of names looked up in any case, in the order
 * they were given; immutable. A name given twice in different cases keeps its first spelling and
 * its last value.
 */
final class HeaderMap extends NamedValues<String> {
  private HeaderMap(String[] names, String[] values, int size) {
    super(names, values, size);
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
    int size = size();
    int at = indexOf(nameArray(), size, name);
    String[] n = Arrays.copyOf(nameArray(), at < 0 ? size + 1 : size);
    String[] v = Arrays.copyOf(valueArray(), n.length, String[].class);
    if (at < 0) {
      n[size] = name;
      v[size] = value;
    } else {
      v[at] = value;
    }
    return new HeaderMap(n, v, n.length);
  }
}
