package io.scimworks.store.jdbc.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of SQL and the values of its {@code ?} placeholders, in order. Filter values only ever
 * enter SQL as parameters: pieces are built from constant text and {@link #param(Object)}.
 */
record Frag(String sql, List<Object> params) {
  Frag {
    params = List.copyOf(params);
  }

  /** A placeholder bound to {@code value}. */
  static Frag param(Object value) {
    return new Frag("?", List.of(value));
  }

  /** Constant SQL text and fragments, concatenated. */
  static Frag of(Object... parts) {
    StringBuilder sql = new StringBuilder();
    List<Object> params = new ArrayList<>();
    for (Object part : parts) {
      if (part instanceof Frag f) {
        sql.append(f.sql());
        params.addAll(f.params());
      } else {
        sql.append((String) part);
      }
    }
    return new Frag(sql.toString(), params);
  }
}
