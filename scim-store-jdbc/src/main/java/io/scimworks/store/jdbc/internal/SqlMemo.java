package io.scimworks.store.jdbc.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * SQL text by its shape, built once. Filter values only ever enter SQL as parameters, so the text
 * of a statement depends on the filter's shape (attributes, operators, nesting), not on its values:
 * requests of one shape (every {@code userName eq} lookup) get the same {@code String} instance,
 * which spares building it and lets the driver's statement cache find it by a hash computed once.
 * At most {@link #MAX} shapes are kept, each text at most {@link #MAX_LENGTH} characters (the key
 * is part of the text); beyond, text is built per request as before.
 *
 * @param <K> the shape
 */
final class SqlMemo<K> {
  /** Shapes kept. */
  static final int MAX = 512;

  /** Longest text kept. */
  static final int MAX_LENGTH = 8192;

  private final ConcurrentHashMap<K, String> texts = new ConcurrentHashMap<>();

  /** The text of {@code shape}, built by {@code build} the first time. */
  String get(K shape, Function<K, String> build) {
    String text = texts.get(shape);
    if (text != null) {
      return text;
    }
    text = build.apply(shape);
    if (texts.size() < MAX && text.length() <= MAX_LENGTH) {
      String earlier = texts.putIfAbsent(shape, text);
      return earlier != null ? earlier : text;
    }
    return text;
  }
}
