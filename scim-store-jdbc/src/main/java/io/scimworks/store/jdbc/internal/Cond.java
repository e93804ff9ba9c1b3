package io.scimworks.store.jdbc.internal;

/**
 * A filter translated to SQL: a condition every matching resource satisfies, and whether exactly
 * the matching resources satisfy it. An inexact condition is a conservative pre-filter whose rows
 * are then checked in memory. The SQL is never NULL-valued (it is TRUE or FALSE), so {@code NOT} of
 * an exact condition is exact.
 */
record Cond(Frag frag, boolean exact) {
  static Cond exact(Object... parts) {
    return new Cond(Frag.of(parts), true);
  }

  static Cond superset(Object... parts) {
    return new Cond(Frag.of(parts), false);
  }
}
