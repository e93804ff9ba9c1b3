package io.scimworks.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The headers of a {@link ScimRequest}: each name once, looked up in any case, in the order a
 * binding gave them, each with an immutable list of its values; immutable. Names that differ only
 * in case are merged under the first spelling, their values in order. A request carries a dozen
 * headers at most, so a lookup compares names one by one (a length first) rather than hashing or
 * ordering them.
 */
final class RequestHeaders extends NamedValues<List<String>> {
  private static final RequestHeaders EMPTY = new RequestHeaders(new String[0], new Object[0], 0);

  private RequestHeaders(String[] names, Object[] values, int size) {
    super(names, values, size);
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
    Object[] values = new Object[headers.size()]; // each an immutable List<String>
    int n = 0;
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      String name = e.getKey();
      List<String> v = List.copyOf(e.getValue()); // kept as it is when already immutable
      int at = indexOf(names, n, name);
      if (at < 0) {
        names[n] = Objects.requireNonNull(name, "header name");
        values[n++] = v;
      } else {
        List<Object> all = new ArrayList<>((List<?>) values[at]);
        all.addAll(v);
        values[at] = List.copyOf(all);
      }
    }
    return new RequestHeaders(names, values, n);
  }
}
